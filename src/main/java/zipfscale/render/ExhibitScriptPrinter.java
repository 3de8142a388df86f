package zipfscale.render;

import java.util.stream.Collectors;
import zipfscale.claims.Binding;
import zipfscale.claims.NumericRange;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotScale;
import zipfscale.claims.Value;
import zipfscale.script.Statement;

/**
 * The {@code value} and {@code plot} statements (issue 8) as script text for {@link ScriptPrinter}: the
 * expression on the first indented line, then the clauses in a fixed order.
 */
final class ExhibitScriptPrinter {

    private ExhibitScriptPrinter() {
    }

    static String value(Statement.ValueBlock block) {
        Value v = block.value();
        StringBuilder b = new StringBuilder("value ").append(v.id()).append(' ').append(ScriptPrinter.quote(v.title()))
                .append(":\n    ").append(TextPrinter.print(v.expression()));
        where(b, v.where().stream().map(ExhibitScriptPrinter::binding).collect(Collectors.joining(", ")));
        v.cites().forEach(c -> b.append("\n    cite ").append(ScriptPrinter.quote(c)));
        v.expect().ifPresent(r -> b.append("\n    expect in ").append(range(r)));
        return b.toString();
    }

    static String plot(Statement.PlotBlock block) {
        Plot p = block.plot();
        StringBuilder b = new StringBuilder("plot ").append(p.id()).append(' ').append(ScriptPrinter.quote(p.title()))
                .append(":\n    ").append(TextPrinter.print(p.expression()));
        b.append("\n    for ").append(p.variable()).append(" in ").append(range(p.range()))
                .append(p.scale() == PlotScale.LINEAR ? "" : " " + p.scale().spelling());
        p.series().ifPresent(s -> b.append("\n    series ").append(s.name()).append(" = ")
                .append(s.values().stream().map(TextPrinter::print).collect(Collectors.joining(", "))));
        where(b, p.where().stream().map(ExhibitScriptPrinter::binding).collect(Collectors.joining(", ")));
        if (!p.xLabel().isEmpty() || !p.yLabel().isEmpty()) {
            b.append("\n    axis ").append(ScriptPrinter.quote(p.xLabel())).append(' ')
                    .append(ScriptPrinter.quote(p.yLabel()));
        }
        p.cites().forEach(c -> b.append("\n    cite ").append(ScriptPrinter.quote(c)));
        return b.toString();
    }

    private static void where(StringBuilder b, String bindings) {
        if (!bindings.isEmpty()) {
            b.append("\n    where ").append(bindings);
        }
    }

    private static String binding(Binding b) {
        return b.name() + " = " + TextPrinter.print(b.value());
    }

    private static String range(NumericRange r) {
        return "[" + TextPrinter.print(r.lower()) + ", " + TextPrinter.print(r.upper()) + "]";
    }
}
