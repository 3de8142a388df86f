package zipfscale.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import zipfscale.check.Evidence;
import zipfscale.check.Sample;
import zipfscale.check.Verdict;

/**
 * The numeric witness of a claim as a small {@code booktabs} table: one row per sample point (the
 * parameters, both sides' values). Values are rounded to {@value #DIGITS} significant digits, parameters
 * to {@value #POINT_DIGITS}; for a REFUTED claim the first sample is the witness, set first, shaded and
 * marked, with as many digits as it takes to see its two sides differ (up to {@value #MAX_DIGITS}).
 */
final class EvidenceTable {
    static final int DIGITS = 10;
    static final int POINT_DIGITS = 8;
    static final int MAX_DIGITS = 24;
    /** Samples shown at most (the report keeps them all). */
    static final int ROWS = 8;

    private final LatexPrinter printer;

    EvidenceTable(LatexPrinter printer) {
        this.printer = printer;
    }

    /** The sentence on the numeric witness and its table, or "" when there is no sample. */
    String render(Evidence e, Verdict verdict) {
        if (e.samples().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("\\zsitem{Numeric witness}{").append(summary(e)).append("}\n");
        b.append("\\begin{center}\n\\footnotesize\n");
        // fixed widths (the sides may wrap after the times sign or a digit group): a witness's 24 digits fit
        b.append("\\begin{tabular}{@{}l >{\\raggedright\\arraybackslash}p{0.3\\linewidth} "
                + ">{\\raggedright\\arraybackslash}p{0.25\\linewidth} >{\\raggedright\\arraybackslash}p{0.25\\linewidth}@{}}\n\\toprule\n");
        b.append(" & point & lhs & rhs \\\\\n\\midrule\n");
        List<Sample> rows = e.samples().subList(0, Math.min(ROWS, e.samples().size()));
        for (int i = 0; i < rows.size(); i++) {
            Sample s = rows.get(i);
            boolean witness = i == 0 && verdict == Verdict.REFUTED;
            int digits = witness ? Math.max(DIGITS, LatexDecimal.distinguishing(s.lhs(), s.rhs(), DIGITS, MAX_DIGITS))
                    : DIGITS;
            if (witness) {
                b.append("\\rowcolor{zsrefuted!12} \\textcolor{zsrefuted}{\\textbf{witness}}");
            } else {
                b.append(i + 1);
            }
            b.append(" & ").append(point(s.point())).append(" & $").append(LatexDecimal.breakable(s.lhs(), digits))
                    .append("$ & $").append(LatexDecimal.breakable(s.rhs(), digits)).append("$ \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        return b.toString();
    }

    private String summary(Evidence e) {
        StringBuilder b = new StringBuilder();
        b.append(e.pointsUsed()).append(e.pointsUsed() == 1 ? " point" : " points");
        if (e.digits() > 0) {
            b.append(", ").append(e.digits()).append("-digit arithmetic");
        }
        if (e.tolerance() != null) {
            b.append(String.format(Locale.ROOT, ", tolerance rel $%s$, abs $%s$",
                    LatexDecimal.format(Double.toString(e.tolerance().rel()), 3),
                    LatexDecimal.format(Double.toString(e.tolerance().abs()), 3)));
        }
        if (e.accuracy() != null) {
            // identities and inequalities: the precision reached and the error bound (issue 18)
            b.append(", precision up to ").append(e.accuracy().digits()).append(" digits, error bound ");
            b.append(e.accuracy().errorBound() == 0 ? "0 (exact)" : "$" + LatexDecimal.format(
                    String.format(Locale.ROOT, "%.1e", e.accuracy().errorBound()), 2) + "$ relative");
            if (e.accuracy().exactPoints() > 0) {
                b.append(", ").append(e.accuracy().exactPoints()).append(" points in exact arithmetic");
            }
            if (e.accuracy().smallestMargin() != null) {
                b.append(", smallest margin $").append(LatexDecimal.format(e.accuracy().smallestMargin(), 4))
                        .append("$ at ").append(point(e.accuracy().marginAt()));
            }
        }
        b.append(", seed ").append(e.seed());
        int shown = Math.min(ROWS, e.samples().size());
        if (shown < e.pointsUsed()) {
            b.append("; ").append(shown).append(shown == 1 ? " is" : " are").append(" shown");
        }
        return b.append('.').toString();
    }

    /** The parameters of a point, sorted by name: {@code $\alpha = 1.5$, $\gamma = 0.25$}; "--" when none. */
    private String point(Map<String, String> point) {
        if (point.isEmpty()) {
            return "--";
        }
        StringJoiner j = new StringJoiner(", ");
        new TreeMap<>(point).forEach((name, value) -> j.add("$" + printer.symbol(name) + " = "
                + LatexDecimal.format(value, POINT_DIGITS) + "$"));
        return j.toString();
    }
}
