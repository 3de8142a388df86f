package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the 40-digit evaluator against Apfloat's own functions (different algorithms:
 * Borwein's alternating series for zeta, Apfloat's Gamma, exp and log) evaluated at 60 digits on the same
 * 40-digit arguments. Tolerance 1e-38 relative: the result is rounded to 40 significant digits (at most
 * 1e-39 relative) and the 60-digit reference is exact to far below that.
 */
class PreciseFunctionsTest {
    private static final Tolerance FORTY_DIGITS = Tolerance.relative(1e-38);
    private static final long DIGITS = 40;
    private static final long REFERENCE = 60;

    private static Apfloat at40(double v) {
        return new Apfloat(new BigDecimal(v), DIGITS);
    }

    private static void agree(Apfloat ours, Apfloat reference, String what) {
        BigDecimal o = new BigDecimal(ours.toString(true));
        BigDecimal r = new BigDecimal(reference.toString(true));
        assertTrue(FORTY_DIGITS.accepts(o, r), what + ": " + o + " vs " + r);
    }

    private static Apfloat nonNull(Apfloat v) {
        assertNotNull(v, "the fast path declined");
        return v;
    }

    private static void compareUnary(String name, int n, java.util.function.DoubleSupplier draw,
            UnaryOperator<Apfloat> ours, UnaryOperator<Apfloat> reference) {
        for (int i = 0; i < n; i++) {
            Apfloat x = at40(draw.getAsDouble());
            agree(ours.apply(x), reference.apply(x.precision(REFERENCE)), name + "(" + x + ")");
        }
    }

    @Test
    void zeta_agreesWithApfloat_fromNearThePoleToLargeS() {
        SplittableRandom random = new SplittableRandom(11);
        // the Euler-Maclaurin path itself (non-null: no fallback to Apfloat's zeta), then through the memo
        compareUnary("zeta", 6, () -> 1 + Math.pow(10, -9 + 11 * random.nextDouble()),
                x -> nonNull(PreciseFunctions.eulerMaclaurinZeta(x, new Apfloat(1), DIGITS)), ApfloatMath::zeta);
        Apfloat s = at40(1.25);
        agree(PreciseFunctions.zeta(s, DIGITS), ApfloatMath.zeta(s.precision(REFERENCE)), "zeta(1.25)");
    }

