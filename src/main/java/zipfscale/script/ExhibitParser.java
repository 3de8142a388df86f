package zipfscale.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.Binding;
import zipfscale.claims.NumericRange;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotScale;
import zipfscale.claims.PlotSeries;
import zipfscale.claims.Value;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * Reads the {@code value} and {@code plot} statements of issue 8 (grammar in
 * {@code docs/script-language.md}):
 * <pre>
 * value ID "Title":                      plot ID "Title":
 *     EXPR                                   EXPR
 *     where NAME = EXPR, ...                 for VAR in [LO, HI] [log | loglog]
 *     cite "source"                          series NAME = V1, V2, ...
 *     expect in [LO, HI]                     where NAME = EXPR, ...
 *                                            axis "x label" "y label"
 *                                            cite "source"
 * </pre>
 * The expression comes first (it may span several indented lines) and is one expression, never a
 * relation. Only the shape is checked here; names, numbers and ranges are checked by
 * {@link ExhibitElaboration}.
 */
final class ExhibitParser {
    private static final Set<String> CLAUSES = Set.of("where", "cite", "expect", "for", "series", "axis");
    private static final Set<String> VALUE_CLAUSES = Set.of("where", "cite", "expect");
    private static final Set<String> PLOT_CLAUSES = Set.of("where", "cite", "for", "series", "axis");

    private ExhibitParser() {
    }

    /** What a value or a plot has in common: identifier, title, expression, bindings and cites. */
    private static final class Parts {
        String id;
        String title;
        final List<SourceText> body = new ArrayList<>();
        final List<Binding> where = new ArrayList<>();
        final List<String> cites = new ArrayList<>();
        boolean clauseSeen;
    }

    static Statement.ValueBlock value(LineCursor header, List<SourceText> lines, SourceSpan span) {
        Parts p = header("value", header);
        NumericRange expect = null;
        for (SourceText line : lines) {
            LineCursor c = new LineCursor(line);
            String w = clause(p, "value", VALUE_CLAUSES, line);
            if (w == null) {
                continue;
            }
            if (!w.equals("expect")) {
                common(p, w, c);
                continue;
            }
            if (expect != null) {
                throw error(line.span(0, w.length()), "a value has one 'expect' clause", line);
            }
            c.name("expect");
            inWord(c, "expect in [lo, hi]");
            Range r = range(c, line, "expect in [lo, hi]");
            new LineCursor(r.tail()).expectEnd();
            expect = r.range();
        }
        Expr e = expression(p, "value", span);
        return new Statement.ValueBlock(new Value(p.id, p.title, e, p.where, p.cites, Optional.ofNullable(expect),
                span));
    }

    static Statement.PlotBlock plot(LineCursor header, List<SourceText> lines, SourceSpan span) {
        Parts p = header("plot", header);
        String variable = null;
        NumericRange range = null;
        PlotScale scale = PlotScale.LINEAR;
        PlotSeries series = null;
        String xLabel = "";
        String yLabel = "";
        boolean axis = false;
        for (SourceText line : lines) {
            LineCursor c = new LineCursor(line);
            String w = clause(p, "plot", PLOT_CLAUSES, line);
            if (w == null) {
                continue;
            }
            switch (w) {
                case "for": {
                    if (range != null) {
                        throw error(line.span(0, w.length()), "a plot has one 'for' clause", line);
                    }
                    c.name("for");
                    variable = c.name("the variable of 'for' (for VAR in [lo, hi])");
                    inWord(c, "for VAR in [lo, hi]");
                    Range r = range(c, line, "for VAR in [lo, hi]");
                    range = r.range();
                    LineCursor tail = new LineCursor(r.tail());
                    if (!tail.atEnd()) {
                        String s = tail.name("'log' or 'loglog' after the range");
                        if (s.equals("log")) {
                            scale = PlotScale.LOG_X;
                        } else if (s.equals("loglog")) {
                            scale = PlotScale.LOG_LOG;
                        } else {
                            throw error(r.tail().span(0, s.length()), "expected 'log' or 'loglog' after the "
                                    + "range, found '" + s + "'", line);
                        }
                        tail.expectEnd();
                    }
                    break;
                }
                case "series":
                    if (series != null) {
                        throw error(line.span(0, w.length()), "a plot has one 'series' clause", line);
                    }
                    c.name("series");
                    series = series(c, line);
                    break;
                case "axis":
                    if (axis) {
                        throw error(line.span(0, w.length()), "a plot has one 'axis' clause", line);
                    }
                    c.name("axis");
                    xLabel = c.string("the x axis label");
                    yLabel = c.string("the y axis label (axis \"x label\" \"y label\")");
                    c.expectEnd();
                    axis = true;
                    break;
                default:
                    common(p, w, c);
            }
        }
        Expr e = expression(p, "plot", span);
        if (range == null) {
            throw new InputException(Diagnostic.error(span, "plot '" + p.id
                    + "' needs 'for VAR in [lo, hi]' (the variable of its x axis)", null));
        }
        return new Statement.PlotBlock(new Plot(p.id, p.title, e, variable, range, scale, Optional.ofNullable(series),
                p.where, xLabel, yLabel, p.cites, span));
    }

