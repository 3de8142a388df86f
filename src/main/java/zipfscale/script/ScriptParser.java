package zipfscale.script;

import java.util.ArrayList;
import java.util.List;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.Binding;
import zipfscale.claims.Domain;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.InputException;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;

/**
 * Reads a {@code .zs} script into {@link Statement}s. Line-oriented: a statement starts at column 1,
 * indented lines below it belong to it, {@code #} starts a comment. Every error of the file is reported
 * (the parser goes on with the next statement), each as {@code FILE:LINE:COL: error: ...}.
 * The grammar is in {@code docs/script-language.md}.
 */
public final class ScriptParser {
    private final ScriptFile file;
    private final Diagnostics diagnostics;

    private ScriptParser(ScriptFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Parses {@code file}; errors go to {@code diagnostics} and the statements read are returned. */
    public static List<Statement> parse(ScriptFile file, Diagnostics diagnostics) {
        return new ScriptParser(file, diagnostics).statements();
    }

    private record Block(SourceText header, List<SourceText> body) { }

    private List<Statement> statements() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= file.lines().size(); i++) {
            String raw = file.line(i);
            String code = stripComment(raw);
            if (code.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < code.length() && (code.charAt(indent) == ' ' || code.charAt(indent) == '\t')) {
                indent++;
            }
            SourceText t = SourceText.ofLine(file.name(), i, indent + 1, code.substring(indent).stripTrailing(), raw);
            if (indent == 0) {
                blocks.add(new Block(t, new ArrayList<>()));
            } else if (blocks.isEmpty()) {
                diagnostics.report(Diagnostic.error(t.span(0, 1),
                        "an indented line must continue a statement above it", raw));
            } else {
                blocks.get(blocks.size() - 1).body().add(t);
            }
        }
        if (blocks.isEmpty()) {
            diagnostics.report(Diagnostic.error(new zipfscale.diag.SourceSpan(file.name(), 1, 1, 1),
                    "the script is empty: it needs at least a 'derivation' line", file.line(1)));
        }
        List<Statement> out = new ArrayList<>();
        for (Block b : blocks) {
            try {
                out.add(statement(b));
            } catch (InputException e) {
                for (Diagnostic d : e.diagnostics()) {
                    diagnostics.report(new Diagnostic(d.severity(), d.span(), d.message(),
                            d.span().line() > 0 ? file.line(d.span().line()) : d.sourceLine()));
                }
            }
        }
        return out;
    }

    /** Removes a {@code #} comment that is not inside a string. */
    static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static SourceText joined(SourceText first, List<SourceText> more) {
        SourceText t = first;
        for (SourceText m : more) {
            t = t.length() == 0 ? m : t.join(m);
        }
        return t;
    }

    private Statement statement(Block b) {
        LineCursor c = new LineCursor(b.header());
        String keyword = c.name("a statement: derivation, cite, notation, param, assume, define, claim, value or plot");
        switch (keyword) {
            case "derivation": {
                noBody(b, keyword);
                String name = c.name("the derivation's name");
                String title = c.atEnd() ? name : c.string("the derivation's title");
                c.expectEnd();
                return new Statement.DerivationHeader(name, title, b.header().span());
            }
            case "cite": {
                noBody(b, keyword);
                String text = c.string("the citation");
                c.expectEnd();
                return new Statement.Cite(text, b.header().span());
            }
            case "notation": {
                noBody(b, keyword);
                String name = c.name("the name the notation is for");
                String latex = c.string("the LaTeX for " + name);
                c.expectEnd();
                return new Statement.Notation(name, latex, b.header().span());
            }
            case "param": {
                noBody(b, keyword);
                List<String> names = new ArrayList<>();
                do {
                    names.add(c.name("a parameter name"));
                } while (c.accept(","));
                c.expectEnd();
                return new Statement.Param(names, b.header().span());
            }
            case "assume": {
                SourceText rest = joined(c.rest(), b.body());
                List<Comparison> cs = ExpressionReader.readComparisons(rest.text(), rest.positions(),
                        rest.sourceLine());
                return new Statement.Assume(cs, b.header().span());
            }
            case "define":
                return define(c, b);
            case "claim":
                return ClaimParser.parse(c, b.body(), b.header().span());
            case "extrapolate":
                return ExtrapolationParser.parse(c, b.body(), b.header().span());
            case "value":
                return ExhibitParser.value(c, b.body(), b.header().span());
            case "plot":
                return ExhibitParser.plot(c, b.body(), b.header().span());
            default:
                throw c.error(0, keyword.length(), "unknown statement '" + keyword
                        + "': expected derivation, cite, notation, param, assume, define, claim, value, plot or extrapolate");
        }
    }

    private static void noBody(Block b, String keyword) {
        if (!b.body().isEmpty()) {
            SourceText t = b.body().get(0);
            throw new InputException(Diagnostic.error(t.span(0, 1), "'" + keyword
                    + "' takes no indented lines", t.sourceLine()));
        }
    }

    private Statement define(LineCursor c, Block b) {
        String name = c.name("the name to define");
        List<String> params = new ArrayList<>();
        if (c.accept("(")) {
            do {
                params.add(c.name("a parameter of " + name));
            } while (c.accept(","));
            c.expect(")", "')' after the parameters of " + name);
        }
        c.expect(":=", "':=' after " + name);
        SourceText body = joined(c.rest(), b.body());
        Expr e = ExpressionReader.read(body.text(), body.positions(), body.sourceLine());
        return new Statement.Define(name, params, e, b.header().span());
    }

    static Binding binding(SourceText t) {
        LineCursor c = new LineCursor(t);
        String name = c.name("a name to bind");
        if (c.peek("==") || !c.accept("=")) {
            throw c.fail("expected '=' after " + name + " (where NAME = EXPR)");
        }
        SourceText v = c.rest();
        return new Binding(name, ExpressionReader.read(v.text(), v.positions(), v.sourceLine()), t.span());
    }

    static Domain domain(LineCursor c, SourceText whole) {
        IntervalClause in = IntervalClause.read(c, "for");
        Expr lo = ExpressionReader.read(in.lower().text(), in.lower().positions(), in.inner().sourceLine());
        Expr hi = ExpressionReader.read(in.upper().text(), in.upper().positions(), in.inner().sourceLine());
        return new Domain(in.variable(), lo, hi, whole.span());
    }
}
