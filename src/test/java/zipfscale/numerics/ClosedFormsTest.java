package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closed forms as independent checks: the alpha = 2 tail is {@code trigamma(M+1)/zeta(2)}; Mellin
 * transforms of the named kernels (eq. (28)) are Gamma(s), Gamma(s/2)/2, pi/sin(pi s),
 * (1-s) pi/sin(pi s), 1/s and, for the Poisson kernel, {@code sum_{j<K} Gamma(s+j)/j! = Gamma(s+K)/(s (K-1)!)}.
 * Expected values come from Commons Math (Gamma, trigamma: about 1e-15 relative) or from Apfloat's
 * gamma at 40 digits. The named kernels' constants are checked on the quadrature itself (MellinTransform
 * returns {@link MellinClosedForm} for them, tested against Apfloat in MellinClosedFormTest).
 */
class ClosedFormsTest {
    /** Commons Math Gamma/trigamma are good to a few 1e-15; 1e-12 is the engine's contract. */
    private static final Tolerance DOUBLE = Tolerance.relative(1e-12);
    /** Apfloat gamma at 40 digits vs our 30-digit mode. */
    private static final Tolerance PRECISE = Tolerance.relative(1e-25);

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 5, 10, 100, 1e4, 1e8, 1e12})
    void tailAtAlpha2_isTrigammaOverZeta2(double m) {
        double expected = Gamma.trigamma(m + 1) / (Math.PI * Math.PI / 6);
        Estimate t = ZipfSums.tail(2, m);
        assertTrue(DOUBLE.accepts(t.value(), expected), DOUBLE.describe(t.value(), expected));
        assertFalse(DOUBLE.accepts(t.value() * (1 + 1e-11), expected));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 1.7, 3.5})
    void mellinExp_isGamma(double s) {
        check(MellinQuadrature.integrate(NamedKernel.EXP, s, Double.POSITIVE_INFINITY), Gamma.gamma(s));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 1.7, 3.5})
    void mellinGauss_isHalfGammaOfHalf(double s) {
        check(MellinQuadrature.integrate(NamedKernel.GAUSS, s, Double.POSITIVE_INFINITY), Gamma.gamma(s / 2) / 2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.5, 0.9})
    void mellinInv1pu_isPiOverSin(double s) {
        check(MellinQuadrature.integrate(NamedKernel.INV1PU, s, Double.POSITIVE_INFINITY), Math.PI / Math.sin(Math.PI * s));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.9, 1.5, 1.9})
    void mellinInv1pu2_isOneMinusSTimesPiOverSin(double s) {
        check(MellinQuadrature.integrate(NamedKernel.INV1PU2, s, Double.POSITIVE_INFINITY), (1 - s) * Math.PI / Math.sin(Math.PI * s));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 2.5})
    void mellinStep_isOneOverS(double s) {
        check(MellinTransform.mellin(NamedKernel.STEP, s), 1 / s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 10})
    void mellinPoisson_isGammaSPlusKOverSFactorial(int k) {
        for (double s : new double[] {0.1, 0.5, 0.9, 2.2}) {
            double expected = Gamma.gamma(s + k) / (s * CombinatoricsUtils.factorialDouble(k - 1));
            check(MellinTransform.mellin(new PoissonKernel(k), s), expected);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += Gamma.gamma(s + j) / CombinatoricsUtils.factorialDouble(j);
            }
            assertTrue(Tolerance.relative(1e-13).accepts(sum, expected), "the identity itself");
        }
    }

    @Test
    void preciseMellin_matchesApfloatGamma() {
        long p = 45;
        Apfloat s = new Apfloat("0.3", p);
        PreciseEstimate e = MellinTransform.mellin(NamedKernel.EXP, s, 30);
        Apfloat expected = ApfloatMath.gamma(s);
        assertTrue(PRECISE.accepts(new BigDecimal(e.value().toString(true)), new BigDecimal(expected.toString(true))));
        PreciseEstimate g = MellinTransform.mellin(new PoissonKernel(4), new Apfloat("1.3", p), 30);
        Apfloat exp4 = ApfloatMath.gamma(new Apfloat("5.3", p)).divide(new Apfloat("1.3", p).multiply(new Apfloat(6, p)));
        assertTrue(PRECISE.accepts(new BigDecimal(g.value().toString(true)), new BigDecimal(exp4.toString(true))));
    }

    private static void check(Estimate e, double expected) {
        assertTrue(DOUBLE.accepts(e.value(), expected), DOUBLE.describe(e.value(), expected));
        assertTrue(Math.abs(e.value() - expected) <= e.error() + 4e-15 * Math.abs(expected),
                "bound " + e.error() + " vs error " + Math.abs(e.value() - expected));
        assertFalse(DOUBLE.accepts(e.value() * (1 + 1e-11), expected), "perturbed value accepted");
    }
}
