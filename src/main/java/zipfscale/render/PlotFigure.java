package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import zipfscale.check.PlotCurve;
import zipfscale.check.PlotPoint;
import zipfscale.check.PlotResult;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotScale;
import zipfscale.expr.Expr;

/**
 * A plot statement's curves as a plain TikZ figure ({@link TikzPlot}) with the sampled coordinates written
 * inline (no external file, no tool other than pdflatex): linear, semi-log x or log-log axes as the script
 * asks, one line per curve (told apart by colour and dash pattern), a legend {@code NAME = v} for a series, the axis
 * labels of {@code axis "x" "y"} escaped as text (default: the variable on x, nothing on y). Curves
 * without a point are left out, and so are points a log axis cannot show; a plot without any point to show
 * gets a sentence instead of a figure.
 */
final class PlotFigure {
    private final LatexPrinter printer;

    PlotFigure(LatexPrinter printer) {
        this.printer = printer;
    }

    /** The box of the figure, cm: with tick labels, axis labels and a short legend beside it, inside 16 cm. */
    static final double WIDTH = 9.5;
    static final double HEIGHT = 5.2;

    String render(PlotResult r) {
        Plot p = r.plot();
        PlotScale scale = p.scale();
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (PlotCurve c : r.curves()) {
            for (PlotPoint pt : c.points()) {
                any = true;
                if (shows(pt.x(), scale.logX()) && shows(pt.y(), scale.logY())) {
                    xmin = Math.min(xmin, pt.x());
                    xmax = Math.max(xmax, pt.x());
                    ymin = Math.min(ymin, pt.y());
                    ymax = Math.max(ymax, pt.y());
                }
            }
        }
        if (!any) {
            return "\\zsitem{figure}{no point of this plot could be evaluated.}\n";
        }
        if (ymin > ymax) {
            return "\\zsitem{figure}{no point of this plot can be shown on its axes (a log axis shows positive "
                    + "values only).}\n";
        }
        String xLabel = p.xLabel().isEmpty() ? "$" + printer.symbol(p.variable()) + "$" : LatexText.escape(p.xLabel());
        // the script's interval on x when the axis can show it, else the points' extent
        boolean interval = r.lower() < r.upper() && shows(r.lower(), scale.logX()) && shows(r.upper(), scale.logX());
        PlotAxis x = interval ? new PlotAxis(r.lower(), r.upper(), scale.logX(), xLabel)
                : PlotAxis.covering(xmin, xmax, scale.logX(), 0, xLabel);
        PlotAxis y = PlotAxis.covering(ymin, ymax, scale.logY(), 0.05, LatexText.escape(p.yLabel()));
        TikzPlot plot = new TikzPlot(x, y, WIDTH, HEIGHT);
        List<Expr> values = p.series().map(s -> s.values()).orElse(List.of());
        int drawn = 0;
        for (int i = 0; i < r.curves().size(); i++) {
            PlotCurve c = r.curves().get(i);
            if (c.points().isEmpty()) {
                continue;
            }
            List<TikzPlot.Point> points = new ArrayList<>();
            for (PlotPoint pt : c.points()) {
                points.add(new TikzPlot.Point(pt.x(), pt.y()));
            }
            String legend = p.series().isPresent() ? "$" + printer.symbol(p.series().get().name()) + " = "
                    + printer.print(values.get(i)) + "$" : "";
            plot.curve(points, LineStyle.lines(drawn++), legend);
        }
        return "\\begin{center}\n\\zsplot{" + plot.render() + "}\n\\end{center}\n";
    }

    private static boolean shows(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}
