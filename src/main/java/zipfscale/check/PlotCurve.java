package zipfscale.check;

import java.util.List;
import java.util.Objects;

/**
 * One curve of a plot: its legend label ({@code "L = 5"}, or empty for a plot without series) and the
 * points kept, in increasing x.
 */
public record PlotCurve(String label, List<PlotPoint> points) {
    public PlotCurve {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
    }
}
