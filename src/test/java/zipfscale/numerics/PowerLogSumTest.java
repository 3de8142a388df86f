package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Sum;

/**
 * {@link PowerLogSum} against independent values: mpmath at 45 digits ({@code zeta(s, lo) - zeta(s, hi+1)},
 * harmonic numbers, {@code -zeta(s, lo, derivative=1)}), Apfloat's own {@code ApfloatMath.zeta(s, a)} at
 * 40 digits, and Apfloat sums added term by term; the reported bound must cover the true error every time,
 * and the error must stay below 1e-14 relative (the bound is a few 1e-16 where nothing cancels).
 */
class PowerLogSumTest {
    private static final Tolerance DOUBLE = Tolerance.relative(1e-14);

    private static void assertHonest(Estimate e, BigDecimal truth, String what) {
        double t = truth.doubleValue();
        BigDecimal diff = new BigDecimal(e.value()).subtract(truth).abs();
        assertTrue(diff.compareTo(new BigDecimal(e.error())) <= 0, what + ": error " + diff + " above bound " + e.error());
        assertTrue(DOUBLE.accepts(e.value(), t), what + ": " + DOUBLE.describe(e.value(), t));
    }

    @ParameterizedTest
    @CsvSource({
        // s, lo, hi, value (mpmath 45 digits: zeta(s, lo) - zeta(s, hi+1); s = 1: harmonic(hi) - harmonic(lo-1))
        "0.5, 1, 1e15, 63245551.74301309364177935884105056053787",
        "-0.5, 1, 1e6, 666667166.4588221083559787667951932746031",
        "1, 1, 1e12, 28.20823678083058106882240946296143958892",
        "0.99, 1, 1e9, 23.60336410412509956088239817069529381379",
        "1.0000001, 1, 1e15, 35.11593242080873058200804820248193600735",
        "2, 3, 1000, 0.3939345666815598031390580238222155896521",
        "-2, 1, 100000, 333338333350000",
        "0.25, 17, 9007199254740992, 1232767181757.903919898316485133869412157",
    })
    void finitePowerSums_matchMpmath(double s, double lo, double hi, BigDecimal value) {
        assertHonest(PowerLogSum.sum(s, 0, lo, hi), value, "sum k^-" + s + " on [" + lo + ", " + hi + "]");
    }

    @ParameterizedTest
    @CsvSource({
        // s, lo, value (mpmath 45 digits: -zeta(s, lo, derivative=1) = sum_{k>=lo} log(k) k^-s)
        "2, 1, 0.9375482543158437537025740945678649778979",
        // at the double nearest 1.1 (1.100000000000000088817...), which the sum is given: the slope
        // zeta''(1.1) ~ 2000 moves the value by 1.8e-13 from the one at 11/10, more than the bound
        "1.1, 1, 99.9281630757705447927661018468002581460577787",
        "3, 5, 0.04913265189840059534923021967646327460828",
        "7.5, 1, 0.004174847373018551039077508392291511936037",
        "1.5, 100, 1.32334154536071889384523528252583506206",
        "2, 1000000, 0.00001481551746572177233800466107002532646942",
    })
    void logPowerSums_matchMpmath(double s, double lo, BigDecimal value) {
        assertHonest(PowerLogSum.sum(s, 1, lo, Double.POSITIVE_INFINITY), value, "sum log k k^-" + s + " from " + lo);
    }

    /**
     * 100 random (s, a) against the 40-digit Hurwitz zeta in Apfloat ({@link HurwitzZeta}'s precise mode,
     * itself checked against {@code ApfloatMath.zeta} in HurwitzZetaTest).
     */
    @Test
    void hurwitzZetaOfWholeA_isHonestAgainstApfloat() {
        Random r = new Random(17);
        for (int i = 0; i < 100; i++) {
            double s = 1 + Math.pow(10, -4 + 5.5 * r.nextDouble()); // 1.0001 .. ~317, refused above 100
            double a = Math.floor(Math.pow(10, 12 * r.nextDouble()));
            if (!PowerLogSum.supports(s, 0, a, Double.POSITIVE_INFINITY)) {
                continue;
            }
            PreciseEstimate truth = HurwitzZeta.value(new Apfloat(new BigDecimal(s), 60), new Apfloat(new BigDecimal(a), 60), 40);
            assertHonest(PowerLogSum.zeta(s, a), new BigDecimal(truth.value().toString(true)), "zeta(" + s + ", " + a + ")");
        }
    }

