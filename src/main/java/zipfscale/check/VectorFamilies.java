package zipfscale.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import zipfscale.claims.Ensemble;

/**
 * The structured candidates of the counterexample search for one set of vectors of length K (issue 15),
 * in the order they are tried: the vertices (point masses; for non-increasing distributions the uniform
 * distributions on the first m atoms, whose convex hull the set is; for boxes the step vectors), two- and
 * three-atom distributions over a grid of weights and a choice of positions, two-level vectors, the
 * Zipf and geometric families, then Dirichlet draws at several concentrations. Random sampling alone
 * misses what lives on a thin set (a two-atom distribution with weight near 0.93): the grids are there
 * for those, and the local optimisation that follows starts from the best of them.
 */
final class VectorFamilies {
    private static final double[] WEIGHTS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999};
    private static final double[] CONCENTRATIONS = {0.05, 0.3, 1, 5};

    private VectorFamilies() {
    }

    /** The structured candidates (no randomness): vertices first. */
    static List<double[]> structured(Ensemble en, int k, double lo, double hi) {
        List<double[]> out = new ArrayList<>();
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            distributions(en.order(), k, out);
        } else {
            sequences(en.order(), k, lo, hi, out);
        }
        return dedupe(out);
    }

    private static void distributions(Ensemble.Order order, int k, List<double[]> out) {
        boolean sorted = order == Ensemble.Order.NONINCREASING;
        for (int m = 1; m <= k; m++) {
            out.add(uniformHead(k, m));
        }
        List<Integer> positions = positions(k, sorted);
        if (!sorted) {
            for (int j : positions) {
                double[] v = new double[k];
                v[j] = 1;
                out.add(v);
            }
        }
        for (double w : WEIGHTS) {
            for (int a : positions) {
                for (int b : positions) {
                    if (a == b || (sorted && (a != 0 || b != 1))) {
                        continue;
                    }
                    double[] v = new double[k];
                    v[a] = w;
                    v[b] = 1 - w;
                    out.add(v);
                }
            }
        }
        if (k >= 3) {
            for (double w : new double[] {0.34, 0.5, 0.8, 0.9}) {
                for (double share : new double[] {0.5, 0.8}) {
                    double rest = 1 - w;
                    double[] v = new double[k];
                    v[0] = w;
                    v[1] = rest * share;
                    v[2] = rest * (1 - share);
                    out.add(sorted ? sortDown(v) : v);
                    if (!sorted) {
                        double[] r = new double[k];
                        r[k - 1] = v[0];
                        r[k - 2] = v[1];
                        r[k - 3] = v[2];
                        out.add(r);
                    }
                }
            }
        }
        for (int m = 1; m < k; m++) {
            for (double head : new double[] {0.5, 0.9, 0.99}) {
                double a = head / m;
                double b = (1 - head) / (k - m);
                double[] v = new double[k];
                for (int i = 0; i < k; i++) {
                    v[i] = i < m ? a : b;
                }
                if (!sorted || a >= b) {
                    out.add(v);
                }
                if (!sorted) {
                    out.add(reversed(v));
                }
            }
        }
        for (double s : new double[] {0.5, 1, 1.5, 2, 3}) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = Math.pow(i + 1, -s);
            }
            out.add(normalised(v));
            if (!sorted) {
                out.add(reversed(normalised(v)));
            }
        }
        for (double r : new double[] {0.3, 0.5, 0.7, 0.9}) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = Math.pow(r, i);
            }
            out.add(normalised(v));
            if (!sorted) {
                out.add(reversed(normalised(v)));
            }
        }
    }

    private static void sequences(Ensemble.Order order, int k, double lo, double hi, List<double[]> out) {
        for (int m = 0; m <= k; m++) {
            double[] up = new double[k];
            for (int i = 0; i < k; i++) {
                up[i] = i < m ? lo : hi;
            }
            if (order != Ensemble.Order.NONINCREASING) {
                out.add(up);
            }
            if (order != Ensemble.Order.NONDECREASING) {
                out.add(reversed(up));
            }
        }
        for (double t : new double[] {0.25, 0.5, 0.75, 0.9}) {
            double[] c = new double[k];
            Arrays.fill(c, lo + t * (hi - lo));
            out.add(c);
        }
        if (order == Ensemble.Order.ANY) {
            for (int j : positions(k, false)) {
                double[] spike = new double[k];
                Arrays.fill(spike, lo);
                spike[j] = hi;
                out.add(spike);
                double[] dip = new double[k];
                Arrays.fill(dip, hi);
                dip[j] = lo;
                out.add(dip);
            }
        }
        double[] ramp = new double[k];
        for (int i = 0; i < k; i++) {
            ramp[i] = k == 1 ? lo : lo + (hi - lo) * i / (k - 1.0);
        }
        if (order != Ensemble.Order.NONINCREASING) {
            out.add(ramp);
        }
        if (order != Ensemble.Order.NONDECREASING) {
            out.add(reversed(ramp));
        }
    }

    /** A Dirichlet(c, ..., c) draw (or uniform box draw for sequences), sorted as the set requires. */
    static double[] random(Ensemble en, int k, double lo, double hi, SplittableRandom rnd, int draw) {
        double[] v = new double[k];
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            double c = CONCENTRATIONS[draw % CONCENTRATIONS.length];
            for (int i = 0; i < k; i++) {
                v[i] = GammaDraw.sample(c, rnd);
            }
            if (Arrays.stream(v).sum() <= 0) {
                v[rnd.nextInt(k)] = 1;
            }
            v = normalised(v);
        } else {
            for (int i = 0; i < k; i++) {
                double u = rnd.nextDouble();
                // half the draws concentrated near the ends, where box claims tend to fail
                if (draw % 2 == 1) {
                    u = u < 0.5 ? Math.pow(u * 2, 4) / 2 : 1 - Math.pow((1 - u) * 2, 4) / 2;
                }
                v[i] = lo + (hi - lo) * u;
            }
        }
        if (en.order() == Ensemble.Order.NONINCREASING) {
            return sortDown(v);
        }
        if (en.order() == Ensemble.Order.NONDECREASING) {
            Arrays.sort(v);
        }
        return v;
    }

    static double[] uniformHead(int k, int m) {
        double[] v = new double[k];
        for (int i = 0; i < m; i++) {
            v[i] = 1.0 / m;
        }
        return v;
    }

    /** Positions for point masses and two-atom vectors: both ends and the middle (0-based). */
    private static List<Integer> positions(int k, boolean sorted) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int j : new int[] {0, 1, 2, k / 2, k - 3, k - 2, k - 1}) {
            if (j >= 0 && j < k) {
                s.add(j);
            }
        }
        return new ArrayList<>(s);
    }

    static double[] normalised(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / s;
        }
        return out;
    }

    static double[] sortDown(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return reversed(s);
    }

    private static double[] reversed(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[v.length - 1 - i];
        }
        return r;
    }

    private static List<double[]> dedupe(List<double[]> in) {
        List<double[]> out = new ArrayList<>();
        Set<List<Double>> seen = new java.util.HashSet<>();
        for (double[] v : in) {
            List<Double> key = new ArrayList<>();
            for (double x : v) {
                key.add(x);
            }
            if (seen.add(key)) {
                out.add(v);
            }
        }
        return out;
    }
}
