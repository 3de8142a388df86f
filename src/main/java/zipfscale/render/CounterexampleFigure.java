package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import zipfscale.check.SequenceValues;

/**
 * The counterexample of a refuted claim over distributions or sequences (issue 15): per sequence a small
 * table of its terms (the first {@value #ROWS}, and how many more) and a bar plot ({@link TikzPlot}) of all
 * of them against k, so that the reader sees the shape that breaks the claim (a point mass, two atoms,
 * the uniform on m atoms).
 */
final class CounterexampleFigure {
    static final int ROWS = 12;
    static final int DIGITS = 8;
    /** The box of the bar plot, cm (beside the table). */
    static final double WIDTH = 6.5;
    static final double HEIGHT = 3.2;

    private final LatexPrinter printer;

    CounterexampleFigure(LatexPrinter printer) {
        this.printer = printer;
    }

    /** The item, tables and plots, or "" when the evidence has no sequence. */
    String render(List<SequenceValues> sequences) {
        if (sequences.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("\\zsitem{counterexample}{the ").append(sequences.size() == 1 ? "vector" : "vectors")
                .append(" at which the claim fails (sizes and other parameters in the witness row below).}\n");
        for (SequenceValues s : sequences) {
            String name = printer.symbol(s.name());
            int n = s.values().size();
            b.append("\\begin{center}\n\\footnotesize\n\\begin{tabular}{@{}r l@{}}\n\\toprule\n$k$ & $")
                    .append(name).append("(k)$ \\\\\n\\midrule\n");
            for (int i = 0; i < Math.min(ROWS, n); i++) {
                b.append(i + 1).append(" & $").append(LatexDecimal.format(s.values().get(i), DIGITS)).append("$ \\\\\n");
            }
            if (n > ROWS) {
                b.append("\\multicolumn{2}{@{}l@{}}{\\dots{} and ").append(n - ROWS).append(" more} \\\\\n");
            }
            b.append("\\bottomrule\n\\end{tabular}\n\\qquad\n");
            b.append("\\zsplot{").append(bars(s, name)).append("}\n\\end{center}\n");
        }
        return b.toString();
    }

    /** The bar plot of the terms against k = 1..n, on a linear axis from 0 (or the least term) up. */
    private static String bars(SequenceValues s, String name) {
        int n = s.values().size();
        List<TikzPlot.Point> points = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            double v = Double.parseDouble(s.values().get(i));
            points.add(new TikzPlot.Point(i + 1, v));
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == hi) {
            hi = 1;
        }
        double room = 0.1 * (hi - lo);
        PlotAxis x = new PlotAxis(0.5, n + 0.5, false, "$k$", true);
        PlotAxis y = new PlotAxis(lo < 0 ? lo - room : 0, hi + room, false, "$" + name + "(k)$");
        double barWidth = Math.min(0.14, 0.6 * WIDTH / n);
        // the picture's centre on the table's
        return new TikzPlot(x, y, WIDTH, HEIGHT).bars(points, barWidth, "zsrefuted!40", "zsrefuted").centredBaseline()
                .render();
    }
}
