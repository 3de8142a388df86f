package zipfscale.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import zipfscale.claims.Ensemble;

/**
 * Local maximisation of the violation over the vectors and the real parameters jointly, with Commons
 * Math's BOBYQA (bound-constrained, derivative-free; deterministic, so the search stays reproducible).
 * Parametrisations that make every point of the box a member of the set: a distribution is the softmax
 * of K logits in [-25, 25]; a non-increasing distribution is sum_m w_m u_m, w the softmax of K logits and
 * u_m the uniform distribution on the first m atoms (the vertices of that set); a sequence is its terms
 * in [lo, hi], sorted when the set is ordered. Every evaluation counts against the budget.
 */
final class ViolationOptimiser {
    private static final double LOGIT = 25;

    private final ViolationSearch search;
    private final ViolationSearch.Shape shape;
    private final List<String> reals = new ArrayList<>();
    private final List<double[]> realRanges = new ArrayList<>();

    ViolationOptimiser(ViolationSearch search, ViolationSearch.Shape shape) {
        this.search = search;
        this.shape = shape;
        for (String r : search.claim.reals) {
            double[] range = search.claim.range(r, shape.fixed());
            if (range[1] > range[0]) {
                reals.add(r);
                realRanges.add(range);
            }
        }
    }

    void run(SearchPoint start, int evaluations) {
        List<Double> x0 = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (Ensemble en : search.claim.ensembles) {
            double[] v = start.vectors().get(en.name());
            double[] r = search.claim.termRange(en);
            double[] enc = encode(en, v);
            for (double x : enc) {
                x0.add(x);
                lo.add(en.kind() == Ensemble.Kind.DISTRIBUTIONS ? -LOGIT : r[0]);
                hi.add(en.kind() == Ensemble.Kind.DISTRIBUTIONS ? LOGIT : r[1]);
            }
        }
        for (int i = 0; i < reals.size(); i++) {
            x0.add(start.reals().get(reals.get(i)));
            lo.add(realRanges.get(i)[0]);
            hi.add(realRanges.get(i)[1]);
        }
        int n = x0.size();
        if (n < 2) {
            return;
        }
        double[] lower = toArray(lo);
        double[] upper = toArray(hi);
        double[] guess = toArray(x0);
        double minWidth = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minWidth = Math.min(minWidth, upper[i] - lower[i]);
            guess[i] = Math.min(upper[i], Math.max(lower[i], guess[i]));
        }
        double radius = Math.min(1.0, minWidth / 4);
        if (!(radius > 1e-12)) {
            return;
        }
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(n > 10 ? n + 2 : 2 * n + 1, radius, Math.min(1e-8, radius / 1e4));
        try {
            bobyqa.optimize(new MaxEval(Math.max(2 * n + 10, Math.min(evaluations, 600))), GoalType.MAXIMIZE, new InitialGuess(guess),
                    new SimpleBounds(lower, upper), new ObjectiveFunction(x -> objective(x)));
        } catch (MathIllegalStateException | MathIllegalArgumentException | BudgetExhausted e) {
            // too many evaluations, or the budget ran out: the best points are already recorded
        }
    }

    /** Thrown from the objective when the search's budget is spent. */
    private static final class BudgetExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private double objective(double[] x) {
        if (search.outOfBudget()) {
            throw new BudgetExhausted();
        }
        Map<String, double[]> vectors = new LinkedHashMap<>();
        int at = 0;
        for (Ensemble en : search.claim.ensembles) {
            int k = shape.lengths().get(en.name());
            vectors.put(en.name(), decode(en, Arrays.copyOfRange(x, at, at + k)));
            at += k;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String r : search.claim.reals) {
            int i = reals.indexOf(r);
            values.put(r, i >= 0 ? x[at + i] : search.claim.range(r, shape.fixed())[0]);
        }
        SearchPoint p = search.evaluate(shape, vectors, values);
        return p == null ? -1e3 : Math.max(-1e3, p.margin());
    }

    static double[] decode(Ensemble en, double[] z) {
        int k = z.length;
        if (en.kind() == Ensemble.Kind.SEQUENCES) {
            double[] v = z.clone();
            if (en.order() == Ensemble.Order.NONDECREASING) {
                Arrays.sort(v);
            } else if (en.order() == Ensemble.Order.NONINCREASING) {
                v = VectorFamilies.sortDown(v);
            }
            return v;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = Math.exp(z[i] - max);
            s += w[i];
        }
        for (int i = 0; i < k; i++) {
            w[i] /= s;
        }
        if (en.order() != Ensemble.Order.NONINCREASING) {
            return w;
        }
        double[] p = new double[k];
        double acc = 0;
        for (int m = k; m >= 1; m--) {
            acc += w[m - 1] / m;
            p[m - 1] = acc;
        }
        return p;
    }

    static double[] encode(Ensemble en, double[] v) {
        int k = v.length;
        if (en.kind() == Ensemble.Kind.SEQUENCES) {
            return v.clone();
        }
        double[] w = new double[k];
        if (en.order() == Ensemble.Order.NONINCREASING) {
            for (int m = 1; m <= k; m++) {
                w[m - 1] = m * (v[m - 1] - (m < k ? v[m] : 0));
            }
        } else {
            w = v.clone();
        }
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            z[i] = Math.max(-LOGIT, Math.min(LOGIT, Math.log(Math.max(w[i], 1e-11))));
        }
        return z;
    }

    private static double[] toArray(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
