package zipfscale.numerics;

/**
 * An infinite sum diverges at this point, and this is certain (not a failure of the evaluator): a power
 * sum {@code Sum(c k^(-s), {k, L, Infinity})} with c != 0 and s <= 1. No analytic continuation (the Hurwitz
 * zeta at s <= 1) is ever given as the sum's value. It counts as "cannot evaluate" wherever it is not
 * caught for what it is; the witnesses that catch it refute an equality or {@code ~} claim whose other
 * side is finite there.
 */
public final class DivergentSumException extends EvaluationException {
    private static final long serialVersionUID = 1L;

    public DivergentSumException(String message) {
        super(message, true);
    }
}
