package zipfscale.claims;

import java.util.List;
import java.util.Objects;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * {@code series NAME = v1, v2, ...} of a {@link Plot}: one curve per value. The values are closed
 * expressions that elaboration has shown to be finite numbers.
 */
public record PlotSeries(String name, List<Expr> values, SourceSpan span) {
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one value");
        }
    }
}
