package zipfscale.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import zipfscale.fit.FitSummary;
import zipfscale.fit.Quantity;

/**
 * The bootstrap draws of a fit, written beside its fits file ({@code fit-<name>-draws.csv}): one row per
 * successful resample, one column per parameter. A parameter that measures a quantity of the fits file is
 * headed by the quantity's key ({@code alpha_N}), the others by {@code param:NAME}; {@code fits check} draws
 * the quantity columns of one row together (the joint distribution of one fit).
 */
public final class FitsDrawsCsv {

    private FitsDrawsCsv() {
    }

    public static String render(FitSummary s, Map<String, Quantity> quantities) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# bootstrap draws of zipfscale fits fit: L = %s, %d resamples (%d failed),"
                + " seed %d%n", s.law().text().replace('\n', ' '), s.resamples(), s.failed(), s.seed()));
        List<String> names = s.law().parameters();
        for (int k = 0; k < names.size(); k++) {
            Quantity q = quantities.get(names.get(k));
            b.append(k == 0 ? "" : ",").append(q == null ? "param:" + names.get(k) : q.key());
        }
        b.append('\n');
        for (double[] row : s.draws()) {
            for (int k = 0; k < row.length; k++) {
                b.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.10g", row[k]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
