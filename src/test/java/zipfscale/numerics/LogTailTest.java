package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tail with a log factor, {@code sum_{k>M} k^-alpha (log k)^c}. For c = 1 it is
 * {@code -d/ds zeta(s, M+1)} at s = alpha, and for c = 2 the second derivative: computed independently from
 * Apfloat's own Hurwitz zeta at 50 digits by central differences with h = 1e-12 (truncation error
 * ~ h^2 |zeta'''| ~ 1e-24 relative, rounding 1e-50/h^2 = 1e-26). Tolerance 1e-11: the double engine's
 * contract (1e-12) with room for the derivative of a tail whose terms vary over 15 decades.
 */
class LogTailTest {
    private static final Tolerance TOL = Tolerance.relative(1e-11);

    @ParameterizedTest
    @CsvSource({"1.5, 1, 1000", "2.3, 1, 1e6", "3, 2, 100", "1.2, 2, 1e9", "2, 1, 1e15"})
    void logTail_isMinusTheDerivativeOfHurwitzZeta(double alpha, int c, double m) {
        long prec = 50;
        Apfloat s = PreciseDigits.exact(alpha, prec);
        Apfloat a = PreciseDigits.exact(m + 1, prec);
        Apfloat h = new Apfloat("1e-12", prec);
        Apfloat up = ApfloatMath.zeta(s.add(h), a);
        Apfloat down = ApfloatMath.zeta(s.subtract(h), a);
        Apfloat expected;
        if (c == 1) {
            expected = down.subtract(up).divide(h.multiply(new Apfloat(2, prec)));
        } else {
            Apfloat mid = ApfloatMath.zeta(s, a);
            expected = up.add(down).subtract(mid.multiply(new Apfloat(2, prec))).divide(h.multiply(h));
        }
        double actual = RegularlyVaryingSums.logTail(alpha, c, m).value();
        double want = expected.doubleValue();
        assertTrue(TOL.accepts(actual, want), TOL.describe(actual, want));
        assertFalse(TOL.accepts(actual * (1 + 1e-10), want), "perturbed value accepted");
    }
}
