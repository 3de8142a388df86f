package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Differentiation;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.RelOp;
import zipfscale.expr.Substitution;
import zipfscale.expr.Symbol;

/**
 * Minimisation claims {@code ArgMin(f, N) REL g as x -> Infinity} for losses that are not sums of two
 * monomials (issue 20): lemma dominant_balance. The method, each step sound on its own:
 * <ol>
 * <li>Exact reductions ({@link LossReduction}): additive terms and positive factors free of N are dropped,
 *     an outer increasing map ({@code u^q} with q > 0 and u positive, {@code Log(u)}) is peeled off.</li>
 * <li>Candidate order: with {@code N = t x^e} (t > 0 and 0 < e < 1 symbols), each term's leading order in x is
 *     affine in e; a decreasing and an increasing term balance at {@code e*}. The candidate is only a guess:
 *     step 3 verifies it from scratch.</li>
 * <li>Profile at {@code N = t x^e*} (t > 0 a parameter): every term's leading term by the
 *     {@link LeadingTerms} calculus is {@code k_i t^(p_i) x^(r_i) (log x)^(m_i)}; exactly two terms reach the
 *     top order, one with p < 0 and one with p > 0 and the same log power, every other term is of
 *     strictly lower order (each comparison by the {@link SignOracle}). So
 *     {@code f(t x^e*)/(x^r (log x)^m) -> phi(t) = k1 t^p1 + k2 t^p2} (or their Max), uniformly for t in
 *     compact subsets of (0, inf): the terms contain only sums, products, powers with constant exponents and
 *     Logs, so every relative correction is a sum of continuous functions of t times negative powers of x
 *     (or of log x), and the order comparisons do not depend on t. phi has the unique minimiser
 *     {@code t* = (-p1 k1/(p2 k2))^(1/(p2 - p1))} (Max: {@code (k1/k2)^(1/(p2 - p1))}).</li>
 * <li>Side condition: f is convex in log N on its domain ({@link LogConvexity}), and every base of a
 *     non-integer power and every Log argument containing N has a positive leading coefficient at {@code N = t x^e*}, so that a window
 *     {@code [t* e^-d, t* e^d]} lies in the domain for large x. Then f(t* e^(+-d) x^e*) > f(t* x^e*) for large
 *     x (uniform convergence to phi), and convexity puts every minimiser inside the window: d being
 *     arbitrary, {@code ArgMin ~ t* x^e*}.</li>
 * </ol>
 * A step that cannot be carried out (a term outside that grammar, an order the oracle cannot compare, a
 * minimiser shifted by a power of log x, an undischarged side condition) is an {@link AsymptoticFailure}:
 * the claim is then decided by the numeric witness alone (at most CHECKED) or left UNDECIDED.
 */
public final class DominantBalance {
    private DominantBalance() {
    }

    /** The leading term of {@code ArgMin(f, N)} as x -> infinity by dominant balance. */
    public static LeadingTerm leading(Call argmin, LeadingTerms calc) {
        return leading(argmin, calc, List.of());
    }

    /**
     * The same over the N at which each of {@code domain} is positive as well (an eliminated variable of a
     * budget, {@link BudgetElimination}).
     */
    public static LeadingTerm leading(Call argmin, LeadingTerms calc, List<Expr> domain) {
        String n = ((Symbol) argmin.args().get(1)).name();
        String x = calc.variable();
        List<ProofStep> steps = new ArrayList<>();
        Expr g = new LossReduction(n, x, calc.oracle(), calc.sumRule(), steps).reduce(argmin.args().get(0));
        boolean isMax = g instanceof Call c && c.builtin() == Builtin.MAX;
        List<Expr> terms = isMax ? ((Call) g).args() : g instanceof Add a ? a.terms() : List.of();
        if (terms.size() < 2) {
            throw new AsymptoticFailure("dominant balance: after reduction the loss " + StepText.of(g)
                    + " is not a sum or Max of two or more terms in " + n);
        }
        for (Expr t : terms) {
            requireGrammar(t, n, x);
        }
        Set<String> taken = new java.util.HashSet<>(FreeSymbols.of(g));
        taken.add(x);
        String t = fresh("t", taken);
        String e = fresh("e", taken);
        List<Expr> candidates = candidates(terms, n, x, t, e, calc);
        if (candidates.isEmpty()) {
            throw new AsymptoticFailure("dominant balance: no decreasing and increasing terms of " + StepText.of(g)
                    + " balance at a power of " + x);
        }
        AsymptoticFailure last = null;
        for (Expr order : candidates) {
            List<ProofStep> trial = new ArrayList<>(steps);
            try {
                LeadingTerm out = new BalanceProfile(n, x, t, calc, trial).minimiser(g, terms, isMax, order, domain);
                RichText convex = new LogConvexity(n, x, calc.oracle(), calc.sumRule()).certify(g, domain);
                trial.add(ProofStep.of("side condition (a unique interior minimum): ", g, " is ", convex));
                calc.chain().add(ProofStep.of("lemma dominant_balance (issue 20): ", StepRelation.equal(Expr.sym(n),
                        Expr.mul(Expr.sym(t), Expr.pow(Expr.sym(x), Expr.sym("e")))), " with ", StepRelation.equal(Expr.sym("e"), order),
                        " balances the decreasing and the increasing term of ", argmin.args().get(0)));
                calc.chain().addAll(trial);
                return out;
            } catch (AsymptoticFailure f) {
                last = f;
            }
        }
        throw last;
    }

