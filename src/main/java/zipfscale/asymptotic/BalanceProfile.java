package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.RelOp;
import zipfscale.expr.Substitution;
import zipfscale.expr.Sum;

/**
 * Step 3 of {@link DominantBalance}: the leading-order profile of a loss at {@code N = t x^e} for a given
 * order e, verified from scratch (t > 0 a parameter): every term's leading term
 * {@code k t^p x^r (log x)^m}, the two terms of top order (one decreasing and one increasing in t, same log
 * power, every other term of strictly lower order), positive leading coefficients of every base and Log
 * argument containing N (the domain's conditions), and the profile's minimiser t*. Returns the leading term {@code t* x^e} of the
 * minimiser.
 */
final class BalanceProfile {
    /** One term's leading term at N = t x^e: {@code k t^p x^r (log x)^m}. */
    private record Term(Expr source, Expr k, Expr p, Expr r, int m, boolean small) { }

    private final String n;
    private final String x;
    private final String t;
    private final SignOracle oracle;
    private final LeadingTerms calc;
    private final List<ProofStep> steps;

    BalanceProfile(String n, String x, String t, LeadingTerms outer, List<ProofStep> steps) {
        this.n = n;
        this.x = x;
        this.t = t;
        this.oracle = outer.oracle().with(List.of(new Comparison(Expr.sym(t), RelOp.GT, Expr.num(0))));
        this.calc = new LeadingTerms(x, oracle, outer.sumRule(), new ArrayList<>());
        this.steps = steps;
    }

    /** {@code domain}: further expressions in N that must be positive (an eliminated budget variable). */
    LeadingTerm minimiser(Expr g, List<Expr> terms, boolean isMax, Expr e, List<Expr> domain) {
        this.domain = domain;
        return minimiser(g, terms, isMax, e, 0);
    }

    private List<Expr> domain = List.of();

