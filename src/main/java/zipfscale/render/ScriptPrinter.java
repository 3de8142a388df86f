package zipfscale.render;

import java.util.List;
import java.util.stream.Collectors;
import zipfscale.claims.Binding;
import zipfscale.claims.Domain;
import zipfscale.script.Statement;

/**
 * Prints a script's statements back as script text, in a canonical layout: one statement per line,
 * claim clauses indented by four spaces, expressions by {@link TextPrinter}. Reading the printed text
 * gives the same statements (a property test holds this).
 */
public final class ScriptPrinter {

    private ScriptPrinter() {
    }

    public static String print(List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        for (Statement s : statements) {
            out.append(print(s)).append('\n');
        }
        return out.toString();
    }

    static String print(Statement s) {
        if (s instanceof Statement.DerivationHeader h) {
            return "derivation " + h.name() + " " + quote(h.title());
        }
        if (s instanceof Statement.Cite c) {
            return "cite " + quote(c.text());
        }
        if (s instanceof Statement.Notation n) {
            return "notation " + n.name() + " " + quote(n.latex());
        }
        if (s instanceof Statement.Param p) {
            return "param " + String.join(", ", p.names());
        }
        if (s instanceof Statement.Assume a) {
            StringBuilder b = new StringBuilder("assume ").append(TextPrinter.print(a.comparisons().get(0).lhs()));
            for (int i = 0; i < a.comparisons().size(); i++) {
                b.append(' ').append(a.comparisons().get(i).op().spelling()).append(' ')
                        .append(TextPrinter.print(a.comparisons().get(i).rhs()));
            }
            return b.toString();
        }
        if (s instanceof Statement.Define d) {
            return "define " + d.name() + (d.params().isEmpty() ? "" : "(" + String.join(", ", d.params()) + ")")
                    + " := " + TextPrinter.print(d.body());
        }
        if (s instanceof Statement.Extrapolate e) {
            return ExtrapolationScriptText.print(e.extrapolation());
        }
        if (s instanceof Statement.ValueBlock v) {
            return ExhibitScriptPrinter.value(v);
        }
        if (s instanceof Statement.PlotBlock p) {
            return ExhibitScriptPrinter.plot(p);
        }
        Statement.ClaimBlock c = (Statement.ClaimBlock) s;
        StringBuilder b = new StringBuilder("claim ").append(c.id()).append(' ').append(quote(c.title())).append(":\n");
        b.append("    ").append(TextPrinter.print(c.lhs())).append(' ').append(c.relation()).append(' ')
                .append(TextPrinter.print(c.rhs()));
        if (c.variable() != null) {
            b.append(" as ").append(c.variable()).append(" -> Infinity");
        }
        if (!c.where().isEmpty()) {
            b.append("\n    where ").append(c.where().stream().map(ScriptPrinter::binding)
                    .collect(Collectors.joining(", ")));
        }
        for (Domain d : c.domains()) {
            b.append("\n    for ").append(d.variable()).append(" in [").append(TextPrinter.print(d.lower()))
                    .append(", ").append(TextPrinter.print(d.upper())).append(']');
        }
        for (zipfscale.claims.Ensemble en : c.ensembles()) {
            b.append("\n    for ").append(en.name()).append(" in ").append(en.kind().spelling()).append('(')
                    .append(en.size()).append(')');
            if (en.lower() != null) {
                b.append(" in [").append(TextPrinter.print(en.lower())).append(", ").append(TextPrinter.print(en.upper()))
                        .append(']');
            }
            if (en.order() != zipfscale.claims.Ensemble.Order.ANY) {
                b.append(' ').append(en.order().spelling());
            }
        }
        for (String cite : c.cites()) {
            b.append("\n    cite ").append(quote(cite));
        }
        return b.toString();
    }

    private static String binding(Binding b) {
        return b.name() + " = " + TextPrinter.print(b.value());
    }

    /** A script string: {@code "} and {@code \} escaped with a backslash. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
