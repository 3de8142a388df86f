package zipfscale.asymptotic;

/**
 * Why an expansion could not be computed. {@code cancellation}: the terms kept cancelled (a leading term
 * was needed and none was left, a remainder too large for exp), so that more terms may resolve it; the
 * {@link Expander} then retries with more terms, up to its depth.
 */
final class ExpansionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean cancellation;

    ExpansionFailure(String reason, boolean cancellation) {
        super(reason, null, false, false);
        this.cancellation = cancellation;
    }

    static ExpansionFailure unsupported(String reason) {
        return new ExpansionFailure(reason, false);
    }

    static ExpansionFailure cancelled(String reason) {
        return new ExpansionFailure(reason, true);
    }

    boolean cancellation() {
        return cancellation;
    }
}
