package zipfscale.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * {@code plot ID "Title":} curves of one expression against {@code variable} over {@code range}, sampled
 * by the engine. After the derivation's definitions and the {@code where} bindings, the only free names
 * are {@code variable} and the series name (elaboration guarantees it).
 *
 * @param series one curve per value of a parameter, or empty for a single curve
 * @param xLabel the x axis label of {@code axis "x" "y"}, or empty for the default (the variable)
 * @param yLabel the y axis label, or empty for the default
 */
public record Plot(String id, String title, Expr expression, String variable, NumericRange range, PlotScale scale,
        Optional<PlotSeries> series, List<Binding> where, String xLabel, String yLabel, List<String> cites,
        SourceSpan span) implements Exhibit {

    public Plot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(span, "span");
        where = List.copyOf(where);
        cites = List.copyOf(cites);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitPlot(this);
    }
}
