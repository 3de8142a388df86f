package zipfscale.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.Binding;
import zipfscale.claims.Extrapolation;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * Reads an {@code extrapolate ID "Title":} block (grammar in {@code docs/script-language.md}):
 * <pre>
 *     truth EXPR
 *     minimize N in [lo, hi]          (optional)
 *     for C in [lo, hi]
 *     points 24 noise 0.003 seed 7    (seed optional)
 *     predict t1, t2, ...
 *     where name = EXPR, ...          (optional, repeatable)
 *     cite "..."                      (optional, repeatable)
 * </pre>
 * Numbers are checked here, each error at its position: not a finite number, a window with
 * {@code lo <= 0} or {@code lo >= hi}, fewer than 4 points, negative noise, a target inside the window.
 */
final class ExtrapolationParser {
    static final long DEFAULT_SEED = 20_251_230L;

    private ExtrapolationParser() {
    }

    private record Interval(String variable, double lower, double upper, SourceSpan span) { }

    static Statement.Extrapolate parse(LineCursor header, List<SourceText> lines, SourceSpan span) {
        String id = header.name("the extrapolation's identifier");
        String title = header.peek("\"") ? header.string("the extrapolation's title") : id;
        header.expect(":", "':' at the end of the extrapolate line");
        header.expectEnd();
        Expr truth = null;
        SourceSpan truthSpan = null;
        Extrapolation.Minimize minimize = null;
        Interval window = null;
        Integer points = null;
        Double noise = null;
        Long seed = null;
        List<Double> targets = null;
        List<SourceSpan> targetSpans = new ArrayList<>();
        List<Binding> where = new ArrayList<>();
        List<String> cites = new ArrayList<>();
        for (SourceText line : lines) {
            LineCursor c = new LineCursor(line);
            String w = c.name("a clause: truth, minimize, for, points, predict, where or cite");
            switch (w) {
                case "truth": {
                    once(truth != null, line, w);
                    SourceText e = c.rest();
                    truth = ExpressionReader.read(e.text(), e.positions(), e.sourceLine());
                    truthSpan = e.span();
                    break;
                }
                case "minimize": {
                    once(minimize != null, line, w);
                    Interval i = interval(c, line, "minimize");
                    minimize = new Extrapolation.Minimize(i.variable(), i.lower(), i.upper(), i.span());
                    break;
                }
                case "for":
                    once(window != null, line, w);
                    window = interval(c, line, "for");
                    break;
                case "points":
                    once(points != null, line, w);
                    points = (int) whole(c, "the number of points", 4, 100_000);
                    while (!c.atEnd()) {
                        String k = c.name("'noise' or 'seed'");
                        if (k.equals("noise") && noise == null) {
                            noise = noise(c);
                        } else if (k.equals("seed") && seed == null) {
                            seed = whole(c, "the seed", Long.MIN_VALUE, Long.MAX_VALUE);
                        } else {
                            throw c.error(c.position() - k.length(), k.length(), "expected 'noise X' or 'seed S' "
                                    + "(each once) after 'points N', found '" + k + "'");
                        }
                    }
                    break;
                case "predict":
                    once(targets != null, line, w);
                    targets = new ArrayList<>();
                    for (SourceText t : TopLevel.split(c.rest(), ',')) {
                        targets.add(number(t, "a target"));
                        targetSpans.add(t.span());
                    }
                    break;
                case "where":
                    for (SourceText b : TopLevel.split(c.rest(), ',')) {
                        where.add(ScriptParser.binding(b));
                    }
                    break;
                case "cite":
                    cites.add(c.string("the citation"));
                    c.expectEnd();
                    break;
                default:
                    throw c.error(0, w.length(), "unknown clause '" + w
                            + "' of extrapolate: expected truth, minimize, for, points, predict, where or cite");
            }
        }
        missing(truth == null, span, "truth EXPR");
        missing(window == null, span, "for C in [lo, hi]");
        missing(points == null, span, "points N noise X");
        missing(noise == null, span, "noise X (on the points line)");
        missing(targets == null, span, "predict C1, C2, ...");
        for (int i = 0; i < targets.size(); i++) {
            if (!(targets.get(i) > window.upper())) {
                throw new InputException(Diagnostic.error(targetSpans.get(i), "target " + targets.get(i)
                        + " is not above the fitting window [" + window.lower() + ", " + window.upper()
                        + "]: an extrapolation predicts beyond it", ""));
            }
        }
        return new Statement.Extrapolate(new Extrapolation(id, title, truth, window.variable(), window.lower(),
                window.upper(), minimize, points, noise, seed == null ? DEFAULT_SEED : seed, targets, where, cites,
                span, truthSpan), span);
    }

