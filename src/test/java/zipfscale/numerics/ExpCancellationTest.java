package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;

/** Sums k*Exp(g) + o with o = -k are added without cancellation (k*expm1(g) + (k + o)). */
class ExpCancellationTest {
    private static double eval(String s, Map<String, Double> env) {
        return DoubleEvaluator.evaluate(ExpressionReader.read(s, "t", 1, 1), env);
    }

    // 1 - 2^(-1/L) at L = 1e15: the series Log(2)/L - Log(2)^2/(2 L^2) (the next term is 1e-31 relative);
    // 1e-14 relative: a few roundings in expm1 and Log. Added as written, the result would be off by ~4%.
    @Test
    void oneMinusTwoToMinusOneOverL_keepsItsDigits() {
        double l = 1e15;
        double expected = Math.log(2) / l - Math.log(2) * Math.log(2) / (2 * l * l);
        assertEquals(expected, eval("1 - 2^(-1/L)", Map.of("L", l)), 1e-14 * expected);
    }

    // U + U*Rs*(1 - Exp(-R/Rs)) - U at R = 1e-12, Rs = 15.39: U R (1 - R/(2 Rs)) to 1e-24 relative; the
    // inner pair is resolved, so the result keeps ~14 digits (tolerance 1e-13 relative).
    @Test
    void effectiveDataAtTinyR_isFirstOrderAccurate() {
        double r = 1e-12;
        double rs = 15.39;
        double expected = 3 * r * (1 - r / (2 * rs));
        assertEquals(expected, eval("U*Rs*(1 - Exp(-R/Rs))", Map.of("U", 3.0, "R", r, "Rs", rs)), 1e-13 * expected);
    }

    // No cancelling partner: 2 - Exp(1/x) is added as written (closed form 2 - e^0.5; one rounding).
    @Test
    void noPartner_sumAsWritten() {
        assertEquals(2 - Math.exp(0.5), eval("2 - Exp(1/x)", Map.of("x", 2.0)), 1e-15);
    }
}