    /**
     * At {@code N = t x^e (log x)^mu}. When the two top terms carry different log powers m1, m2, the balance
     * moves by {@code (log x)^mu} with {@code mu = (m1 - m2)/(p2 - p1)}: tried once, when mu is a whole number
     * (a power of log x that the leading-term calculus can represent).
     */
    private LeadingTerm minimiser(Expr g, List<Expr> terms, boolean isMax, Expr e, int mu) {
        Expr scale = Expr.mul(Expr.sym(t), Expr.pow(Expr.sym(x), e));
        if (mu != 0) {
            scale = Expr.mul(scale, Expr.pow(Expr.call("Log", Expr.sym(x)), Expr.num(mu)));
        }
        List<Term> ts = new ArrayList<>();
        for (Expr term : terms) {
            ts.add(term(term, scale));
        }
        List<Term> top = top(ts);
        if (top.size() != 2) {
            throw new AsymptoticFailure("dominant balance at " + n + " = " + t + "*" + x + "^(" + StepText.of(e)
                    + "): " + top.size() + " terms of the top order, not two");
        }
        Term lo = top.get(0);
        Term hi = top.get(1);
        if (sign(lo.p()) == SignOracle.Sign.POSITIVE) {
            lo = top.get(1);
            hi = top.get(0);
        }
        if (sign(lo.p()) != SignOracle.Sign.NEGATIVE || sign(hi.p()) != SignOracle.Sign.POSITIVE) {
            throw new AsymptoticFailure("dominant balance: the terms of top order " + StepText.of(lo.source()) + " and "
                    + StepText.of(hi.source()) + " are not one decreasing and one increasing in " + n);
        }
        if (lo.m() != hi.m() && mu == 0) {
            Expr shift = simplify(Expr.div(Expr.num(lo.m() - hi.m()), Expr.sub(hi.p(), lo.p())));
            if (shift instanceof zipfscale.expr.Rational q && q.isInteger() && q.signum() != 0) {
                Expr logX = Expr.call("Log", Expr.sym(x));
                steps.add(ProofStep.of("log shift: the top terms carry ", Expr.pow(logX, Expr.num(lo.m())), " and ",
                        Expr.pow(logX, Expr.num(hi.m())), ": try ", StepRelation.equal(Expr.sym(n), Expr.mul(Expr.sym(t),
                                Expr.pow(Expr.sym(x), e), Expr.pow(logX, shift)))));
                return minimiser(g, terms, isMax, e, q.numerator().intValueExact());
            }
        }
        if (lo.m() != hi.m()) {
            throw new AsymptoticFailure("dominant balance: the terms of top order carry different powers of log " + x
                    + " (" + lo.m() + " and " + hi.m() + "): the minimiser is shifted by a power of log " + x
                    + " that has no monomial form");
        }
        for (Term u : List.of(lo, hi)) {
            if (sign(u.k()) != SignOracle.Sign.POSITIVE) {
                throw new AsymptoticFailure("dominant balance: the leading coefficient " + StepText.of(u.k()) + " of "
                        + StepText.of(u.source()) + " is not shown positive");
            }
        }
        requirePositiveBases(g, scale);
        Expr gap = simplify(Expr.sub(hi.p(), lo.p()));
        Expr ratio = isMax ? Expr.div(lo.k(), hi.k())
                : Expr.div(Expr.mul(Expr.neg(lo.p()), lo.k()), Expr.mul(hi.p(), hi.k()));
        ratio = simplify(ratio);
        Expr tStar = Expr.pow(ratio, Expr.pow(gap, Expr.num(-1)));
        Expr tSym = Expr.sym(t);
        Expr xs = Expr.sym(x);
        Expr loT = Expr.mul(lo.k(), Expr.pow(tSym, lo.p()));
        Expr hiT = Expr.mul(hi.k(), Expr.pow(tSym, hi.p()));
        Expr phi = isMax ? Expr.call("Max", loT, hiT) : Expr.add(loT, hiT);
        Expr order = Expr.mul(Expr.pow(xs, lo.r()), Expr.pow(Expr.call("Log", xs), Expr.num(lo.m())));
        steps.add(ProofStep.of("profile: at ", StepRelation.equal(Expr.sym(n), scale), " the loss is ", order,
                " times ", StepRelation.equal(Expr.call("phi", tSym), phi), " plus terms smaller by a power of ", x,
                ", of log ", x, " or by log log ", x, "/log ", x, ", uniformly for ", t, " in compact subsets of (0, inf)"));
        Expr tStarSym = Expr.sym(t + "_star");
        steps.add(ProofStep.of("profile minimiser: ", isMax ? "the two terms are equal" : RichText.of(StepRelation.equal(
                Expr.add(Expr.mul(Expr.sym("p1"), Expr.sym("T1")), Expr.mul(Expr.sym("p2"), Expr.sym("T2"))), Expr.num(0))),
                " at ", StepRelation.equal(tStarSym, Expr.pow(ratio, Expr.div(Expr.num(1), gap))), ", so ",
                StepRelation.sim(Expr.sym(n + "_opt"), Substitution.apply(scale, Map.of(t, tStarSym)))));
        return new LeadingTerm(PowerProduct.of(tStar), e, mu, false);
    }

    private Term term(Expr source, Expr scale) {
        LeadingTerm lt = calc.of(Substitution.apply(source, Map.of(n, scale)));
        if (lt.exponentiallySmall()) {
            return new Term(source, null, null, null, 0, true);
        }
        Expr p = lt.coefficient().atoms().getOrDefault(Expr.sym(t), Expr.num(0));
        List<Expr> rest = new ArrayList<>();
        rest.add(lt.coefficient().rational());
        lt.coefficient().atoms().forEach((atom, power) -> {
            if (atom.equals(Expr.sym(t))) {
                return;
            }
            if (FreeSymbols.of(atom).contains(t) || FreeSymbols.of(power).contains(t)) {
                throw new AsymptoticFailure("dominant balance: the leading coefficient of " + StepText.of(source)
                        + " at " + n + " = " + StepText.of(scale) + " is not a power of " + t);
            }
            rest.add(Expr.pow(atom, power));
        });
        Expr k = rest.size() == 1 ? rest.get(0) : new Mul(rest);
        return new Term(source, simplify(k), simplify(p), simplify(lt.exponent()), lt.logPower(), false);
    }

