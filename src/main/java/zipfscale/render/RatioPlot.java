package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeMap;
import zipfscale.check.RatioPoint;
import zipfscale.check.RatioSeries;

/**
 * The plot of an asymptotic claim's numeric witness: a log-log plot ({@link TikzPlot}) of the ratio f/g of
 * the claim's two sides against x, one series per parameter point, with the dashed line y = 1 (where the
 * ratio of a {@code ~} claim must go). Points that a log axis cannot show (x or ratio not positive, not
 * finite) are left out; the axis limits are computed here, so every plot has a non-empty range.
 *
 * <p>For a {@code ~} claim that holds (PROVED or CHECKED) the ratio plot is a flat line at 1 that says
 * nothing; {@link #renderDeviation} plots {@code |f/g - 1|} instead (issue 16), whose slope on log-log axes
 * is the rate of convergence (a correction term of order x^(-a) gives slope -a); each series' legend gives
 * the least-squares slope through its points. Deviations below {@link #DOUBLE_FLOOR} are left out: the
 * ratios are stored in double precision, so smaller differences from 1 are rounding, not convergence.
 */
final class RatioPlot {
    private final LatexPrinter printer;

    RatioPlot(LatexPrinter printer) {
        this.printer = printer;
    }

    /** The box of the plot, cm: with tick labels, axis labels and a legend beside it, inside a 16 cm line. */
    static final double WIDTH = 8;
    static final double HEIGHT = 4.6;

    /** |f/g - 1| this small is at the rounding level of a double ratio (2^-52 is 2.2e-16, with margin). */
    static final double DOUBLE_FLOOR = 1e-13;

    /** The ratio plot, or "" when no series has a plottable point. */
    String render(List<RatioSeries> series) {
        return render(series, false);
    }

    /** The plot of |f/g - 1| with each series' slope, or "" when no series has a plottable point. */
    String renderDeviation(List<RatioSeries> series) {
        return render(series, true);
    }

    private static double y(RatioPoint p, boolean deviation) {
        return deviation ? Math.abs(p.ratio() - 1) : p.ratio();
    }

    private static boolean plottable(RatioPoint p, boolean deviation) {
        double y = y(p, deviation);
        return Double.isFinite(p.x()) && Double.isFinite(y) && p.x() > 0 && (deviation ? y >= DOUBLE_FLOOR : y > 0);
    }

    /** The least-squares slope of log y against log x, or NaN with fewer than two points. */
    static double slope(RatioSeries s) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (RatioPoint p : s.points()) {
            if (plottable(p, true)) {
                double lx = Math.log(p.x());
                double ly = Math.log(y(p, true));
                n++;
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
            }
        }
        double den = n * sxx - sx * sx;
        return n < 2 || den == 0 ? Double.NaN : (n * sxy - sx * sy) / den;
    }

    private String render(List<RatioSeries> series, boolean deviation) {
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = deviation ? Double.POSITIVE_INFINITY : 1;
        double ymax = deviation ? Double.NEGATIVE_INFINITY : 1;
        boolean any = false;
        for (RatioSeries s : series) {
            for (RatioPoint p : s.points()) {
                if (plottable(p, deviation)) {
                    any = true;
                    xmin = Math.min(xmin, p.x());
                    xmax = Math.max(xmax, p.x());
                    ymin = Math.min(ymin, y(p, deviation));
                    ymax = Math.max(ymax, y(p, deviation));
                }
            }
        }
        if (!any) {
            return "";
        }
        if (xmin == xmax) {
            xmin /= 2;
            xmax *= 2;
        }
        double pad = deviation ? 3 : 1.2;
        String variable = printer.symbol(series.get(0).variable());
        PlotAxis xa = PlotAxis.covering(xmin, xmax, true, 0.03, "$" + variable + "$");
        PlotAxis ya = new PlotAxis(ymin / pad, ymax * pad, true, deviation ? "$|f/g - 1|$" : "ratio of the sides");
        TikzPlot plot = new TikzPlot(xa, ya, WIDTH, HEIGHT);
        // beside the box for short legends; below it, where the full line width is free, when an entry names
        // more than two parameters (the minimisation and max-structure claims have five or six), or two
        // beside the slope of |f/g - 1| (two subscripted names and a slope overran the line by 12pt)
        boolean wide = series.stream().anyMatch(s -> s.parameters().size() + (deviation ? 1 : 0) > 2);
        plot.legendPlace(wide ? TikzPlot.LegendPlace.BELOW : TikzPlot.LegendPlace.AUTO);
        int drawn = 0;
        for (RatioSeries s : series) {
            List<TikzPlot.Point> points = new ArrayList<>();
            for (RatioPoint p : s.points()) {
                if (plottable(p, deviation)) {
                    points.add(new TikzPlot.Point(p.x(), y(p, deviation)));
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            String legend = legend(s);
            if (deviation && Double.isFinite(slope(s))) {
                String sl = String.format(Locale.ROOT, "slope $%.2f$", slope(s));
                legend = s.parameters().isEmpty() ? sl : legend + "; " + sl;
            }
            plot.curve(points, LineStyle.cycle(drawn++), legend);
        }
        if (!deviation) {
            plot.horizontal(1, LineStyle.reference(), "$y = 1$");
        }
        return "\\begin{center}\n\\zsplot{" + plot.render() + "}\n\\end{center}\n";
    }

    private String legend(RatioSeries s) {
        if (s.parameters().isEmpty()) {
            return "ratio";
        }
        StringJoiner j = new StringJoiner(", ");
        new TreeMap<>(s.parameters()).forEach((name, value) -> j.add("$" + printer.symbol(name) + " = "
                + LatexDecimal.format(value, 4) + "$"));
        return j.toString();
    }
}