    /**
     * 60 random sums from 1 to hi (hi from 100 to 1e15, s in [0.05, 2]: the Laurent series minus a
     * Hurwitz tail for s >= 1/2, the early cut-off n = 4 for large sums with s < 1/2) against
     * {@code zeta(s) - zeta(s, hi+1)} (DLMF 25.11.4) in Apfloat at 40 digits (HurwitzZeta's precise mode,
     * the continued functions for s < 1).
     */
    @Test
    void sumsFromOne_areHonestAgainstApfloatHurwitz() {
        Random r = new Random(31);
        for (int i = 0; i < 60; i++) {
            double s = 0.05 + 1.95 * r.nextDouble();
            double hi = Math.floor(Math.pow(10, 2 + 13 * r.nextDouble()));
            Apfloat sa = new Apfloat(new BigDecimal(s), 60);
            PreciseEstimate z = HurwitzZeta.value(sa, new Apfloat(1, 60), 40);
            PreciseEstimate t = HurwitzZeta.value(sa, new Apfloat(new BigDecimal(hi + 1), 60), 40);
            Apfloat truth = z.value().subtract(t.value());
            assertHonest(PowerLogSum.sum(s, 0, 1, hi), new BigDecimal(truth.toString(true)),
                    "sum k^-" + s + " on [1, " + hi + "]");
        }
    }

    /** 30 random short finite sums (33 to 300 terms, any real s in (-3, 6)) against Apfloat sums term by term. */
    @Test
    void finiteSums_areHonestAgainstDirectApfloatSums() {
        Random r = new Random(5);
        for (int i = 0; i < 30; i++) {
            double s = -3 + 9 * r.nextDouble();
            double lo = 1 + r.nextInt(60);
            double hi = lo + 32 + r.nextInt(268);
            Apfloat sum = new Apfloat(0, 40);
            Apfloat minusS = new Apfloat(new BigDecimal(-s), 40);
            for (long k = (long) lo; k <= (long) hi; k++) {
                sum = sum.add(ApfloatMath.exp(minusS.multiply(ApfloatMath.log(new Apfloat(k, 40)))));
            }
            assertHonest(PowerLogSum.sum(s, 0, lo, hi), new BigDecimal(sum.toString(true)),
                    "sum k^-" + s + " on [" + lo + ", " + hi + "]");
        }
    }

    @Test
    void generalSums_recogniseThePowerLogForm() {
        PowerLogForm f = PowerLogForm.match(ExpressionReader.read("3*Log(k)/k^2", "t", 1, 1), "k", Map.of());
        assertEquals(new PowerLogForm(3, 2, 1), f);
        assertEquals(new PowerLogForm(1, -0.5, 0), PowerLogForm.match(ExpressionReader.read("Sqrt(k)", "t", 1, 1), "k", Map.of()));
        assertEquals(null, PowerLogForm.match(ExpressionReader.read("Log(k)^2/k^2", "t", 1, 1), "k", Map.of()));
        assertEquals(null, PowerLogForm.match(ExpressionReader.read("1/(k+1)^2", "t", 1, 1), "k", Map.of()));
        Estimate e = GeneralSums.sum((Sum) ExpressionReader.read("Sum(Log(k)/k^2, {k, 1, Infinity})", "t", 1, 1), Map.of());
        // -zeta'(2), mpmath 45 digits
        assertHonest(e, new BigDecimal("0.9375482543158437537025740945678649778979"), "-zeta'(2)");
    }
}
