package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * {@link StieltjesZeta} against independent values: the Euler-Maclaurin zeta in Apfloat at 45 digits
 * ({@link HurwitzZeta}'s precise mode, no Laurent series; itself checked against {@code ApfloatMath.zeta}
 * in HurwitzZetaTest, which is too slow to call hundreds of times here), its central difference for
 * {@code -zeta'} (step {@code h = 1e-12 t}: truncation {@code h^2 zeta'''/6 ~ 1e-24/t^2}, 1e-24 relative,
 * and 12 of the 45 digits lost to cancellation), DLMF 25.6.1 ({@code zeta(2) = pi^2/6}) and Berndt's
 * bound on the table itself. Every reported bound must cover the true error (against the value at the
 * double s given); the error must stay below 1e-15 relative, the accuracy the Zipf sums rely on (the
 * bound is a few 1e-16 in the worst case, |t| = 1).
 */
class StieltjesZetaTest {
    private static final Tolerance DOUBLE = Tolerance.relative(1e-15);

    private static void assertHonest(Estimate e, Apfloat truth, String what) {
        BigDecimal t = new BigDecimal(truth.toString(true));
        BigDecimal diff = new BigDecimal(e.value()).subtract(t).abs();
        assertTrue(diff.compareTo(new BigDecimal(e.error())) <= 0, what + ": error " + diff + " above bound " + e.error());
        assertTrue(DOUBLE.accepts(e.value(), t.doubleValue()), what + ": " + DOUBLE.describe(e.value(), t.doubleValue()));
    }

    private static Apfloat zeta(Apfloat s) {
        PreciseEstimate e = HurwitzZeta.value(s, new Apfloat(1, 60), 45);
        assertTrue(e.error().compareTo(new Apfloat("1e-35", 10)) < 0, "reference bound " + e.error());
        return e.value();
    }

    private static Apfloat zeta(double s) {
        return zeta(new Apfloat(new BigDecimal(s), 60));
    }

    @Test
    void tableRespectsBerndtsBound() {
        // |gamma_n| <= 4 (n-1)!/pi^n (Berndt 1972), i.e. |a_n| <= 4/(n pi^n): the truncation bound rests on it
        for (int n = 1; n < StieltjesZeta.A.length; n++) {
            double bound = 4 / (n * Math.pow(Math.PI, n));
            assertTrue(Math.abs(StieltjesZeta.A[n]) <= bound, "a_" + n + " = " + StieltjesZeta.A[n] + " above " + bound);
        }
    }

    @Test
    void zetaOfTwo_isPiSquaredOverSix() {
        // DLMF 25.6.1; pi^2/6 in Apfloat at 50 digits
        Apfloat pi = ApfloatMath.pi(50);
        assertHonest(StieltjesZeta.zeta(2, "t"), pi.multiply(pi).divide(new Apfloat(6, 50)), "zeta(2)");
    }

    @Test
    void zetaOfOneHalf_matchesApfloatsOwnZeta() {
        // ApfloatMath.zeta at 30 digits: the continued function, computed without Euler-Maclaurin
        assertHonest(StieltjesZeta.zeta(0.5, "t"), ApfloatMath.zeta(new Apfloat("0.5", 30)), "zeta(1/2)");
    }

    /** 200 random s in (1, 2] (denser near the pole: t down to 2^-30) and 100 in [1/2, 1). */
    @Test
    void zeta_isHonestAgainstApfloat() {
        Random r = new Random(23);
        for (int i = 0; i < 300; i++) {
            double s = i < 200 ? 1 + Math.pow(2, -30 * r.nextDouble()) : 0.5 + 0.5 * r.nextDouble();
            if (!StieltjesZeta.supportsContinued(s)) {
                continue;
            }
            assertHonest(StieltjesZeta.zeta(s, "t"), zeta(s), "zeta(" + s + ")");
        }
    }

    /** 100 random s in (1, 2] (t down to 2^-20) and s = 2, against a central difference in Apfloat. */
    @Test
    void minusDerivative_isHonestAgainstApfloat() {
        Random r = new Random(29);
        for (int i = 0; i < 100; i++) {
            double s = i == 0 ? 2 : 1 + Math.pow(2, -20 * r.nextDouble());
            if (!StieltjesZeta.supports(s)) {
                continue;
            }
            Apfloat sa = new Apfloat(new BigDecimal(s), 60);
            Apfloat h = new Apfloat(new BigDecimal(s - 1), 60).multiply(new Apfloat("1e-12", 60));
            Apfloat diff = zeta(sa.subtract(h)).subtract(zeta(sa.add(h)));
            Apfloat truth = diff.divide(h.multiply(new Apfloat(2, 60)));
            assertHonest(StieltjesZeta.minusDerivative(s, "t"), truth, "-zeta'(" + s + ")");
        }
    }
}
