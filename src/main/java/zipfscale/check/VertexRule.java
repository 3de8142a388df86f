package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Differentiation;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.RelOp;
import zipfscale.expr.Substitution;
import zipfscale.expr.Sum;

/**
 * The vertex rule of {@link DistributionRules}: a convex function on a polytope attains its maximum at a
 * vertex. Convexity of d = lhs - rhs (for {@code <=}; rhs - lhs for {@code >=}) in the vector is shown
 * termwise: d is a sum of terms free of the vector and terms {@code c * Sum(phi(p(k), k), {k, 1, K})};
 * each has {@code c * d^2 phi/dt^2 >= 0} for t in the range of a term, k in [1, K_max] and the parameters
 * in their boxes (interval arithmetic, outward rounding). A sum of functions convex in one coordinate
 * each is convex on the box, hence on the set. Then {@code d <= 0} is checked at every vertex of the set for
 * every K of its range, again by interval arithmetic over the parameters' boxes (exact rational vertex
 * values). Inequalities only (an identity would need exact arithmetic at the vertices).
 */
final class VertexRule {
    private static final int MAX_VERTICES = 20_000;
    private static final String T = "tVertex";
    private static final String K = "kVertex";

    private final QuantifiedClaim claim;

    VertexRule(QuantifiedClaim claim) {
        this.claim = claim;
    }

    DistributionRules.Outcome apply(List<String> why) {
        if (claim.op == RelOp.EQ || claim.ensembles.size() != 1 || !claim.wholes.isEmpty()) {
            why.add("vertex rule: applies to inequalities over one set without whole-number parameters");
            return DistributionRules.Outcome.none(why);
        }
        Ensemble en = claim.ensembles.get(0);
        int[] sizes = claim.sizes.get(en.size());
        boolean less = claim.op == RelOp.LE || claim.op == RelOp.LT;
        boolean strict = claim.op == RelOp.LT || claim.op == RelOp.GT;
        Expr d = less ? Expr.sub(claim.lhs, claim.rhs) : Expr.sub(claim.rhs, claim.lhs);
        double[] range = claim.termRange(en);
        Map<String, Interval> boxes = new HashMap<>(Bounds.of(claim.constraints).boxes());
        boxes.put(T, new Interval(range[0], range[1]));
        boxes.put(K, new Interval(1, sizes[1]));
        boolean linear = true;
        DistributionRules rules = new DistributionRules(claim, null);
        for (Expr term : DistributionRules.terms(d)) {
            if (!mentions(term, en.name())) {
                continue;
            }
            Expr[] cs = DistributionRules.coefficientAndSum(term);
            if (cs == null || mentions(cs[0], en.name())) {
                why.add("vertex rule: a term is not c * Sum(phi(" + en.name() + "(k), k), ...)");
                return DistributionRules.Outcome.none(why);
            }
            Sum s = (Sum) cs[1];
            if (!s.lower().equals(Expr.num(1))) {
                why.add("vertex rule: a sum does not start at k = 1");
                return DistributionRules.Outcome.none(why);
            }
            Expr phi = rules.atom(Substitution.apply(s.body(), Map.of(s.index(), Expr.sym(K))), K, T);
            if (phi == null) {
                why.add("vertex rule: a body mentions a term other than " + en.name() + "(k)");
                return DistributionRules.Outcome.none(why);
            }
            Expr second;
            try {
                second = Expr.mul(cs[0], Differentiation.derivative(Differentiation.derivative(phi, T), T));
            } catch (RuntimeException e) {
                why.add("vertex rule: cannot differentiate a term (" + e.getMessage() + ")");
                return DistributionRules.Outcome.none(why);
            }
            Interval curv = new IntervalEvaluator(boxes).enclose(second);
            if (!(curv.lo() >= 0)) {
                why.add("vertex rule: convexity in " + en.name() + " not shown (second derivative in ["
                        + curv.lo() + ", " + curv.hi() + "])");
                return DistributionRules.Outcome.none(why);
            }
            linear &= curv.lo() == 0 && curv.hi() == 0;
        }
        List<Integer> ks = new ArrayList<>();
        int count = 0;
        for (int k = sizes[0]; k <= sizes[1]; k++) {
            ks.add(k);
            count += vertexCount(en, k);
        }
        if (count > MAX_VERTICES) {
            why.add("vertex rule: " + count + " vertices, more than " + MAX_VERTICES);
            return DistributionRules.Outcome.none(why);
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int k : ks) {
            Map<String, Integer> lengths = Map.of(en.name(), k);
            Expr unrolled;
            try {
                unrolled = SequenceUnrolling.unroll(d, Map.of(en.size(), Expr.num(k)), lengths);
            } catch (SequenceUnrolling.UnrollingException e) {
                why.add("vertex rule: " + e.getMessage());
                return DistributionRules.Outcome.none(why);
            }
            for (Expr[] vertex : vertices(en, k)) {
                Map<String, Expr> values = new HashMap<>();
                for (int j = 0; j < k; j++) {
                    values.put(SequenceUnrolling.symbol(en.name(), j + 1), vertex[j]);
                }
                Interval at = new IntervalEvaluator(boxes).enclose(Substitution.apply(unrolled, values));
                boolean ok = strict ? at.hi() < 0 : at.hi() <= 0;
                if (!ok) {
                    why.add("vertex rule: " + (linear ? "linear" : "convex") + " in " + en.name() + ", but not shown at a vertex for "
                            + en.size() + " = " + k + " (lhs - rhs in [" + at.lo() + ", " + at.hi() + "])");
                    return DistributionRules.Outcome.none(why);
                }
                worst = Math.max(worst, at.hi());
            }
        }
        String shape = linear ? "linear" : "convex";
        String verts = vertexWords(en);
        List<String> steps = new ArrayList<>();
        steps.add("vertex rule: lhs - rhs is " + shape + " in " + en.name() + " (a sum of terms c*phi(" + en.name()
                + "(k), k) with c*phi'' " + (linear ? "= 0" : ">= 0") + " on [" + QuantifiedChecker.fmt(range[0]) + ", "
                + QuantifiedChecker.fmt(range[1]) + "], interval arithmetic), so its maximum over " + en.describe()
                + " is at a vertex");
        steps.add("the vertices: " + verts + "; all " + count + " of them for " + en.size() + " = " + sizes[0] + ".."
                + sizes[1] + " satisfy the claim by interval arithmetic over the parameters' ranges (largest upper bound"
                + " of the violation " + QuantifiedChecker.fmt(worst) + ")");
        return new DistributionRules.Outcome(true, "vertex rule (" + shape + " in " + en.name() + "; holds at all "
                + count + " vertices, " + verts + ")", steps);
    }

