package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * exp, log and pow of {@link DDElementary} against Apfloat at 80 digits (an independent computation) on
 * seeded random arguments: the exact value lies in the returned ball every time (the soundness contract),
 * and the radius is at most 1e-30 of the value where the function is well conditioned (the precision
 * claim: double-double rounding is 2^-106 ~ 1.2e-32 per operation, a few dozen operations at most).
 */
class DDElementaryTest {
    private static final long PREC = 80;

    static Apfloat ap(DDBall b) {
        return new Apfloat(b.mid.exact(), PREC);
    }

    static void assertContains(DDBall b, Apfloat exact, String what) {
        double diff = ApfloatMath.abs(ap(b).subtract(exact)).doubleValue();
        assertTrue(diff <= b.rad, what + ": |error| " + diff + " > radius " + b.rad);
    }

    static void assertTight(DDBall b, Apfloat exact, double rel, String what) {
        assertTrue(b.rad <= rel * Math.abs(exact.doubleValue()), what + ": radius " + b.rad + " above " + rel + " relative");
    }

    @Test
    void exp_containsApfloat_andReaches30Digits() {
        Random rnd = new Random(17);
        for (int i = 0; i < 600; i++) {
            double x = (rnd.nextDouble() * 2 - 1) * (i % 3 == 0 ? 700 : 40);
            DDBall b = DDElementary.exp(DDBall.exact(x));
            Apfloat e = ApfloatMath.exp(new Apfloat(new BigDecimal(x), PREC));
            assertContains(b, e, "exp(" + x + ")");
            if (x > -600) {
                // below e^-600 the absolute 2^-1000 per operation (underflow of the low word) dominates
                assertTight(b, e, 1e-30, "exp(" + x + ")");
            }
        }
    }

    @Test
    void log_containsApfloat_andReaches30Digits() {
        Random rnd = new Random(18);
        for (int i = 0; i < 600; i++) {
            BigDecimal x = new BigDecimal(Math.exp((rnd.nextDouble() * 2 - 1) * 60)).add(new BigDecimal("1e-40"));
            DDBall xb = DDBall.of(x);
            DDBall b = DDElementary.log(xb);
            Apfloat e = ApfloatMath.log(new Apfloat(xb.mid.exact(), PREC));
            assertContains(b, e, "log(" + x + ")");
            if (Math.abs(e.doubleValue()) > 0.01) {
                assertTight(b, e, 1e-30, "log(" + x + ")");
            }
        }
    }

    @Test
    void pow_containsApfloat_andReaches30Digits() {
        Random rnd = new Random(19);
        for (int i = 0; i < 600; i++) {
            double x = Math.exp((rnd.nextDouble() * 2 - 1) * 35);
            String y = String.format("%.6f", (rnd.nextDouble() * 2 - 1) * 8);
            DDBall yb = DDBall.of(new BigDecimal(y));
            DDBall b = DDElementary.pow(DDBall.exact(x), yb);
            Apfloat e = ApfloatMath.pow(new Apfloat(new BigDecimal(x), PREC), new Apfloat(new BigDecimal(y), PREC));
            assertContains(b, e, x + "^" + y);
            // tight when the exponent is exact (the decimal's representation error times |log x| is real)
            if (yb.rad == 0) {
                assertTight(b, e, 1e-30, x + "^" + y);
            }
        }
    }

    @Test
    void exp_ofABall_widensByItsRadius() {
        DDBall x = DDBall.of(DoubleDouble.of(1.0), 1e-20);
        DDBall b = DDElementary.exp(x);
        Apfloat e = ApfloatMath.exp(new Apfloat(new BigDecimal("1.00000000000000000001"), PREC));
        assertContains(b, e, "exp(1 + 1e-20)");
        assertTrue(b.rad >= 2.7e-20, "the radius carries e * 1e-20");
    }

    /**
     * A subnormal argument (found by the honesty sweep: dynsum's incomplete Gamma took pow(u, s) at u ~ 1e-310,
     * and an index outside the exp table escaped as ArrayIndexOutOfBoundsException) is refused with the
     * ArithmeticException the callers fall back on.
     */
    @Test
    void subnormalArguments_refusedAsArithmetic() {
        DDBall tiny = DDBall.exact(Double.MIN_NORMAL / 3);
        assertThrows(ArithmeticException.class, () -> DDElementary.pow(tiny, DDBall.exact(0.75)));
        assertThrows(ArithmeticException.class, () -> DDElementary.log(tiny));
    }
}
