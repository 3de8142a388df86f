package zipfscale.render;

import java.util.List;

/**
 * One axis of a {@link TikzPlot}: its range [lo, hi] in data units, linear or log10, its label (LaTeX text,
 * may be empty), whether its ticks must be integers (a count such as k), and the map of a value onto
 * [0, length] cm. A value the axis cannot show (not finite, not positive on a log axis) has no position.
 */
record PlotAxis(double lo, double hi, boolean log, String label, boolean integers) {

    /** An axis whose ticks may fall between integers. */
    PlotAxis(double lo, double hi, boolean log, String label) {
        this(lo, hi, log, label, false);
    }

    PlotAxis {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi) || (log && lo <= 0)) {
            throw new IllegalArgumentException("not an axis range: [" + lo + ", " + hi + "]" + (log ? " (log)" : ""));
        }
    }

    /**
     * The axis over the data [min, max] widened by {@code pad} of its length at each end (on a log axis, of
     * its length in decades); a single value gets the range [v/2, 2v] (log) or v -+ max(1, |v|)/2 (linear).
     */
    static PlotAxis covering(double min, double max, boolean log, double pad, String label) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max) || (log && min <= 0)) {
            throw new IllegalArgumentException("no data range: [" + min + ", " + max + "]");
        }
        if (log) {
            if (min == max) {
                return new PlotAxis(min / 2, max * 2, true, label);
            }
            double lmin = Math.log10(min);
            double lmax = Math.log10(max);
            double d = (lmax - lmin) * pad;
            return new PlotAxis(Math.pow(10, lmin - d), Math.pow(10, lmax + d), true, label);
        }
        if (min == max) {
            double h = Math.max(1, Math.abs(min)) / 2;
            return new PlotAxis(min - h, max + h, false, label);
        }
        double d = (max - min) * pad;
        return new PlotAxis(min - d, max + d, false, label);
    }

    /** Whether v has a place on this axis: finite, positive on a log axis, inside [lo, hi] up to rounding. */
    boolean shows(double v) {
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return false;
        }
        double t = fraction(v);
        return t >= -1e-9 && t <= 1 + 1e-9;
    }

    /** Where v lies along [lo, hi]: 0 at lo, 1 at hi (linear in log10 v on a log axis). */
    double fraction(double v) {
        return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
    }

    /** v's position in cm on an axis drawn {@code length} cm long. */
    double position(double v, double length) {
        return fraction(v) * length;
    }

    List<NiceTicks.Tick> ticks() {
        return NiceTicks.of(lo, hi, log, integers ? 1 : 0);
    }
}