    private static void once(boolean seen, SourceText line, String clause) {
        if (seen) {
            throw new InputException(Diagnostic.error(line.span(0, clause.length()), "a second '" + clause
                    + "' clause", line.sourceLine()));
        }
    }

    private static void missing(boolean absent, SourceSpan span, String what) {
        if (absent) {
            throw new InputException(Diagnostic.error(span, "the extrapolation needs '" + what + "'", ""));
        }
    }

    private static Interval interval(LineCursor c, SourceText line, String clause) {
        IntervalClause in = IntervalClause.read(c, clause);
        double lo = number(in.lower(), "the lower end");
        double hi = number(in.upper(), "the upper end");
        if (!(lo > 0)) {
            throw new InputException(Diagnostic.error(in.lower().span(), "the lower end of '" + clause
                    + "' must be positive (the fit and the grid are in log " + in.variable() + ")",
                    in.inner().sourceLine()));
        }
        if (!(hi > lo)) {
            throw new InputException(Diagnostic.error(in.upper().span(), "the upper end of '" + clause
                    + "' must be above the lower end", in.inner().sourceLine()));
        }
        return new Interval(in.variable(), lo, hi, line.span());
    }

    /** A constant expression ({@code 1e19}, {@code 10^19}, {@code 3/1000}) with a finite value. */
    private static double number(SourceText t, String what) {
        if (t.length() == 0) {
            throw new InputException(Diagnostic.error(t.span(), "expected a number for " + what, t.sourceLine()));
        }
        Expr e;
        try {
            e = ExpressionReader.read(t.text(), t.positions(), t.sourceLine());
        } catch (ArithmeticException ex) {
            // the reader folds rational constants: 0/0 and 1/0 fail there
            throw new InputException(Diagnostic.error(t.span(), what + " is not a number: " + ex.getMessage(),
                    t.sourceLine()));
        }
        double v;
        try {
            v = DoubleEvaluator.evaluate(e, Map.of());
        } catch (EvaluationException ex) {
            throw new InputException(Diagnostic.error(t.span(), what + " is not a number: " + ex.getMessage(),
                    t.sourceLine()));
        }
        if (!Double.isFinite(v)) {
            throw new InputException(Diagnostic.error(t.span(), what + " is not a finite number", t.sourceLine()));
        }
        return v;
    }

    private static double noise(LineCursor c) {
        SourceText t = word(c);
        double v = number(t, "the noise");
        if (v < 0) {
            throw new InputException(Diagnostic.error(t.span(), "the noise is a standard deviation: it must "
                    + "not be negative, found " + t.text(), t.sourceLine()));
        }
        return v;
    }

    private static long whole(LineCursor c, String what, long min, long max) {
        SourceText t = word(c);
        long v;
        try {
            v = Long.parseLong(t.text());
        } catch (NumberFormatException ex) {
            throw new InputException(Diagnostic.error(t.span(), what + " must be a whole number, found '"
                    + t.text() + "'", t.sourceLine()));
        }
        if (v < min || v > max) {
            throw new InputException(Diagnostic.error(t.span(), what + " must be between " + min + " and " + max
                    + " (a fit of a, b, c and the noise needs at least 4), found " + v, t.sourceLine()));
        }
        return v;
    }

    /** The next blank-separated word. */
    private static SourceText word(LineCursor c) {
        c.skipBlanks();
        SourceText all = c.source();
        int from = c.position();
        int to = from;
        while (to < all.length() && !Character.isWhitespace(all.text().charAt(to))) {
            to++;
        }
        if (to == from) {
            throw c.fail("expected a number");
        }
        SourceText w = all.slice(from, to);
        c.accept(all.text().substring(from, to));
        return w;
    }
}