    @Test
    void hurwitzZeta_agreesWithApfloat() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 5; i++) {
            Apfloat s = at40(1 + Math.pow(10, -6 + 7 * random.nextDouble()));
            Apfloat a = at40(Math.pow(10, -2 + 8 * random.nextDouble()));
            agree(nonNull(PreciseFunctions.eulerMaclaurinZeta(s, a, DIGITS)),
                    ApfloatMath.zeta(s.precision(REFERENCE), a.precision(REFERENCE)), "zeta(" + s + ", " + a + ")");
        }
    }

    @Test
    void gamma_agreesWithApfloat_onBothSidesOfZero() {
        SplittableRandom random = new SplittableRandom(13);
        compareUnary("gamma", 40, () -> random.nextDouble() < 0.25 ? -30 * random.nextDouble()
                : Math.pow(10, -8 + 11 * random.nextDouble()), x -> nonNull(PreciseFunctions.stirlingGamma(x, DIGITS)), ApfloatMath::gamma);
        Apfloat x = at40(-2.5);
        agree(PreciseFunctions.gamma(x, DIGITS), ApfloatMath.gamma(x.precision(REFERENCE)), "gamma(-2.5)");
        // far left of 0 the shift would take thousands of factors: Apfloat's Gamma itself instead (which is
        // good to only about 36 digits there, so the 60-digit comparison above does not apply)
        Apfloat farLeft = at40(-2500.5);
        assertNull(PreciseFunctions.stirlingGamma(farLeft, DIGITS));
        assertEquals(ApfloatMath.gamma(farLeft), PreciseFunctions.gamma(farLeft, DIGITS));
    }

    @Test
    void expAndLog_agreeWithApfloat() {
        SplittableRandom random = new SplittableRandom(14);
        compareUnary("exp", 40, () -> (random.nextDouble() - 0.5) * Math.pow(10, -10 + 15 * random.nextDouble()),
                PreciseFunctions::exp, ApfloatMath::exp);
        compareUnary("log", 40, () -> Math.pow(10, -300 + 600 * random.nextDouble()),
                PreciseFunctions::log, ApfloatMath::log);
    }

    @Test
    void pow_agreesWithApfloat_upToHugeExponents() {
        SplittableRandom random = new SplittableRandom(15);
        BinaryOperator<Apfloat> reference = (b, x) -> ApfloatMath.exp(x.multiply(ApfloatMath.log(b)));
        for (int i = 0; i < 40; i++) {
            Apfloat b = at40(Math.pow(10, -40 + 80 * random.nextDouble()));
            Apfloat x = at40((random.nextDouble() - 0.5) * Math.pow(10, -3 + 8 * random.nextDouble()));
            agree(PreciseFunctions.pow(b, x), reference.apply(b.precision(REFERENCE + 10), x.precision(REFERENCE + 10)),
                    b + "^" + x);
        }
    }

    @Test
    void zeta_ofLargeS_bySummation_agreesWithApfloat() {
        // s >= 40: summed term by term (Euler-Maclaurin's terms grow there)
        for (double s : new double[] {40, 57.3, 962.96513601485458}) {
            Apfloat x = at40(s);
            agree(nonNull(PreciseFunctions.eulerMaclaurinZeta(x, new Apfloat(1), DIGITS)),
                    ApfloatMath.zeta(x.precision(REFERENCE)), "zeta(" + s + ")");
            Apfloat a = at40(0.37);
            agree(nonNull(PreciseFunctions.eulerMaclaurinZeta(x, a, DIGITS)),
                    ApfloatMath.zeta(x.precision(REFERENCE), a.precision(REFERENCE)), "zeta(" + s + ", 0.37)");
        }
    }

    @Test
    void sinAndCos_agreeWithApfloat() {
        SplittableRandom random = new SplittableRandom(16);
        compareUnary("sin", 30, () -> (random.nextDouble() - 0.5) * Math.pow(10, -6 + 10 * random.nextDouble()),
                x -> PreciseFunctions.sinCos(x, false), ApfloatMath::sin);
        compareUnary("cos", 30, () -> (random.nextDouble() - 0.5) * Math.pow(10, -6 + 10 * random.nextDouble()),
                x -> PreciseFunctions.sinCos(x, true), ApfloatMath::cos);
    }

    @Test
    void memo_returnsTheSameValueForTheSameArgument() {
        Apfloat s = at40(1.7);
        Apfloat first = PreciseFunctions.zeta(s, DIGITS);
        assertSame(first, PreciseFunctions.zeta(at40(1.7), DIGITS));
        // a different precision of the argument is a different key (Apfloat results follow it)
        assertEquals(20, PreciseFunctions.zeta(s.precision(20), DIGITS).precision());
    }

    @Test
    void aPowerOfABaseNextToOneKeepsTheWorkingPrecision() {
        // (1 - q)^D = exp(D log(1 - q)) = 1 - D q + O(q^2); at q = 5e-36, D = 1 it is 1 - 5e-36 to 1e-71. Apfloat gave
        // log(1 - q) 4 digits of precision and exp of it was evaluated at that precision: 1 - 1e-17 came out
        java.util.Map<String, java.math.BigDecimal> at = java.util.Map.of("q", new java.math.BigDecimal("5E-36"),
                "D", java.math.BigDecimal.ONE);
        org.apfloat.Apfloat v = PreciseEvaluator.evaluate(zipfscale.cas.ExpressionReader.read("(1 - q)^D", "t", 1, 1), at, 40);
        org.apfloat.Apfloat expected = new org.apfloat.Apfloat("0.999999999999999999999999999999999995", 60);
        org.junit.jupiter.api.Assertions.assertTrue(org.apfloat.ApfloatMath.abs(v.subtract(expected))
                .compareTo(new org.apfloat.Apfloat("1e-38")) < 0, "40 digits of 1 - 5e-36: " + v);
    }

    @Test
    void aLogarithmNextToOneKeepsItsDigits() {
        // log(1 - d) = -d - d^2/2 - ... ; at d = 1.875e-42 (a 40-digit Cm/Cm) Newton's steps cancelled to a few
        // digits and the result was -1e-17; the series of log1p keeps the full precision (reference: the series)
        Apfloat d = new Apfloat("1.875e-42", 60);
        Apfloat x = new Apfloat(1, 60).subtract(d).precision(45);
        Apfloat expected = d.negate().subtract(d.multiply(d).divide(new Apfloat(2, 60)));
        Apfloat got = PreciseFunctions.log(x);
        assertTrue(ApfloatMath.abs(got.subtract(expected)).compareTo(new Apfloat("1e-85")) < 0, "log(1 - 1.875e-42) = " + got);
        // and the same away from 1 still agrees with Apfloat's own logarithm
        Apfloat y = new Apfloat("0.7", 45);
        assertTrue(ApfloatMath.abs(PreciseFunctions.log(y).subtract(ApfloatMath.log(y))).compareTo(new Apfloat("1e-43")) < 0);
    }
}
