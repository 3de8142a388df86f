package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * Honesty sweep of the fast 30-digit path ({@link FastPreciseZipfSums}) on seeded random parameters in the
 * supported ranges of README: whenever it answers, {@code |fast - reference| <= reported bound}, the
 * reference being an independent computation in Apfloat (Apfloat's Gamma and sin at 80 digits for the
 * Mellin closed forms; the Apfloat path of {@link PreciseZipfSums} at 60 digits, error about 1e-68, for
 * the sums). Also checks that the path does answer on the benchmark's cases (so the sweep is not vacuous).
 */
class FastPreciseHonestyTest {
    private static final long PREC = 80;

    private static void assertHonest(Optional<PreciseEstimate> fast, Apfloat reference, double referenceError, String what) {
        if (fast.isEmpty()) {
            return;
        }
        PreciseEstimate e = fast.get();
        double diff = ApfloatMath.abs(e.value().subtract(reference)).doubleValue();
        assertTrue(diff <= e.error().doubleValue() + referenceError,
                what + ": |fast - reference| = " + diff + " > bound " + e.error());
    }

    /** A decimal with the given places strictly inside (lo, hi). */
    private static String decimal(Random rnd, double lo, double hi, int places) {
        while (true) {
            BigDecimal v = new BigDecimal(lo + rnd.nextDouble() * (hi - lo)).setScale(places, java.math.RoundingMode.HALF_EVEN);
            if (v.doubleValue() > lo && v.doubleValue() < hi) {
                return v.toPlainString();
            }
        }
    }

    @Test
    void mellin_closedForms_withinTheirBounds() {
        Random rnd = new Random(31);
        int answered = 0;
        for (int i = 0; i < 2000; i++) {
            boolean gauss = i % 2 == 0;
            String s = gauss ? decimal(rnd, 0.001, 20, 1 + i % 9) : decimal(rnd, 0.001, 0.999, 1 + i % 9);
            Apfloat sa = new Apfloat(new BigDecimal(s), PREC);
            Optional<PreciseEstimate> f = FastPreciseZipfSums.mellin(gauss ? NamedKernel.GAUSS : NamedKernel.INV1PU, sa, 30);
            Apfloat ref = gauss ? ApfloatMath.gamma(sa.divide(new Apfloat(2, PREC))).divide(new Apfloat(2, PREC))
                    : ApfloatMath.pi(PREC).divide(ApfloatMath.sin(ApfloatMath.pi(PREC).multiply(sa)));
            assertHonest(f, ref, 0, (gauss ? "gauss" : "inv1pu") + " s=" + s);
            answered += f.isPresent() ? 1 : 0;
        }
        assertTrue(answered > 1500, "the fast path answered only " + answered + " of 2000");
    }

    @Test
    void tailAndZeta_withinTheirBounds() {
        Random rnd = new Random(32);
        int answered = 0;
        for (int i = 0; i < 120; i++) {
            String alpha = decimal(rnd, 1.001, i % 4 == 0 ? 100 : 4, 1 + i % 6);
            String m = new BigDecimal(Math.floor(Math.exp(rnd.nextDouble() * 34))).toPlainString();
            Apfloat a = new Apfloat(alpha, PREC);
            Apfloat ma = new Apfloat(m, PREC);
            Optional<PreciseEstimate> f = FastPreciseZipfSums.tail(a, ma, 30);
            assertHonest(f, PreciseZipfSums.tail(a, ma, 60).value(), 1e-60, "tail alpha=" + alpha + " M=" + m);
            Optional<PreciseEstimate> z = FastPreciseZipfSums.zeta(a, 30);
            assertHonest(z, HurwitzZeta.riemann(a, 60).value(), 1e-60, "zeta alpha=" + alpha);
            answered += f.isPresent() ? 1 : 0;
        }
        assertTrue(answered > 60, "the fast path answered only " + answered + " of 120");
    }

    @Test
    void missingMass_withinItsBound() {
        String[][] fixed = {{"2", "1e6"}, {"1.5", "1e12"}, {"3", "1e9"}};
        for (String[] c : fixed) {
            Apfloat a = new Apfloat(c[0], PREC);
            Apfloat d = new Apfloat(c[1], PREC);
            Optional<PreciseEstimate> f = FastPreciseZipfSums.missing(a, d, 30);
            assertTrue(f.isPresent(), "benchmark case " + String.join(",", c) + " fell back");
            assertHonest(f, PreciseZipfSums.missing(a, d, 60).value(), 1e-60, String.join(",", c));
        }
        Random rnd = new Random(34);
        for (int i = 0; i < 8; i++) {
            String alpha = decimal(rnd, 1.05, 6, 2);
            String d = new BigDecimal(Math.exp(rnd.nextDouble() * 60)).round(new java.math.MathContext(3)).toPlainString();
            Apfloat a = new Apfloat(alpha, PREC);
            Apfloat da = new Apfloat(d, PREC);
            assertHonest(FastPreciseZipfSums.missing(a, da, 30), PreciseZipfSums.missing(a, da, 60).value(), 1e-60,
                    "missing alpha=" + alpha + " D=" + d);
        }
    }

    @Test
    void expKernelSums_withinTheirBounds() {
        Random rnd = new Random(33);
        String[][] fixed = {{"1.5", "1", "1e9"}, {"1.1", "1", "1e12"}, {"2", "0.5", "1e9"}, {"1.5", "2", "1e6"}};
        for (String[] c : fixed) {
            Apfloat a = new Apfloat(c[0], PREC);
            Apfloat b = new Apfloat(c[1], PREC);
            Apfloat t = new Apfloat(c[2], PREC);
            Optional<PreciseEstimate> f = FastPreciseZipfSums.expKernel(a, b, t, 30);
            assertTrue(f.isPresent(), "benchmark case " + String.join(",", c) + " fell back");
            assertHonest(f, PreciseZipfSums.dynsum(a, b, new Apfloat(1), t, 60).value(), 1e-60, String.join(",", c));
        }
        for (int i = 0; i < 8; i++) {
            String alpha = decimal(rnd, 1.05, 4, 2);
            String beta = decimal(rnd, 0.3, 3, 2);
            String tau = new BigDecimal(Math.exp(rnd.nextDouble() * 30)).round(new java.math.MathContext(3)).toPlainString();
            Apfloat a = new Apfloat(alpha, PREC);
            Apfloat b = new Apfloat(beta, PREC);
            Apfloat t = new Apfloat(tau, PREC);
            Optional<PreciseEstimate> f = FastPreciseZipfSums.expKernel(a, b, t, 30);
            assertHonest(f, PreciseZipfSums.dynsum(a, b, new Apfloat(1), t, 60).value(), 1e-60,
                    "dynsum alpha=" + alpha + " beta=" + beta + " tau=" + tau);
        }
    }
}
