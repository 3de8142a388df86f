package zipfscale.render;

import java.util.Locale;
import java.util.Map;
import zipfscale.fit.FitSummary;
import zipfscale.fit.Quantity;

/** The terminal summary of {@code fits fit}: every parameter with its bootstrap interval, and the exponent rows. */
public final class FitsFitTable {

    private FitsFitTable() {
    }

    public static String render(FitSummary s, Map<String, Quantity> quantities) {
        return render(s, quantities, false);
    }

    /** @param automaticResiduals whether the residuals were chosen automatically (said so in the output) */
    public static String render(FitSummary s, Map<String, Quantity> quantities, boolean automaticResiduals) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: L = %s  (%d rows; bootstrap %d resamples, %d failed, seed %d)%n",
                s.data().file(), s.law().text(), s.data().size(), s.resamples(), s.failed(), s.seed()));
        b.append("  residuals: ").append(s.residuals().key()).append(s.residuals() == zipfscale.fit.Residuals.LOG
                ? " (Huber, delta = 1e-3, on log residuals)" : " (least squares)");
        if (automaticResiduals) {
            b.append(s.residuals() == zipfscale.fit.Residuals.LOG ? ", chosen automatically: every response is positive"
                    : ", chosen automatically: a response is zero or negative");
        }
        b.append('\n');
        if (s.law() instanceof zipfscale.fit.BoundedLaw bounded) {
            for (zipfscale.fit.Bound bound : bounded.bounds()) {
                b.append("  bound: ").append(bound.text()).append(bound.implied() ? " (implied: a scale of a positive column)"
                        : "").append('\n');
            }
        }
        b.append(String.format(Locale.ROOT, "  %-8s %-14s %-30s %s%n", "param", "estimate", "95% bootstrap interval", "measures"));
        for (FitSummary.ParameterInterval p : s.intervals().values()) {
            Quantity q = quantities.get(p.name());
            b.append(String.format(Locale.ROOT, "  %-8s %-14s [%s, %s]%s%n", p.name(), FitsNumbers.num(p.value()),
                    FitsNumbers.num(p.lower()), FitsNumbers.num(p.upper()), q == null ? "" : "    " + q.key()));
        }
        return b.toString();
    }
}
