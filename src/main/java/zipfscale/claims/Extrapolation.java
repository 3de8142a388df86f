package zipfscale.claims;

import java.util.List;
import java.util.Objects;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * An {@code extrapolate} statement: fit {@code L(C) = a C^b + c} to noisy samples of a "true" loss curve
 * on a window of C, extrapolate to targets above the window, and claim that the truth lies inside the
 * fit's 95% prediction interval at every target (GPT-4 technical report, Fig. 1).
 *
 * @param truth the true loss in {@code variable} (and {@code minimize}'s variable); definitions not expanded
 * @param variable the compute variable of the {@code for} clause
 * @param lower the window's lower end (> 0)
 * @param upper the window's upper end (> lower)
 * @param minimize when present, the truth is the minimum over that variable (compute-optimal loss)
 * @param points the number of log-spaced samples in the window (>= 4)
 * @param noise the relative standard deviation of the Gaussian noise on each sample (>= 0)
 * @param seed the seed of the noise and of the bootstrap
 * @param targets the C values to predict at, each above {@code upper}
 * @param where constant bindings, {@code name = value}
 * @param truthSpan where the truth is written (for name errors)
 */
public record Extrapolation(String id, String title, Expr truth, String variable, double lower, double upper,
        Minimize minimize, int points, double noise, long seed, List<Double> targets, List<Binding> where,
        List<String> cites, SourceSpan span, SourceSpan truthSpan) {

    public Extrapolation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(truthSpan, "truthSpan");
        targets = List.copyOf(targets);
        where = List.copyOf(where);
        cites = List.copyOf(cites);
    }

    /** {@code minimize N in [lower, upper]}: the truth at C is the minimum over N of the expression. */
    public record Minimize(String variable, double lower, double upper, SourceSpan span) {
        public Minimize {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(span, "span");
        }
    }
}
