package zipfscale.render;

import java.util.List;
import java.util.Locale;
import zipfscale.check.SequenceValues;

/**
 * The counterexample of a refuted claim over distributions or sequences (issue 15): per sequence a small
 * table of its terms (the first {@value #ROWS}, and how many more) and a {@code pgfplots} bar plot of all
 * of them against k, so that the reader sees the shape that breaks the claim (a point mass, two atoms,
 * the uniform on m atoms).
 */
final class CounterexampleFigure {
    static final int ROWS = 12;
    static final int DIGITS = 8;

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
            b.append("\\begin{tikzpicture}[baseline=(current bounding box.center)]\n");
            b.append(String.format(Locale.ROOT, "\\begin{axis}[ybar, bar width=%s, width=0.5\\linewidth, height=4.5cm,"
                    + " xmin=0.5, xmax=%d.5, xlabel={$k$}, ylabel={$%s(k)$}, enlarge y limits={upper, value=0.1}]%n",
                    n > 24 ? "1pt" : "4pt", n, name));
            b.append("\\addplot[fill=zsrefuted!40, draw=zsrefuted] coordinates {");
            for (int i = 0; i < n; i++) {
                double v = Double.parseDouble(s.values().get(i));
                b.append(String.format(Locale.ROOT, " (%d,%.6g)", i + 1, v));
            }
            b.append(" };\n\\end{axis}\n\\end{tikzpicture}\n\\end{center}\n");
        }
        return b.toString();
    }
}
