package zipfscale.check;

import java.util.SplittableRandom;

/**
 * Gamma(shape, 1) variates from a {@link SplittableRandom} (Marsaglia and Tsang, ACM TOMS 26 (2000),
 * with the shape-below-one boost {@code G(a) = G(a + 1) U^(1/a)}), so that Dirichlet draws come from the
 * search's one seeded stream. Implementation note: Commons Math's GammaDistribution needs its own
 * RandomGenerator; one stream keeps the search reproducible from one seed.
 */
final class GammaDraw {

    private GammaDraw() {
    }

    static double sample(double shape, SplittableRandom rnd) {
        if (shape < 1) {
            double u = rnd.nextDouble();
            return sample(shape + 1, rnd) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(rnd);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rnd.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
