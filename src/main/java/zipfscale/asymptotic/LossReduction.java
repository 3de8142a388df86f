package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;

/**
 * Exact reductions of a loss before {@link DominantBalance}: each leaves the set of minimisers over N (and
 * the domain: the N > 0 at which every base of a non-integer power and every Log argument containing N is
 * positive)
 * unchanged, for every large x.
 * <ul>
 * <li>{@code E + f}: additive terms free of N are dropped (an irreducible loss E does not move the
 *     minimiser);</li>
 * <li>{@code K f}: factors free of N that are positive for every large x are dropped;</li>
 * <li>{@code u^q} with q > 0 free of N and x, and {@code Log(u)}: the outer map is increasing and u is
 *     positive on its domain ({@link LogConvexity#positive}), so u has the same minimisers (Kaplan et al.
 *     2020's {@code ((Nc/N)^(aN/aD) + Dc/D)^aD} reduces to the sum inside); {@code Exp(u)} likewise (a
 *     perplexity {@code Exp(L)} has the minimisers of the loss L).</li>
 * </ul>
 */
final class LossReduction {
    private final String n;
    private final String x;
    private final LogConvexity shapes;
    private final SignOracle oracle;
    private final List<ProofStep> steps;

    LossReduction(String n, String x, SignOracle oracle, LeadingTerms.SumRule sums, List<ProofStep> steps) {
        this.n = n;
        this.oracle = oracle;
        this.shapes = new LogConvexity(n, x, oracle, sums);
        this.steps = steps;
        this.x = x;
    }

    /** The reduced loss (the loss itself when no rule applies). */
    Expr reduce(Expr f) {
        while (true) {
            Expr next = once(f);
            if (next == f) {
                return f;
            }
            f = next;
        }
    }

    private boolean free(Expr e) {
        return !FreeSymbols.of(e).contains(n);
    }

    private Expr once(Expr f) {
        if (f instanceof Add a) {
            List<Expr> kept = new ArrayList<>();
            for (Expr t : a.terms()) {
                if (!free(t)) {
                    kept.add(t);
                }
            }
            if (kept.size() == a.terms().size() || kept.isEmpty()) {
                return f;
            }
            Expr out = kept.size() == 1 ? kept.get(0) : new Add(kept);
            steps.add(ProofStep.of("reduction: the terms of ", f, " free of ", n, " do not move the minimiser: ", "minimise ", out));
            return out;
        }
        if (f instanceof Mul m) {
            List<Expr> kept = new ArrayList<>();
            List<Expr> dropped = new ArrayList<>();
            for (Expr t : m.factors()) {
                if (!free(t)) {
                    kept.add(t);
                } else if (shapes.eventualSign(t) == SignOracle.Sign.POSITIVE) {
                    dropped.add(t);
                } else {
                    throw new AsymptoticFailure("dominant balance: the factor " + StepText.of(t) + " of the loss is not "
                            + "shown positive for large " + x);
                }
            }
            if (dropped.isEmpty() || kept.isEmpty()) {
                return f;
            }
            Expr out = kept.size() == 1 ? kept.get(0) : new Mul(kept);
            steps.add(ProofStep.of("reduction: the positive factors free of ", n, " of ", f, " do not move the minimiser: minimise ", out));
            return out;
        }
        if (f instanceof Pow p && free(p.exponent()) && !FreeSymbols.of(p.exponent()).contains(x)
                && oracle.sign(p.exponent()).sign() == SignOracle.Sign.POSITIVE && shapes.positive(p.base())) {
            steps.add(ProofStep.of("reduction: ", Expr.pow(Expr.sym("u"), Expr.sym("q")), " with ",
                    StepRelation.equal(Expr.sym("q"), p.exponent()), " positive and ", StepRelation.equal(Expr.sym("u"), p.base()),
                    " positive on its domain is increasing in u: minimise u"));
            return p.base();
        }
        if (f instanceof Call c && c.builtin() == Builtin.LOG && c.args().size() == 1 && shapes.positive(c.args().get(0))) {
            steps.add(ProofStep.of("reduction: Log is increasing: minimise ", c.args().get(0)));
            return c.args().get(0);
        }
        if (f instanceof Call c && c.builtin() == Builtin.EXP) {
            steps.add(ProofStep.of("reduction: Exp is increasing (a perplexity is minimised with its loss): minimise ", c.args().get(0)));
            return c.args().get(0);
        }
        return f;
    }
}
