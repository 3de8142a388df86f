package zipfscale.numerics;

import static zipfscale.numerics.DDElementaryTest.assertContains;
import static zipfscale.numerics.DDElementaryTest.assertTight;

import java.math.BigDecimal;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * Gamma, sin(pi s) and the lower incomplete gamma of the fast path against Apfloat at 80 digits on seeded
 * random arguments: containment every time, radius at most 1e-30 relative (a few dozen double-double
 * operations at 2^-106 each).
 */
class DDGammaTest {
    private static final long PREC = 80;

    @Test
    void gamma_containsApfloat() {
        Random rnd = new Random(23);
        for (int i = 0; i < 150; i++) {
            String x = String.format("%.5f", 0.01 + rnd.nextDouble() * (i % 2 == 0 ? 3 : 55));
            DDBall b = DDGamma.gamma(DDBall.of(new BigDecimal(x)));
            Apfloat e = ApfloatMath.gamma(new Apfloat(new BigDecimal(x), PREC));
            assertContains(b, e, "Gamma(" + x + ")");
            if (Double.parseDouble(x) <= 10) {
                // beyond, the recurrence's product of up to 60 factors and the decimal's representation
                // error times the digamma function (about log x) take the radius past 1e-30
                assertTight(b, e, 1e-30, "Gamma(" + x + ")");
            }
        }
    }

    @Test
    void sinPi_containsApfloat() {
        Random rnd = new Random(24);
        for (int i = 0; i < 150; i++) {
            String s = String.format("%.6f", 0.001 + rnd.nextDouble() * 0.998);
            DDBall b = DDGamma.sinPi(DDBall.of(new BigDecimal(s)));
            Apfloat e = ApfloatMath.sin(ApfloatMath.pi(PREC).multiply(new Apfloat(new BigDecimal(s), PREC)));
            assertContains(b, e, "sin(pi " + s + ")");
            assertTight(b, e, 1e-30, "sin(pi " + s + ")");
        }
    }

    @Test
    void lowerIncompleteGamma_containsApfloat() {
        Random rnd = new Random(25);
        for (int i = 0; i < 60; i++) {
            String s = String.format("%.4f", 0.05 + rnd.nextDouble() * 5);
            double u = Math.exp((rnd.nextDouble() * 2 - 1) * 6);
            DDBall b = DDIncompleteGamma.lower(DDBall.of(new BigDecimal(s)), DDBall.exact(u));
            Apfloat sa = new Apfloat(new BigDecimal(s), PREC);
            Apfloat e = ApfloatMath.gamma(sa).subtract(ApfloatMath.gamma(sa, new Apfloat(new BigDecimal(u), PREC)));
            assertContains(b, e, "gamma(" + s + ", " + u + ")");
            if (u <= 20) {
                // beyond, the series' recursive terms (about u of them before the peak) accumulate a relative
                // rounding of some u * 3 * 2^-106 each: honest but above 1e-30 (the fast path then falls back)
                assertTight(b, e, 1e-30, "gamma(" + s + ", " + u + ")");
            }
        }
    }
}
