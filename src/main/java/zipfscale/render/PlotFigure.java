package zipfscale.render;

import java.util.List;
import java.util.Locale;
import zipfscale.check.PlotCurve;
import zipfscale.check.PlotPoint;
import zipfscale.check.PlotResult;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotScale;
import zipfscale.expr.Expr;

/**
 * A plot statement's curves as a {@code pgfplots} figure with the sampled coordinates written inline (no
 * external file, no tool other than pdflatex): {@code axis}, {@code semilogxaxis} or {@code loglogaxis} as
 * the script asks, one line per curve, a legend {@code NAME = v} below the axis for a series, the axis
 * labels of {@code axis "x" "y"} escaped as text (default: the variable on x, nothing on y). Curves
 * without a point are left out; a plot without any point gets a sentence instead of a figure.
 */
final class PlotFigure {
    private final LatexPrinter printer;

    PlotFigure(LatexPrinter printer) {
        this.printer = printer;
    }

    String render(PlotResult r) {
        Plot p = r.plot();
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (PlotCurve c : r.curves()) {
            for (PlotPoint pt : c.points()) {
                ymin = Math.min(ymin, pt.y());
                ymax = Math.max(ymax, pt.y());
            }
        }
        if (ymin > ymax) {
            return "\\zsitem{figure}{no point of this plot could be evaluated.}\n";
        }
        StringBuilder b = new StringBuilder("\\begin{center}\n\\begin{tikzpicture}\n");
        String env = p.scale() == PlotScale.LOG_LOG ? "loglogaxis" : p.scale() == PlotScale.LOG_X ? "semilogxaxis" : "axis";
        b.append("\\begin{").append(env).append("}[width=0.75\\linewidth, height=6cm, ")
                .append("xmin=").append(g(r.lower())).append(", xmax=").append(g(r.upper()));
        if (ymin == ymax) {
            // one constant value: pgfplots needs a non-empty y range
            double lo = p.scale().logY() ? ymin / 2 : ymin - Math.max(1, Math.abs(ymin)) / 2;
            double hi = p.scale().logY() ? ymax * 2 : ymax + Math.max(1, Math.abs(ymax)) / 2;
            b.append(", ymin=").append(g(lo)).append(", ymax=").append(g(hi));
        }
        b.append(",\n    xlabel={").append(p.xLabel().isEmpty() ? "$" + printer.symbol(p.variable()) + "$"
                : LatexText.escape(p.xLabel())).append("}, ylabel={").append(LatexText.escape(p.yLabel())).append("}");
        boolean legend = p.series().isPresent();
        if (legend) {
            b.append(", legend style={font=\\footnotesize, at={(0.5,-0.3)}, anchor=north, legend columns=-1}");
        }
        b.append("]\n");
        List<Expr> values = p.series().map(s -> s.values()).orElse(List.of());
        for (int i = 0; i < r.curves().size(); i++) {
            PlotCurve c = r.curves().get(i);
            if (c.points().isEmpty()) {
                continue;
            }
            b.append("\\addplot+[no marks, thick] coordinates {");
            for (PlotPoint pt : c.points()) {
                b.append(" (").append(g(pt.x())).append(',').append(g(pt.y())).append(')');
            }
            b.append(" };\n");
            if (legend) {
                b.append("\\addlegendentry{$").append(printer.symbol(p.series().get().name())).append(" = ")
                        .append(printer.print(values.get(i))).append("$}\n");
            }
        }
        b.append("\\end{").append(env).append("}\n\\end{tikzpicture}\n\\end{center}\n");
        return b.toString();
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.6e", v);
    }
}
