package zipfscale.check;

import java.time.Duration;

/**
 * How claims are checked: backends, the seed of the random points (printed in reports, settable with
 * {@code --seed}), how many points, the working precision, the time limit of each Symja call and the
 * wall-clock budget of each claim over both witnesses ({@code --claim-timeout}).
 */
public record CheckSettings(SymbolicBackend symbolic, NumericBackend numeric, long seed, int points, int digits,
        Duration timeout, Duration claimTimeout) {

    public static final long DEFAULT_SEED = 20251230L;

    /**
     * The claim budget of settings built in code (tests, library callers): generous, so that a loaded machine
     * does not turn a slow verdict into UNDECIDED; the command line sets {@code --claim-timeout} (default 30 s).
     */
    public static final Duration LIBRARY_CLAIM_BUDGET = Duration.ofSeconds(120);

    public CheckSettings(SymbolicBackend symbolic, NumericBackend numeric, long seed, int points, int digits,
            Duration timeout) {
        this(symbolic, numeric, seed, points, digits, timeout, LIBRARY_CLAIM_BUDGET);
    }

    public static CheckSettings defaults(Duration timeout) {
        return new CheckSettings(SymbolicBackend.symja(timeout), NumericBackend.engine(), DEFAULT_SEED, 60, 40,
                timeout);
    }

    public CheckSettings withSeed(long s) {
        return new CheckSettings(symbolic, numeric, s, points, digits, timeout, claimTimeout);
    }

    public CheckSettings withBackends(SymbolicBackend s, NumericBackend n) {
        return new CheckSettings(s, n, seed, points, digits, timeout, claimTimeout);
    }

    public CheckSettings withClaimTimeout(Duration t) {
        return new CheckSettings(symbolic, numeric, seed, points, digits, timeout, t);
    }
}
