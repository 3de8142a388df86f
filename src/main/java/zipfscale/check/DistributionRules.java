package zipfscale.check;

import zipfscale.asymptotic.ProofStep;
import zipfscale.numerics.Bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.RelOp;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Substitution;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The sound rules that prove a claim over distributions or sequences (issue 15); each gives a step of the
 * chain, and PROVED still needs the counterexample search to agree.
 *
 * <ul>
 *   <li><b>Termwise</b>: both sides are sums over k = 1..K (the same bounds) whose bodies mention the
 *   sequences only as p(k). If g(t, k) - f(t, k) >= 0 for every t in the range of a term ([0, 1] for a
 *   distribution, [lo, hi] for a sequence) and k in [1, K_max], proved by the sign witness (interval
 *   arithmetic, Symja's normal forms), then the sums compare the same way: each term does. An identity
 *   termwise gives the identity of the sums.</li>
 *   <li><b>Vertices</b> ({@link VertexRule}): when lhs - rhs is convex in the vector (a sum of terms
 *   c * phi(p(k), k) with c phi'' >= 0 on the range of a term, by interval arithmetic; linear when it is 0),
 *   its maximum over the set, a polytope, is reached at a vertex; so checking every vertex for every K by
 *   interval arithmetic proves the claim. The non-increasing distributions on K atoms are the convex hull
 *   of the uniform distributions on the first m atoms (m = 1..K); the simplex that of the point masses.
 *   For an identity both sides must be affine in the vector: then agreement at the vertices is equality
 *   on their hull.</li>
 * </ul>
 */
final class DistributionRules {
    /** What a rule established: success, a one-line summary and the steps of the chain. */
    record Outcome(boolean success, String summary, List<ProofStep> steps) {
        static Outcome none(List<String> why) {
            return new Outcome(false, null, why.stream().map(ProofStep::of).toList());
        }
    }

    private final QuantifiedClaim claim;
    private final CheckSettings settings;

    DistributionRules(QuantifiedClaim claim, CheckSettings settings) {
        this.claim = claim;
        this.settings = settings;
    }

    Outcome apply() {
        List<String> why = new ArrayList<>();
        try {
            Outcome t = termwise(why);
            if (t.success()) {
                return t;
            }
            Outcome v = new VertexRule(claim).apply(why);
            if (v.success()) {
                return v;
            }
        } catch (RuntimeException e) {
            why.add("symbolic rules: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return Outcome.none(why);
    }

    private Outcome termwise(List<String> why) {
        if (!(claim.lhs instanceof Sum l) || !(claim.rhs instanceof Sum r)) {
            why.add("termwise rule: the sides are not both sums");
            return Outcome.none(why);
        }
        if (!l.lower().equals(r.lower()) || !l.upper().equals(r.upper()) || !l.lower().equals(Expr.num(1))) {
            why.add("termwise rule: the sums do not run over the same k = 1..K");
            return Outcome.none(why);
        }
        String k = "kTermwise";
        String t = "tTermwise";
        Expr f = atom(Substitution.apply(l.body(), Map.of(l.index(), Expr.sym(k))), k, t);
        Expr g = atom(Substitution.apply(r.body(), Map.of(r.index(), Expr.sym(k))), k, t);
        if (f == null || g == null) {
            why.add("termwise rule: a body mentions a term of a sequence other than p(k), or two sequences");
            return Outcome.none(why);
        }
        Ensemble en = single();
        double[] range = claim.termRange(en);
        int kMax = 0;
        for (int[] s : claim.sizes.values()) {
            kMax = Math.max(kMax, s[1]);
        }
        List<Comparison> cons = new ArrayList<>(claim.constraints);
        cons.add(new Comparison(Expr.sym(t), RelOp.GE, Decimals.exact(range[0])));
        cons.add(new Comparison(Expr.sym(t), RelOp.LE, Decimals.exact(range[1])));
        cons.add(new Comparison(Expr.sym(k), RelOp.GE, Expr.num(1)));
        cons.add(new Comparison(Expr.sym(k), RelOp.LE, Expr.num(kMax)));
        SymbolicWitness w = new SymbolicWitness(settings);
        SymbolicWitness.Outcome o;
        String relation;
        if (claim.op == RelOp.EQ) {
            o = w.equal(f, g, cons, Bounds.of(cons));
            relation = "f(t, k) = g(t, k)";
        } else {
            boolean less = claim.op == RelOp.LE || claim.op == RelOp.LT;
            boolean strict = claim.op == RelOp.LT || claim.op == RelOp.GT;
            o = w.sign(less ? Expr.sub(g, f) : Expr.sub(f, g), cons, Bounds.of(cons), strict);
            relation = less ? "f(t, k) " + claim.op.spelling() + " g(t, k)" : "f(t, k) " + claim.op.spelling() + " g(t, k)";
        }
        if (!o.success()) {
            why.add("termwise rule: not shown for every term (" + o.summary() + ")");
            return Outcome.none(why);
        }
        List<ProofStep> steps = new ArrayList<>();
        steps.add(ProofStep.of("termwise rule: both sides are sums over k = 1..", en.size(), " of f(", en.name(), "(k), k) and g(", en.name(), "(k), k)"));
        steps.add(ProofStep.of(relation, " for every t in [", QuantifiedChecker.fmt(range[0]), ", ", QuantifiedChecker.fmt(range[1]), "] (the range of ", en.name(), "(k)) and k in [1, ", kMax, "]: ", o.summary()));
        steps.addAll(o.steps());
        steps.add(ProofStep.of("hence the sums compare term by term for every ", en.name(), " in ", en.describe()));
        return new Outcome(true, "termwise rule (" + relation + " for every value t of " + en.name()
                + "(k): " + o.summary() + ")", steps);
    }

    /** The one ensemble, or null when there are several. */
    private Ensemble single() {
        return claim.ensembles.size() == 1 ? claim.ensembles.get(0) : null;
    }

    /**
     * {@code body} with {@code p(k)} (k the index symbol) replaced by the symbol t; null when the body
     * mentions another term of a sequence or a second sequence.
     */
    Expr atom(Expr body, String k, String t) {
        Ensemble en = single();
        if (en == null) {
            return null;
        }
        boolean[] bad = {false};
        Expr out = new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                Expr inner = super.visitCall(c);
                if (inner instanceof Call cc && cc.builtin() == null && isSequence(cc.function())) {
                    if (cc.function().equals(en.name()) && cc.args().get(0).equals(new Symbol(k))) {
                        return new Symbol(t);
                    }
                    bad[0] = true;
                }
                return inner;
            }

            @Override
            public Expr visitSum(Sum s) {
                Expr inner = super.visitSum(s);
                if (FreeSymbols.of(inner).contains(t)) {
                    bad[0] = true;
                }
                return inner;
            }
        }.rewrite(body);
        return bad[0] ? null : out;
    }

    private boolean isSequence(String name) {
        for (Ensemble en : claim.ensembles) {
            if (en.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The terms of a sum, flattened. */
    static List<Expr> terms(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Add a) {
            for (Expr x : a.terms()) {
                out.addAll(terms(x));
            }
        } else {
            out.add(e);
        }
        return out;
    }

    /** A term as coefficient times a sum: {@code c*Sum(...)} or {@code Sum(...)}; null otherwise. */
    static Expr[] coefficientAndSum(Expr term) {
        if (term instanceof Sum s) {
            return new Expr[] {Expr.num(1), s};
        }
        if (term instanceof Mul m) {
            Sum found = null;
            List<Expr> rest = new ArrayList<>();
            for (Expr f : m.factors()) {
                if (f instanceof Sum s && found == null) {
                    found = s;
                } else {
                    rest.add(f);
                }
            }
            if (found != null) {
                return new Expr[] {rest.size() == 1 ? rest.get(0) : new Mul(rest), found};
            }
        }
        return null;
    }
}
