package zipfscale.render;

import java.util.List;
import zipfscale.check.ExhibitResult;
import zipfscale.check.PlotResult;
import zipfscale.check.ValueResult;

/**
 * The lines {@code zipfscale check} prints for values and plots (issue 8), after the table of claims:
 * a value's 20-digit number, its verdict when it has one and the reason; a plot's curves, points and
 * dropped points. Empty when the scripts have neither.
 */
public final class ExhibitTable implements ExhibitResult.Visitor<String> {
    private static final ExhibitTable INSTANCE = new ExhibitTable();

    private ExhibitTable() {
    }

    public static String print(List<ExhibitResult> exhibits) {
        if (exhibits.isEmpty()) {
            return "";
        }
        int w = 0;
        for (ExhibitResult r : exhibits) {
            w = Math.max(w, label(r).length());
        }
        StringBuilder out = new StringBuilder(String.format("%n%-" + w + "s  %s%n", "value / plot", "result"));
        for (ExhibitResult r : exhibits) {
            out.append(String.format("%-" + w + "s  %s%n", label(r), r.accept(INSTANCE)));
        }
        return out.toString();
    }

    private static String label(ExhibitResult r) {
        return r.derivation().file() + ":" + r.exhibit().span().line() + " " + r.exhibit().id();
    }

    @Override
    public String visitValue(ValueResult r) {
        String number = r.number().isPresent() ? r.digits().orElse("?") : "no value";
        return "= " + number + r.verdict().map(v -> "  " + v).orElse("") + "  " + oneLine(r.reason());
    }

    @Override
    public String visitPlot(PlotResult r) {
        int n = r.curves().size();
        return "plot: " + n + (n == 1 ? " curve" : " curves") + " of " + r.sampled() + " points, " + r.dropped()
                + " dropped" + r.dropReason().map(s -> " (first: " + oneLine(s) + ")").orElse("");
    }

    private static String oneLine(String s) {
        return TextWrap.wrap(s, TextWrap.WIDTH, "    ");
    }
}
