package zipfscale.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 21's honesty sweep, in-suite size: 5 random draws per eval function across its supported range,
 * each against the 40-digit mode (expected values: the engine's Apfloat path at 40 digits, which is
 * tested against mpmath in ReferenceValuesTest; tolerance: the two printed bounds added, no slack, since
 * the bound is the promise), plus draws just outside every range (each must be a domain error). The larger
 * sweep runs with {@code bench/fuzz --sweep N}.
 */
class EvalHonestyTest {

    @Test
    void everyEvalFunction_keepsItsBoundInsideItsRange_andRefusesOutside() {
        HonestySweep.Result r = new HonestySweep().run(21, 5);
        assertTrue(r.failures.isEmpty(), String.join("\n", r.failures));
        // not vacuous: values were compared and outside draws were refused for every function
        assertTrue(r.compared >= 8 * 3, "compared " + r.compared);
        assertTrue(r.outsideRefused >= 8, "outside refused " + r.outsideRefused);
    }
}