    private static boolean mentions(Expr e, String name) {
        return CallFinder.calls(e, name);
    }

    private static int vertexCount(Ensemble en, int k) {
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            return k;
        }
        return en.order() == Ensemble.Order.ANY ? (k <= 12 ? 1 << k : Integer.MAX_VALUE / 4) : k + 1;
    }

    private String vertexWords(Ensemble en) {
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            return en.order() == Ensemble.Order.NONINCREASING ? "the uniform distributions on the first m atoms"
                    : "the point masses";
        }
        return en.order() == Ensemble.Order.ANY ? "the corners of the box" : "the step vectors (lo..lo, hi..hi)";
    }

    private List<Expr[]> vertices(Ensemble en, int k) {
        List<Expr[]> out = new ArrayList<>();
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            for (int m = 1; m <= k; m++) {
                Expr[] v = new Expr[k];
                for (int j = 0; j < k; j++) {
                    if (en.order() == Ensemble.Order.NONINCREASING) {
                        v[j] = j < m ? Expr.frac(1, m) : Expr.num(0);
                    } else {
                        v[j] = j == m - 1 ? Expr.num(1) : Expr.num(0);
                    }
                }
                out.add(v);
            }
            return out;
        }
        Expr lo = en.lower();
        Expr hi = en.upper();
        if (en.order() == Ensemble.Order.ANY) {
            for (int mask = 0; mask < (1 << k); mask++) {
                Expr[] v = new Expr[k];
                for (int j = 0; j < k; j++) {
                    v[j] = ((mask >> j) & 1) == 1 ? hi : lo;
                }
                out.add(v);
            }
            return out;
        }
        for (int m = 0; m <= k; m++) {
            Expr[] v = new Expr[k];
            for (int j = 0; j < k; j++) {
                boolean first = j < m;
                v[j] = en.order() == Ensemble.Order.NONDECREASING ? (first ? lo : hi) : (first ? hi : lo);
            }
            out.add(v);
        }
        return out;
    }
}
