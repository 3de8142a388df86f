package zipfscale.render;

import java.util.Locale;
import java.util.Map;
import zipfscale.fit.FitSummary;
import zipfscale.fit.Quantity;

/**
 * Writes a fitted law as a fits file that {@code fits check} reads: one row per fitted exponent, with the
 * bootstrap 95% percentile interval as {@code lower}/{@code upper} (widened to contain the estimate when a
 * skewed bootstrap leaves it outside) and the bootstrap standard deviation as {@code stderr} (for
 * information: the reader uses the interval when both are given). Comment lines record the law, every
 * parameter, the seed and the resamples.
 */
public final class FitsCsvWriter {

    private FitsCsvWriter() {
    }

    /**
     * @param quantities for each exponent parameter of the law, the quantity it measures
     */
    public static String render(FitSummary s, Map<String, Quantity> quantities) {
        return render(s, quantities, null);
    }

    /**
     * As {@link #render(FitSummary, Map)}, naming the file of the bootstrap draws (beside this one) in the
     * comment line {@code # draws: NAME}, which {@code fits check} reads to draw the rows of this fit jointly.
     */
    public static String render(FitSummary s, Map<String, Quantity> quantities, String drawsFile) {
        StringBuilder b = new StringBuilder();
        b.append("# fitted by zipfscale fits fit from ").append(oneLine(s.data().file())).append('\n');
        b.append("# law: L = ").append(s.law().text()).append(", variables ").append(String.join(", ", s.law().variables()))
                .append('\n');
        String objective = s.residuals() == zipfscale.fit.Residuals.LOG ? "Huber(delta = 1e-3) on log residuals"
                : "least squares on linear residuals";
        b.append(String.format(Locale.ROOT, "# %d rows; %s, objective %s; bootstrap %d resamples"
                + " (%d failed), seed %d%n", s.data().size(), objective, g(s.best().objective()), s.resamples(), s.failed(),
                s.seed()));
        if (s.law() instanceof zipfscale.fit.BoundedLaw bounded) {
            for (zipfscale.fit.Bound bound : bounded.bounds()) {
                b.append("# bound: ").append(bound.text()).append(bound.implied() ? " (implied: a scale of a positive column)"
                        : "").append('\n');
            }
        }
        if (drawsFile != null) {
            b.append("# draws: ").append(oneLine(drawsFile)).append('\n');
        }
        for (FitSummary.ParameterInterval p : s.intervals().values()) {
            b.append(String.format(Locale.ROOT, "#   %s = %s, 95%% bootstrap interval [%s, %s], bootstrap sd %s%n", p.name(),
                    g(p.value()), g(p.lower()), g(p.upper()), g(p.stderr())));
        }
        b.append("quantity,value,lower,upper,stderr,source\n");
        for (Map.Entry<String, String> e : s.law().exponents().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            FitSummary.ParameterInterval p = s.intervals().get(e.getKey());
            Quantity q = quantities.get(e.getKey());
            if (q == null) {
                continue; // an exponent that measures none of the theory's quantities (e.g. of a reward curve)
            }
            String source = String.format(Locale.ROOT, "fit of %s: exponent %s of %s in L = %s; bootstrap 95%%, seed %d",
                    oneLine(s.data().file()), e.getKey(), e.getValue(), s.law().text(), s.seed());
            b.append(q.key()).append(',').append(g(p.value())).append(',').append(g(Math.min(p.lower(), p.value())))
                    .append(',').append(g(Math.max(p.upper(), p.value()))).append(',').append(g(p.stderr())).append(',')
                    .append(quote(source)).append('\n');
        }
        return b.toString();
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.8g", v);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String quote(String s) {
        return '"' + oneLine(s).replace("\"", "\"\"") + '"';
    }
}