    private static Parts header(String kind, LineCursor header) {
        Parts p = new Parts();
        p.id = header.name("the " + kind + "'s identifier");
        p.title = header.peek("\"") ? header.string("the " + kind + "'s title") : p.id;
        header.expect(":", "':' at the end of the " + kind + " line");
        SourceText first = header.rest();
        if (first.length() > 0) {
            p.body.add(first);
        }
        return p;
    }

    /**
     * The clause word of {@code line}, or null when the line continues the expression (then it is added to
     * the body). A clause word of the other statement, or an expression line after a clause, is an error.
     */
    private static String clause(Parts p, String kind, Set<String> allowed, SourceText line) {
        String w = firstWord(line.text());
        if (allowed.contains(w)) {
            p.clauseSeen = true;
            return w;
        }
        if (CLAUSES.contains(w) && w.length() < line.length() && line.text().charAt(w.length()) == ' ') {
            throw error(line.span(0, w.length()), "'" + w + "' is not a clause of a " + kind + " (its clauses: "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")", line);
        }
        if (p.clauseSeen) {
            throw error(line.span(0, 1), "the expression of a " + kind + " comes before its clauses", line);
        }
        p.body.add(line);
        return null;
    }

    private static void common(Parts p, String w, LineCursor c) {
        if (w.equals("where")) {
            c.name("where");
            for (SourceText b : TopLevel.split(c.rest(), ',')) {
                p.where.add(ScriptParser.binding(b));
            }
        } else {
            c.name("cite");
            p.cites.add(c.string("the citation"));
            c.expectEnd();
        }
    }

    /** The joined body read as one expression; a relation or an empty body is an error. */
    private static Expr expression(Parts p, String kind, SourceSpan span) {
        if (p.body.isEmpty()) {
            throw new InputException(Diagnostic.error(span, kind + " '" + p.id
                    + "' has no expression: write it on the indented line below", null));
        }
        SourceText body = p.body.get(0);
        for (int i = 1; i < p.body.size(); i++) {
            body = body.join(p.body.get(i));
        }
        String s = body.text();
        int[] depth = TopLevel.depths(s);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            boolean arrow = ch == '>' && i > 0 && s.charAt(i - 1) == '-';
            if (depth[i] == 0 && (ch == '<' || ch == '~' || (ch == '>' && !arrow) || (ch == '=' && next != '>' && !TopLevel.isAtBinding(s, i)))) {
                throw error(body.span(i, 1), "a " + kind + " is one expression, not a relation or an assignment",
                        body);
            }
        }
        if (!TopLevel.words(s, "asymp").isEmpty()) {
            int at = TopLevel.words(s, "asymp").get(0);
            throw error(body.span(at, 5), "a " + kind + " is one expression, not a relation", body);
        }
        return ExpressionReader.read(body.text(), body.positions(), body.sourceLine());
    }

    private static void inWord(LineCursor c, String usage) {
        int at = c.position();
        String w = c.name("'in' (" + usage + ")");
        if (!w.equals("in")) {
            throw c.error(at, w.length(), "expected 'in' (" + usage + "), found '" + w + "'");
        }
    }

    /** A range and the text after its closing bracket. */
    private record Range(NumericRange range, SourceText tail) { }

    private static Range range(LineCursor c, SourceText line, String usage) {
        c.expect("[", "'[' (" + usage + ")");
        int open = c.position() - 1;
        SourceText rest = c.rest();
        String s = rest.text();
        int[] depth = TopLevel.depths(s);
        int close = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ']' && depth[i] == 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw error(rest.span(s.length(), 1), "expected ']' at the end of the range (" + usage + ")", line);
        }
        SourceText inner = rest.slice(0, close);
        List<SourceText> parts = TopLevel.split(inner, ',');
        if (inner.length() == 0 || parts.size() != 2 || parts.get(0).length() == 0 || parts.get(1).length() == 0) {
            throw error(inner.length() == 0 ? line.span(open, 1) : inner.span(), "a range is [lo, hi] with two "
                    + "numbers", line);
        }
        Expr lo = ExpressionReader.read(parts.get(0).text(), parts.get(0).positions(), line.sourceLine());
        Expr hi = ExpressionReader.read(parts.get(1).text(), parts.get(1).positions(), line.sourceLine());
        SourceText tail = rest.slice(close + 1, s.length());
        return new Range(new NumericRange(lo, hi, line.span()), tail);
    }

    private static PlotSeries series(LineCursor c, SourceText line) {
        String name = c.name("the name of the series (series NAME = v1, v2, ...)");
        if (c.peek("==") || !c.accept("=")) {
            throw c.fail("expected '=' after " + name + " (series NAME = v1, v2, ...)");
        }
        SourceText rest = c.rest();
        if (rest.length() == 0) {
            throw error(rest.span(), "a series needs at least one value (series NAME = v1, v2, ...)", line);
        }
        List<Expr> values = new ArrayList<>();
        for (SourceText v : TopLevel.split(rest, ',')) {
            if (v.length() == 0) {
                throw error(v.span(), "an empty value in the series", line);
            }
            values.add(ExpressionReader.read(v.text(), v.positions(), line.sourceLine()));
        }
        return new PlotSeries(name, values, line.span());
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && TopLevel.isNameChar(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static InputException error(SourceSpan at, String message, SourceText line) {
        return new InputException(Diagnostic.error(at, message, line.sourceLine()));
    }
}
