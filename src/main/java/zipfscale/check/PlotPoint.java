package zipfscale.check;

/** One sampled point (x, y) of a plot's curve; both finite (and positive on a log axis). */
public record PlotPoint(double x, double y) {
    public PlotPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a plotted point is finite: (" + x + ", " + y + ")");
        }
    }
}