    /** The terms of top order: the largest exponent of x (every other term has a strictly smaller one). */
    private List<Term> top(List<Term> ts) {
        List<Term> best = new ArrayList<>();
        for (Term u : ts) {
            if (u.small()) {
                continue;
            }
            if (best.isEmpty()) {
                best.add(u);
                continue;
            }
            Term b = best.get(0);
            SignOracle.Answer a = oracle.sign(Expr.sub(u.r(), b.r()));
            int cmp;
            switch (a.sign()) {
                case POSITIVE: cmp = 1; break;
                case NEGATIVE: cmp = -1; break;
                case ZERO: cmp = 0; break;
                default:
                    throw new AsymptoticFailure("dominant balance: cannot order the terms " + StepText.of(u.source())
                            + " and " + StepText.of(b.source()) + " (exponents " + StepText.of(u.r()) + " and "
                            + StepText.of(b.r()) + "): " + a.how());
            }
            if (cmp > 0) {
                best.clear();
                best.add(u);
            } else if (cmp == 0) {
                best.add(u);
            }
        }
        for (Term u : ts) {
            steps.add(ProofStep.of("order: ", u.small() ? RichText.of(u.source(), " is exponentially small")
                    : RichText.of(StepRelation.sim(u.source(), Expr.mul(u.k(), Expr.pow(Expr.sym(t), u.p()),
                            Expr.pow(Expr.sym(x), u.r()), Expr.pow(Expr.call("Log", Expr.sym(x)), Expr.num(u.m()))))),
                    best.contains(u) ? " (top order)" : " (lower order)"));
        }
        return best;
    }

    /**
     * Every base of a power with a non-integer exponent and every Log argument containing N has a positive
     * leading coefficient.
     */
    private void requirePositiveBases(Expr g, Expr scale) {
        List<Expr> bases = new ArrayList<>(domain);
        collectBases(g, bases);
        for (Expr b : bases) {
            LeadingTerm lt = calc.of(Substitution.apply(b, Map.of(n, scale)));
            SignOracle.Answer a = lt.exponentiallySmall() ? new SignOracle.Answer(SignOracle.Sign.UNKNOWN,
                    "exponentially small") : oracle.sign(lt.coefficient().toExpr());
            if (a.sign() != SignOracle.Sign.POSITIVE) {
                throw new AsymptoticFailure("dominant balance: the base " + StepText.of(b) + " is not shown positive "
                        + "near the minimiser: " + a.how());
            }
        }
        if (!bases.isEmpty()) {
            steps.add(ProofStep.of("domain: every base and Log argument containing ", n, " has a positive leading coefficient at ", StepRelation.equal(Expr.sym(n), scale), ", so a neighbourhood of the minimiser lies in the domain for large ", x));
        }
    }

    private void collectBases(Expr e, List<Expr> out) {
        if (!FreeSymbols.of(e).contains(n)) {
            return;
        }
        if (e instanceof Pow p) {
            if (!(p.base() instanceof zipfscale.expr.Symbol)
                    && !(p.exponent() instanceof zipfscale.expr.Rational r && r.isInteger())) {
                out.add(p.base());
            }
            collectBases(p.base(), out);
        } else if (e instanceof Call c) {
            if (c.builtin() == Builtin.LOG && !(c.args().get(0) instanceof zipfscale.expr.Symbol)) {
                out.add(c.args().get(0));
            }
            c.args().forEach(a -> collectBases(a, out));
        } else if (e instanceof Add a) {
            a.terms().forEach(u -> collectBases(u, out));
        } else if (e instanceof Mul m) {
            m.factors().forEach(u -> collectBases(u, out));
        } else if (e instanceof Sum || e instanceof Integral) {
            throw new AsymptoticFailure("dominant balance: a sum or integral in " + n);
        }
    }

    private SignOracle.Sign sign(Expr e) {
        return oracle.sign(e).sign();
    }

    private Expr simplify(Expr e) {
        Expr s = oracle.normalForm("Together", e);
        return s != null ? s : e;
    }
}
