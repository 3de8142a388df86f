package zipfscale.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zipfscale.check.CheckResult;

/**
 * What a run took from the verdict cache: how many claims, values and plots, and extrapolations were
 * reused, which claims were checked anew, and how many entries were found but not trusted.
 *
 * @param checked the claims checked in this run (not reused), in script order
 */
public record CacheUse(boolean enabled, int claims, int claimsReused, int exhibits, int exhibitsReused,
        int extrapolations, int extrapolationsReused, List<CheckResult> checked, int ignored) {

    public CacheUse {
        checked = List.copyOf(checked);
    }

    /** A run without a cache. */
    public static CacheUse off(List<CheckResult> results, int exhibits, int extrapolations) {
        return new CacheUse(false, results.size(), 0, exhibits, 0, extrapolations, 0, results, 0);
    }

    /**
     * One or two lines for the terminal: {@code cache: reused 40 of 41 claims, ...} and the claims
     * checked anew ({@code file:line id}); nothing when the cache is off.
     */
    public String describe() {
        if (!enabled) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "cache: reused %d of %d claims, %d of %d values and plots, %d of %d extrapolations", claimsReused,
                claims, exhibitsReused, exhibits, extrapolationsReused, extrapolations));
        if (ignored > 0) {
            out.append(String.format(Locale.ROOT, "; %d untrusted entries ignored and rewritten", ignored));
        }
        out.append('\n');
        if (!checked.isEmpty() && claimsReused > 0) {
            List<String> names = new ArrayList<>();
            for (CheckResult r : checked) {
                names.add(r.derivation().file() + ":" + r.claim().info().span().line() + " " + r.claim().info().id());
            }
            out.append("checked anew: ").append(String.join(", ", names)).append('\n');
        }
        return out.toString();
    }
}
