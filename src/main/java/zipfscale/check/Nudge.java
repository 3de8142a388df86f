package zipfscale.check;

import zipfscale.claims.Ensemble;

/**
 * A vector moved by 1e-9 towards the centre of its set, for a second try when a side is undefined at
 * the boundary itself ({@code p Log(p)} at a point mass): still a member of the set (a mixture with the
 * uniform distribution, or with the middle of the box, keeps the sum, the bounds and the order).
 */
final class Nudge {
    static final double WEIGHT = 1e-9;

    private Nudge() {
    }

    static double[] interior(Ensemble en, double[] v, double[] range) {
        double centre = en.kind() == Ensemble.Kind.DISTRIBUTIONS ? 1.0 / v.length : (range[0] + range[1]) / 2;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (1 - WEIGHT) * v[i] + WEIGHT * centre;
        }
        return out;
    }
}
