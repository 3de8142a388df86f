package zipfscale.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Hoffmann et al.'s Approach 2 (IsoFLOP profiles): group the runs by compute budget, fit per group a
 * parabola of the loss in {@code log N} (and one in {@code log D}), take its minimiser {@code N_opt}
 * ({@code D_opt}), and fit {@code log N_opt = log k + a_N log C} (and {@code b_D}) by least squares over the
 * groups. Intervals: seeded bootstrap over runs, resampled within each group (the design of budgets is
 * kept), the 2.5% and 97.5% points of the refitted exponents.
 *
 * <p>Groups: by the {@code budget} column when there is one (C of a group: the geometric mean of its runs'
 * C), else by log-space binning of C: runs sorted by C join the current bin while within {@code binWidth}
 * decades of its first run. A group with fewer than 3 distinct N, a parabola that opens downward, or a
 * minimiser outside the sampled N range gives no minimiser: it is left out with a {@link Note}; fewer than
 * 2 usable groups and no frontier can be fitted ({@link #run} throws {@link IllegalArgumentException}
 * with every note).
 */
public final class IsoFlopFrontier {
    /** Default width of a compute bin, in decades. */
    public static final double DEFAULT_BIN_WIDTH = 0.1;

    private IsoFlopFrontier() {
    }

    /** A budget group: its label, its compute and the indices of its runs. */
    public record Group(String label, double c, int[] runs) {
    }

    /**
     * One IsoFLOP profile.
     *
     * @param coefN {@code loss = coefN[0] + coefN[1] u + coefN[2] u^2}, {@code u = ln N}
     * @param coefD the same in {@code ln D}
     * @param problem why the group has no minimiser, or null
     */
    public record Profile(Group group, double[] coefN, double[] coefD, double nOpt, double dOpt, String problem) {
        public boolean usable() {
            return problem == null;
        }
    }

    /** Something about the runs that is not an error: a group left out and why. */
    public record Note(int line, String message) {
    }

    /** An exponent with its bootstrap interval and standard deviation. */
    public record Exponent(double value, double lower, double upper, double stderr) {
    }

    /**
     * The frontier.
     *
     * @param kN, kD the prefactors of {@code N_opt = kN C^a_N}, {@code D_opt = kD C^b_D}
     * @param draws bootstrap rows {@code [a_N, b_D]}
     */
    public record Result(IsoFlopRuns runs, List<Profile> profiles, Exponent aN, Exponent bD, double kN, double kD,
            double[][] draws, int resamples, int failed, long seed, double binWidth, List<Note> notes) {
    }

    public static Result run(IsoFlopRuns runs, double binWidth, long seed, int resamples) {
        List<Group> groups = groups(runs, binWidth);
        List<Profile> profiles = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (Group g : groups) {
            Profile p = profile(runs, g, g.runs());
            profiles.add(p);
            if (!p.usable()) {
                notes.add(new Note(runs.line()[g.runs()[0]], String.format(Locale.ROOT, "budget %s (C = %.4g, %d runs): %s;"
                        + " left out of the frontier", g.label(), g.c(), g.runs().length, p.problem())));
            }
        }
        double[] fit = frontier(profiles);
        if (fit == null) {
            StringBuilder b = new StringBuilder("fewer than 2 compute budgets with an interior minimum: no frontier can be"
                    + " fitted (" + groups.size() + " budget" + (groups.size() == 1 ? "" : "s") + " found");
            b.append(groups.size() == 1 && runs.group() == null ? "; all runs fell in one compute bin of "
                    + binWidth + " decades: give a budget column or --bin-width" : "").append(')');
            for (Note n : notes) {
                b.append("\n  line ").append(n.line()).append(": ").append(n.message());
            }
            throw new IllegalArgumentException(b.toString());
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> draws = new ArrayList<>();
        int failed = 0;
        for (int r = 0; r < resamples; r++) {
            List<Profile> resampled = new ArrayList<>();
            for (Group g : groups) {
                int[] idx = new int[g.runs().length];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = g.runs()[rng.nextInt(idx.length)];
                }
                resampled.add(profile(runs, g, idx));
            }
            double[] f = frontier(resampled);
            if (f == null) {
                failed++;
            } else {
                draws.add(new double[] {f[0], f[2]});
            }
        }
        double[][] d = draws.toArray(new double[0][]);
        return new Result(runs, profiles, exponent(fit[0], d, 0), exponent(fit[2], d, 1), Math.exp(fit[1]),
                Math.exp(fit[3]), d, resamples, failed, seed, binWidth, notes);
    }

    /** The budget groups, in increasing C. */
    static List<Group> groups(IsoFlopRuns runs, double binWidth) {
        Integer[] order = new Integer[runs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(runs.c()[a], runs.c()[b]));
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        if (runs.group() != null) {
            for (int i : order) {
                members.computeIfAbsent(runs.group()[i], k -> new ArrayList<>()).add(i);
            }
        } else {
            double start = Double.NaN;
            String label = null;
            for (int i : order) {
                double lc = Math.log10(runs.c()[i]);
                if (label == null || lc - start > binWidth) {
                    start = lc;
                    label = String.format(Locale.ROOT, "C~%.3g", runs.c()[i]);
                }
                members.computeIfAbsent(label, k -> new ArrayList<>()).add(i);
            }
        }
        List<Group> out = new ArrayList<>();
        members.forEach((label, idx) -> {
            double s = 0;
            for (int i : idx) {
                s += Math.log(runs.c()[i]);
            }
            out.add(new Group(label, Math.exp(s / idx.size()), idx.stream().mapToInt(Integer::intValue).toArray()));
        });
        out.sort((a, b) -> Double.compare(a.c(), b.c()));
        return out;
    }

    static Profile profile(IsoFlopRuns runs, Group g, int[] idx) {
        long distinct = Arrays.stream(idx).mapToDouble(i -> runs.n()[i]).distinct().count();
        if (distinct < 3) {
            return new Profile(g, null, null, Double.NaN, Double.NaN, distinct + " distinct N; a parabola needs 3");
        }
        double[] cn = parabola(runs, idx, runs.n());
        double[] cd = parabola(runs, idx, runs.d());
        String problem = minimumProblem(cn, runs, idx, runs.n(), "N");
        if (problem == null) {
            problem = minimumProblem(cd, runs, idx, runs.d(), runs.partner());
        }
        if (problem != null) {
            return new Profile(g, cn, cd, Double.NaN, Double.NaN, problem);
        }
        return new Profile(g, cn, cd, Math.exp(-cn[1] / (2 * cn[2])), Math.exp(-cd[1] / (2 * cd[2])), null);
    }

    /** Least squares {@code loss = c0 + c1 u + c2 u^2}, {@code u = ln v}, by the normal equations (centred). */
    private static double[] parabola(IsoFlopRuns runs, int[] idx, double[] v) {
        double mean = 0;
        for (int i : idx) {
            mean += Math.log(v[i]);
        }
        mean /= idx.length;
        double[][] a = new double[3][3];
        double[] rhs = new double[3];
        for (int i : idx) {
            double u = Math.log(v[i]) - mean;
            double[] f = {1, u, u * u};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += f[r] * f[c];
                }
                rhs[r] += f[r] * runs.loss()[i];
            }
        }
        double[] z;
        try {
            z = new org.apache.commons.math3.linear.LUDecomposition(new org.apache.commons.math3.linear.Array2DRowRealMatrix(a))
                    .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs)).toArray();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        // back from u - mean to u: c0 + c1 (u - m) + c2 (u - m)^2
        return new double[] {z[0] - z[1] * mean + z[2] * mean * mean, z[1] - 2 * z[2] * mean, z[2]};
    }

    private static String minimumProblem(double[] coef, IsoFlopRuns runs, int[] idx, double[] v, String name) {
        if (!(coef[2] > 0)) {
            return "the parabola of the loss in log " + name + " opens downward or is flat (no minimum)";
        }
        double u = -coef[1] / (2 * coef[2]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i : idx) {
            lo = Math.min(lo, Math.log(v[i]));
            hi = Math.max(hi, Math.log(v[i]));
        }
        if (u < lo || u > hi) {
            return String.format(Locale.ROOT, "no interior minimum: the parabola's minimum %s = %.4g lies outside the"
                    + " sampled %.4g..%.4g", name, Math.exp(u), Math.exp(lo), Math.exp(hi));
        }
        return null;
    }

    /** {@code [a_N, ln kN, b_D, ln kD]} over the usable profiles, or null when fewer than 2 distinct budgets are usable. */
    static double[] frontier(List<Profile> profiles) {
        SimpleRegression n = new SimpleRegression();
        SimpleRegression d = new SimpleRegression();
        long budgets = profiles.stream().filter(Profile::usable).mapToDouble(p -> p.group().c()).distinct().count();
        if (budgets < 2) {
            return null;
        }
        for (Profile p : profiles) {
            if (p.usable()) {
                n.addData(Math.log(p.group().c()), Math.log(p.nOpt()));
                d.addData(Math.log(p.group().c()), Math.log(p.dOpt()));
            }
        }
        return new double[] {n.getSlope(), n.getIntercept(), d.getSlope(), d.getIntercept()};
    }

    private static Exponent exponent(double value, double[][] draws, int k) {
        if (draws.length < 2) {
            return new Exponent(value, value, value, 0);
        }
        double[] v = new double[draws.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = draws[i][k];
        }
        Arrays.sort(v);
        double mean = Arrays.stream(v).average().orElse(value);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
        return new Exponent(value, MonteCarlo.quantile(v, 0.025), MonteCarlo.quantile(v, 0.975), sd);
    }
}
