package zipfscale.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtrapolationFitTest {
    private static final double A = 100;
    private static final double B = -0.15;
    private static final double C = 1.7;

    /** 40 log-spaced rows of a C^b + c over [1e12, 1e20], times 1 + noise z (z standard normal, seeded). */
    private static double[][] rows(double noise, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e12 * Math.pow(1e8, i / 39.0);
            y[i] = (A * Math.pow(x[i], B) + C) * (1 + noise * rng.nextGaussian());
        }
        return new double[][] {x, y};
    }

    @Test
    void exactPowerLawPlusNoise_recoversABC() {
        double[][] r = rows(1e-4, 11);
        ExtrapolationFit.Result f = ExtrapolationFit.fit(r[0], r[1], 5, 200);
        // expected values: the generating law; tolerance: at 1e-4 relative noise over 8 decades the exponent is
        // pinned to about 1e-3 (its bootstrap interval below is the check that this is not luck)
        assertEquals(B, f.b().value(), 2e-3);
        assertEquals(C, f.c().value(), 2e-3);
        assertEquals(A, f.a().value(), 0.05 * A);
        assertTrue(f.b().lower() <= B && B <= f.b().upper(), "b's 95% interval " + f.b() + " holds " + B);
        assertTrue(f.c().lower() <= C && C <= f.c().upper(), "c's 95% interval " + f.c() + " holds " + C);
        // the residual sd estimates the noise: 40 draws give it to about 1/sqrt(2*37) = 12%
        assertEquals(1e-4, f.residualSd(), 0.35e-4);
    }

    @Test
    void sameSeed_sameFitAndIntervals_otherSeed_otherIntervals() {
        double[][] r = rows(3e-3, 3);
        ExtrapolationFit.Result one = ExtrapolationFit.fit(r[0], r[1], 9, 100);
        ExtrapolationFit.Result two = ExtrapolationFit.fit(r[0], r[1], 9, 100);
        assertEquals(one.a(), two.a());
        assertEquals(one.b(), two.b());
        assertEquals(one.predict(1e24, 4), two.predict(1e24, 4));
        assertArrayEquals(one.theta(), two.theta());
        ExtrapolationFit.Result other = ExtrapolationFit.fit(r[0], r[1], 10, 100);
        assertTrue(other.b().lower() != one.b().lower(), "the bootstrap depends on its seed");
    }

    @Test
    void predictionInterval_widensWithDistance_andHoldsTheLawAt1e24() {
        double[][] r = rows(3e-3, 21);
        ExtrapolationFit.Result f = ExtrapolationFit.fit(r[0], r[1], 1, 400);
        ExtrapolationFit.Prediction near = f.predict(1e21, 2);
        ExtrapolationFit.Prediction far = f.predict(1e24, 2);
        assertTrue(far.relativeBound() > near.relativeBound(), near + " vs " + far);
        double truth = A * Math.pow(1e24, B) + C;
        assertTrue(far.lower() <= truth && truth <= far.upper(), far + " holds " + truth);
        // the interval holds the noise of a new observation: at least about 1.96 sigma wide on each side
        assertTrue(near.relativeBound() >= 1.5 * 3e-3, near.toString());
    }

    @Test
    void predictionInterval_coversTheLawAtAboutItsNominalRate() {
        int covered = 0;
        int runs = 40;
        for (int seed = 100; seed < 100 + runs; seed++) {
            double[][] r = rows(3e-3, seed);
            ExtrapolationFit.Prediction p = ExtrapolationFit.fit(r[0], r[1], seed, 200).predict(1e22, seed);
            double truth = A * Math.pow(1e22, B) + C;
            covered += p.lower() <= truth && truth <= p.upper() ? 1 : 0;
        }
        // nominal 95%: 40 runs give fewer than 34 covered with probability about 1% (binomial), and an
        // interval that ignored parameter uncertainty (noise only) covers far less at two decades out
        assertTrue(covered >= 34, covered + " of " + runs);
    }
}
