package zipfscale.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zipfscale.claims.Derivation;
import zipfscale.claims.Plot;

/**
 * The sampled curves of a {@code plot} statement.
 *
 * @param lower the lower end of the x range
 * @param upper the upper end of the x range
 * @param curves one per series value (one when the plot has no series), in the script's order
 * @param sampled how many points were evaluated per curve
 * @param dropped how many points of all curves were left out (not finite, not evaluable, or not positive
 *     on a log y axis)
 * @param dropReason why the first dropped point was dropped, when any was
 */
public record PlotResult(Derivation derivation, Plot plot, double lower, double upper, List<PlotCurve> curves, int sampled, int dropped,
        Optional<String> dropReason) implements ExhibitResult {

    public PlotResult {
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(dropReason, "dropReason");
        curves = List.copyOf(curves);
    }

    @Override
    public Plot exhibit() {
        return plot;
    }

    /** A plot is not a check: it never fails the run (its dropped points are reported). */
    @Override
    public boolean holds() {
        return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitPlot(this);
    }
}
