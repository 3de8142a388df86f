package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * The fixed-point exp, log and log1p against Apfloat's own {@code ApfloatMath.exp/log} (a different
 * algorithm: AGM logarithm and Newton's exp in radix 10) at {@code max(80, prec + 30)} digits, on random
 * arguments of {@code prec} random digits, {@code prec} in 20..120. The tolerance is the documented
 * contract: within 0.51 of a unit in the last ({@code prec}-th) digit of the result, plus the reference's
 * own error (below 10^-(reference digits - 2) relative, far under that unit).
 */
class BinaryElementaryTest {
    private static final double CONTRACT_ULPS = 0.51;

    /** A random {@code prec}-digit decimal with decimal exponent uniform in [lo, hi], negative if allowed. */
    private static Apfloat random(SplittableRandom r, long prec, int lo, int hi, boolean negative) {
        StringBuilder s = new StringBuilder(negative && r.nextBoolean() ? "-" : "");
        s.append(1 + r.nextInt(9)).append('.');
        for (int i = 1; i < prec; i++) {
            s.append(r.nextInt(10));
        }
        return new Apfloat(s.append('e').append(lo + r.nextInt(hi - lo + 1)).toString(), prec);
    }

    /** |ours - reference| in units of the last place of ours. */
    private static double ulps(Apfloat ours, Apfloat reference, long prec) {
        long common = Math.max(ours.precision(), reference.precision()) + 5;
        Apfloat diff = ApfloatMath.abs(ours.precision(common).subtract(reference.precision(common)));
        return diff.signum() == 0 ? 0 : diff.divide(new Apfloat("1e" + (ours.scale() - prec), 20)).doubleValue();
    }

    private static int checkContract(String name, int cases, long seed, int lo, int hi, boolean negative,
            BiFunction<Apfloat, Long, Apfloat> ours, UnaryOperator<Apfloat> reference) {
        SplittableRandom r = new SplittableRandom(seed);
        int computed = 0;
        for (int i = 0; i < cases; i++) {
            long prec = 20 + r.nextInt(101);
            Apfloat x = random(r, prec, lo, hi, negative);
            Apfloat v = ours.apply(x, prec);
            if (v == null) {
                continue;
            }
            computed++;
            assertEquals(prec, v.precision(), name + "(" + x + ") precision");
            Apfloat ref = reference.apply(x.precision(Math.max(80, prec + 30)));
            double u = ulps(v, ref, prec);
            assertTrue(u <= CONTRACT_ULPS, name + "(" + x + ") at " + prec + " digits: " + v + " vs " + ref + ", " + u + " ulps");
        }
        return computed;
    }

    @Test
    void exp_withinHalfAnUlp_fromTinyToLargeArguments_ofEitherSign() {
        // decimal exponents -40..3: |x| from 1e-40 to 9.99e3 (above 5000 through the power of ten)
        int n = checkContract("exp", 1000, 11, -40, 3, true, BinaryElementary::exp, ApfloatMath::exp);
        assertEquals(1000, n);
    }

    @Test
    void exp_withinHalfAnUlp_forHugeArguments_throughThePowerOfTen() {
        // |x| from 1e3 to 9.99e11 (e^x up to 10^(4.3e11)); the reference is exp at prec + 30 + 12 digits
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 150; i++) {
            long prec = 20 + r.nextInt(61);
            Apfloat x = random(r, prec, 3, 11, true);
            Apfloat v = nonNull(BinaryElementary.exp(x, prec));
            Apfloat ref = ApfloatMath.exp(x.precision(prec + 42));
            assertTrue(ulps(v, ref, prec) <= CONTRACT_ULPS, "exp(" + x + ") at " + prec + ": " + v + " vs " + ref);
        }
    }

    @Test
    void log_withinHalfAnUlp_fromTinyToHugeArguments() {
        int n = checkContract("log", 1500, 12, -299, 299, false, BinaryElementary::log, ApfloatMath::log);
        assertEquals(1500, n);
    }

    @Test
    void log_withinHalfAnUlp_nextToOne() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 1000; i++) {
            long prec = 20 + r.nextInt(101);
            // 1 + d with |d| from 1e-(prec-2) to 0.12: d has fewer digits than prec, so 1 + d is exact
            Apfloat d = random(r, 3, -(int) prec + 4, -2, true).precision(prec);
            Apfloat x = new Apfloat(1, prec).add(d);
            Apfloat v = nonNull(BinaryElementary.log(x, prec));
            Apfloat ref = ApfloatMath.log(x.precision(prec + 130));
            assertTrue(ulps(v, ref, prec) <= CONTRACT_ULPS, "log(" + x + "): " + v + " vs " + ref);
        }
    }

    @Test
    void log1p_withinHalfAnUlp_forSmallArgumentsOfEitherSign() {
        // |x| from 1e-60 to 0.0999: below 1/8 the series applies; x + 1 formed at 200 more digits is exact
        int n = checkContract("log1p", 1500, 14, -60, -2, true, BinaryElementary::log1p,
                x -> ApfloatMath.log(x.precision(x.precision() + 200).add(new Apfloat(1))).precision(x.precision()));
        assertEquals(1500, n);
    }

    @Test
    void declines_outsideItsRanges() {
        assertNull(BinaryElementary.exp(new Apfloat("2e12", 40), 40), "exp beyond 1e12");
        assertNull(BinaryElementary.exp(new Apfloat("-1e-400", 40), 40), "exp of a subnormal argument");
        assertNull(BinaryElementary.log(new Apfloat("1e400", 40), 40), "log beyond the double range");
        assertNull(BinaryElementary.log(new Apfloat("-2", 40), 40), "log of a negative number");
        assertNull(BinaryElementary.log1p(new Apfloat("0.2", 40), 40), "log1p at 1/8 or more");
    }

    @Test
    void elementary_agreesWithApfloat_onBothSidesOfTheFastPathLimits() {
        // through Elementary: fast path (40 digits) and the Apfloat fallback (250 digits)
        String[] args = {"0.5", "-3.25", "6000", "-1e-5", "17.125"};
        for (String a : args) {
            for (long prec : new long[] {40, 250}) {
                Apfloat x = new Apfloat(a, prec);
                Apfloat ref = ApfloatMath.exp(x.precision(prec + 30));
                assertTrue(ulps(Elementary.exp(x), ref, prec) <= 1.01, "exp(" + a + ") at " + prec);
            }
        }
        Apfloat x = new Apfloat("1e-3", 40);
        Apfloat ref = ApfloatMath.log(x.precision(70).add(new Apfloat(1)));
        assertTrue(ulps(Elementary.log1p(x), ref, 40) <= CONTRACT_ULPS, "log1p(1e-3)");
        assertTrue(ulps(Elementary.log(new Apfloat("1e400", 40)), ApfloatMath.log(new Apfloat("1e400", 70)), 40) <= 1.01,
                "log(1e400) by the fallback");
    }

    private static Apfloat nonNull(Apfloat v) {
        assertNotNull(v, "the fast path declined");
        return v;
    }
}
