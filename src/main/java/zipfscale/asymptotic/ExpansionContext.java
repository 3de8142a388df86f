package zipfscale.asymptotic;

import java.util.List;
import java.util.Objects;

/**
 * What an expansion is computed under: the {@link SignOracle} (which holds the assumptions on the
 * parameters and decides signs and zeros from them), the rules for sums, and how many extra terms the
 * expander may compute to resolve a cancellation before it answers unknown ("cancellation beyond N terms").
 * The time budget is the caller's: the expander stops when its thread is interrupted.
 */
public record ExpansionContext(SignOracle oracle, List<SumExpansion> sumRules, int cancellationDepth) {
    public static final int DEFAULT_CANCELLATION_DEPTH = 8;

    public ExpansionContext {
        Objects.requireNonNull(oracle, "oracle");
        sumRules = List.copyOf(sumRules);
    }

    public static ExpansionContext of(SignOracle oracle) {
        return new ExpansionContext(oracle, List.of(), DEFAULT_CANCELLATION_DEPTH);
    }

    public ExpansionContext withSumRule(SumExpansion rule) {
        List<SumExpansion> r = new java.util.ArrayList<>(sumRules);
        r.add(rule);
        return new ExpansionContext(oracle, r, cancellationDepth);
    }
}
