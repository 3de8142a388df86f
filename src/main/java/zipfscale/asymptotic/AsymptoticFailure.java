package zipfscale.asymptotic;

/**
 * Why the leading-term calculus or a lemma gave up (an unsupported shape, an exponent comparison that
 * interval arithmetic cannot decide, a possible cancellation, an undischarged side condition). Caught by
 * the asymptotic checker, which turns it into an unknown symbolic outcome: never a pass.
 */
public final class AsymptoticFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AsymptoticFailure(String reason) {
        super(reason, null, false, false);
    }
}
