package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CI-sized sample of the honesty sweep {@link FastPreciseSweep} (bench/honesty_sweep runs thousands of
 * draws per kind): every double-double answer within its bound of the 40-digit Apfloat reference, no
 * reference failure, and the double-double path answering at least the given share of the draws (so that
 * the sample is not vacuous). Seed 5, unlike the big sweep's 17.
 */
class FastPreciseSweepTest {

    @ParameterizedTest
    @CsvSource({
        // kind, draws, least number answered by the double-double path
        "zeta, 20, 10",
        "tail, 20, 8",
        "power, 20, 12",
        "powerlog, 10, 6",
        "expsum, 6, 2",
        "dynsum, 6, 1",
        "missing, 2, 0",
    })
    void sample_noBoundBelowTheTrueError(String kind, int draws, int leastAnswered) {
        FastPreciseSweep.Result r = FastPreciseSweep.run(kind, draws, 5);
        assertEquals(0, r.violations, () -> r + "\n" + String.join("\n", r.failures));
        assertEquals(0, r.referenceFailed, () -> r + "\n" + String.join("\n", r.failures));
        assertEquals(0, r.crashed, () -> r + "\n" + String.join("\n", r.failures));
        assertTrue(r.answered >= leastAnswered, () -> r.toString());
    }
}