    /** The orders e at which a pair of terms with opposite monotonicity in t balance, with 0 < e < 1 assumed. */
    private static List<Expr> candidates(List<Expr> terms, String n, String x, String t, String e,
            LeadingTerms calc) {
        SignOracle oracle = calc.oracle().with(List.of(new Comparison(Expr.sym(t), RelOp.GT, Expr.num(0)),
                new Comparison(Expr.sym(e), RelOp.GT, Expr.num(0)), new Comparison(Expr.sym(e), RelOp.LT, Expr.num(1))));
        LeadingTerms guess = new LeadingTerms(x, oracle, calc.sumRule(), new ArrayList<>());
        Expr scale = Expr.mul(Expr.sym(t), Expr.pow(Expr.sym(x), Expr.sym(e)));
        List<Expr> slope = new ArrayList<>();
        List<Expr> intercept = new ArrayList<>();
        List<SignOracle.Sign> monotone = new ArrayList<>();
        for (Expr term : terms) {
            try {
                LeadingTerm lt = guess.of(Substitution.apply(term, Map.of(n, scale)));
                Expr p = lt.coefficient().atoms().getOrDefault(Expr.sym(t), Expr.num(0));
                slope.add(Differentiation.derivative(lt.exponent(), e));
                intercept.add(Substitution.apply(lt.exponent(), Map.of(e, Expr.num(0))));
                monotone.add(oracle.sign(p).sign());
            } catch (AsymptoticFailure | zipfscale.expr.NotDifferentiableException f) {
                slope.add(null);
                intercept.add(null);
                monotone.add(SignOracle.Sign.UNKNOWN);
            }
        }
        Set<Expr> out = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = 0; j < terms.size(); j++) {
                if (slope.get(i) == null || slope.get(j) == null || monotone.get(i) != SignOracle.Sign.NEGATIVE
                        || monotone.get(j) != SignOracle.Sign.POSITIVE) {
                    continue;
                }
                Expr ds = Expr.sub(slope.get(i), slope.get(j));
                if (calc.oracle().sign(ds).sign() == SignOracle.Sign.ZERO) {
                    continue;
                }
                Expr order = Expr.div(Expr.sub(intercept.get(j), intercept.get(i)), ds);
                out.add(tidy(order, calc.oracle()));
            }
        }
        return new ArrayList<>(out);
    }

    /** Terms built from N, constants, sums, products, powers with exponents free of N and x, and Log. */
    static void requireGrammar(Expr e, String n, String x) {
        if (!FreeSymbols.of(e).contains(n) || e instanceof Symbol) {
            return;
        }
        if (e instanceof Add a) {
            a.terms().forEach(u -> requireGrammar(u, n, x));
            return;
        }
        if (e instanceof Mul m) {
            m.factors().forEach(u -> requireGrammar(u, n, x));
            return;
        }
        if (e instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(n)
                && !FreeSymbols.of(p.exponent()).contains(x)) {
            requireGrammar(p.base(), n, x);
            return;
        }
        if (e instanceof Call c && c.builtin() == Builtin.LOG && c.args().size() == 1) {
            requireGrammar(c.args().get(0), n, x);
            return;
        }
        throw new AsymptoticFailure("dominant balance: no rule for " + StepText.of(e) + " (terms may use " + n
                + " only through sums, products, powers with constant exponents and Log)");
    }

    /** The shortest to read of the order as written and Symja's Together and Simplify forms. */
    private static Expr tidy(Expr e, SignOracle oracle) {
        Expr best = e;
        for (String method : List.of("Together", "Simplify")) {
            Expr f = oracle.normalForm(method, e);
            if (f != null && StepText.of(f).length() <= StepText.of(best).length()) {
                best = f;
            }
        }
        return best;
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        for (int i = 1; taken.contains(name); i++) {
            name = base + i;
        }
        taken.add(name);
        return name;
    }
}
