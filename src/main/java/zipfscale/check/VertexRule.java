package zipfscale.check;

import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.StepRelation;
import zipfscale.numerics.Interval;
import zipfscale.numerics.IntervalEvaluator;
import zipfscale.numerics.Bounds;

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
 * values; exact rational arithmetic where a vertex value has no parameter left). An identity needs both sides
 * affine in the vector and exact equality at every vertex. Whole-number parameters are enumerated.
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
        if (claim.ensembles.size() != 1) {
            why.add("vertex rule: applies to claims over one set");
            return DistributionRules.Outcome.none(why);
        }
        boolean identity = claim.op == RelOp.EQ;
        Ensemble en = claim.ensembles.get(0);
        int[] sizes = claim.sizes.get(en.size());
        boolean less = identity || claim.op == RelOp.LE || claim.op == RelOp.LT;
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
                why.add("vertex rule: a term is not a constant times a sum over k of phi(" + en.name() + "(k), k)");
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
        if (identity && !linear) {
            why.add("vertex rule: an identity needs both sides affine in " + en.name());
            return DistributionRules.Outcome.none(why);
        }
        List<Map<String, Double>> shapes = new ArrayList<>();
        int count = 0;
        for (int k = sizes[0]; k <= sizes[1]; k++) {
            List<Map<String, Double>> combos = new ArrayList<>();
            Map<String, Double> base = new HashMap<>();
            base.put(en.size(), (double) k);
            combos.add(base);
            for (String w : claim.wholes) {
                List<Map<String, Double>> next = new ArrayList<>();
                for (Map<String, Double> m : combos) {
                    double[] r = claim.range(w, m);
                    for (long v = (long) Math.ceil(r[0]); v <= (long) Math.floor(r[1]) && next.size() <= MAX_VERTICES; v++) {
                        Map<String, Double> c = new HashMap<>(m);
                        c.put(w, (double) v);
                        next.add(c);
                    }
                }
                combos = next;
            }
            shapes.addAll(combos);
            count += combos.size() * vertexCount(en, k);
            if (count > MAX_VERTICES) {
                why.add("vertex rule: more than " + MAX_VERTICES + " vertices and whole-number parameter values");
                return DistributionRules.Outcome.none(why);
            }
        }
        double worst = Double.NEGATIVE_INFINITY;
        int exact = 0;
        for (Map<String, Double> fixed : shapes) {
            if (!claim.admissible(fixed)) {
                continue;
            }
            int k = (int) Math.round(fixed.get(en.size()));
            Map<String, Integer> lengths = Map.of(en.name(), k);
            Map<String, Expr> subst = new HashMap<>();
            fixed.forEach((n, v) -> subst.put(n, Expr.num(Math.round(v))));
            Expr unrolled;
            try {
                unrolled = SequenceUnrolling.unroll(d, subst, lengths);
            } catch (SequenceUnrolling.UnrollingException e) {
                why.add("vertex rule: " + e.getMessage());
                return DistributionRules.Outcome.none(why);
            }
            for (Expr[] vertex : vertices(en, k)) {
                Map<String, Expr> values = new HashMap<>();
                for (int j = 0; j < k; j++) {
                    values.put(SequenceUnrolling.symbol(en.name(), j + 1), vertex[j]);
                }
                Expr at = Substitution.apply(unrolled, values);
                org.apache.commons.math3.fraction.BigFraction q = ExactValue.of(at);
                boolean ok;
                if (q != null) {
                    int sign = q.getNumerator().signum();
                    ok = identity ? sign == 0 : strict ? sign < 0 : sign <= 0;
                    exact++;
                    worst = Math.max(worst, q.doubleValue());
                } else if (identity) {
                    ok = false;
                } else {
                    Interval iv = new IntervalEvaluator(boxes).enclose(at);
                    ok = strict ? iv.hi() < 0 : iv.hi() <= 0;
                    worst = Math.max(worst, iv.hi());
                }
                if (!ok) {
                    why.add("vertex rule: " + (linear ? "linear" : "convex") + " in " + en.name() + ", but not shown at a vertex for "
                            + fixed + (q != null ? " (exactly " + q + ")" : ""));
                    return DistributionRules.Outcome.none(why);
                }
            }
        }
        String shape = linear ? "linear" : "convex";
        String verts = vertexWords(en);
        List<ProofStep> steps = new ArrayList<>();
        Expr u = Expr.sym("u");
        Expr term = Expr.mul(Expr.sym("c"), Expr.call("phi", Expr.call(en.name(), Expr.sym("k")), Expr.sym("k")));
        Expr curvature = StepRelation.of(Expr.mul(Expr.sym("c"), Expr.call("Diff", Expr.call("phi", u, Expr.sym("k")), u,
                Expr.num(2))), linear ? "==" : ">=", Expr.num(0));
        steps.add(ProofStep.of("vertex rule: lhs - rhs is ", shape, " in ", en.name(), " (a sum of terms ", term,
                " with ", curvature, " for u in [", QuantifiedChecker.fmt(range[0]), ", ", QuantifiedChecker.fmt(range[1]),
                "], interval arithmetic), so its maximum over ", en.describe(), " is at a vertex"));
        if (identity) {
            steps.set(0, ProofStep.of("vertex rule: lhs - rhs is affine in ", en.name(), " (second derivative 0 termwise), so it"
                    + " vanishes on ", en.describe(), " when it vanishes at every vertex"));
        }
        steps.add(ProofStep.of("the vertices: ", verts, "; all ", count, " (vertex, size", (claim.wholes.isEmpty() ? "" : ", whole"
                + " parameters"), ") cases for ", en.size(), " = ", sizes[0], "..", sizes[1], " satisfy the claim (", exact, " in exact rational arithmetic, the others by interval arithmetic over the parameters' ranges;", " largest value of lhs - rhs ", QuantifiedChecker.fmt(worst), ")"));
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
