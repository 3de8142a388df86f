package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The leading term of a sum whose largest terms cancel, e.g. a Zipf tail minus the first terms of its
 * Euler-Maclaurin expansion, or the missing mass minus its exponential approximation. The sum is
 * flattened (x-free factors distributed over inner sums) into terms, each either <b>exact</b> (a monomial
 * {@code C x^e (log x)^m}: products and x-free powers of x, Log(x) and constants, whose leading term is
 * the whole term) or not; Zipf sums may be replaced by their expansions from the lemma library
 * ({@link LeadingTerms.SumRule#expansion}: exact terms plus a remainder with a known leading term) or, in
 * pairs, by the leading term of their difference ({@link LeadingTerms.SumRule#difference}). Then, from
 * the largest order down: terms of the same order whose coefficients add to 0 (Symja brings the sum to 0)
 * are dropped when every one of them is exact (they cancel identically, nothing of them is left), and the
 * first order whose coefficients add to a nonzero constant gives the leading term. A tie that involves an
 * inexact term and cannot be shown nonzero is a possible cancellation: the calculus gives up.
 */
public final class CancellingSum {
    /** A term of the flattened sum: its leading term and whether it equals that leading term exactly. */
    public record Term(LeadingTerm lead, boolean exact) { }

    private CancellingSum() {
    }

    public static LeadingTerm leading(Add e, LeadingTerms calc, LeadingTerms.SumRule sums) {
        List<Expr[]> leaves = new ArrayList<>();
        flatten(e, Expr.num(1), calc.variable(), leaves);
        List<Term> terms = new ArrayList<>();
        boolean[] used = new boolean[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            if (used[i]) {
                continue;
            }
            Expr c = leaves.get(i)[0];
            Expr t = leaves.get(i)[1];
            if (t instanceof Sum s) {
                LeadingTerm pair = null;
                for (int j = i + 1; j < leaves.size() && pair == null; j++) {
                    if (!used[j] && leaves.get(j)[1] instanceof Sum s2) {
                        pair = sums.difference(c, s, leaves.get(j)[0], s2, calc);
                        if (pair != null) {
                            used[j] = true;
                        }
                    }
                }
                if (pair != null) {
                    terms.add(new Term(pair, false));
                    continue;
                }
                List<Term> expansion = sums.expansion(s, calc);
                if (expansion != null) {
                    LeadingTerm k = calc.of(c);
                    for (Term x : expansion) {
                        terms.add(new Term(k.times(x.lead()), x.exact()));
                    }
                    continue;
                }
            }
            terms.add(new Term(calc.of(Expr.mul(c, t)), isMonomial(t, calc.variable())));
        }
        return cancel(terms, calc);
    }

    private static LeadingTerm cancel(List<Term> terms, LeadingTerms calc) {
        List<Term> live = new ArrayList<>();
        for (Term t : terms) {
            if (!t.lead().exponentiallySmall()) {
                live.add(t);
            }
        }
        while (!live.isEmpty()) {
            List<Term> ties = new ArrayList<>();
            for (Term t : live) {
                if (ties.isEmpty()) {
                    ties.add(t);
                    continue;
                }
                LeadingTerm best = ties.get(0).lead();
                SignOracle.Answer a = calc.oracle().sign(Expr.sub(t.lead().exponent(), best.exponent()));
                int cmp;
                switch (a.sign()) {
                    case POSITIVE: cmp = 1; break;
                    case NEGATIVE: cmp = -1; break;
                    case ZERO: cmp = Integer.compare(t.lead().logPower(), best.logPower()); break;
                    default:
                        throw new AsymptoticFailure("cannot order the exponents " + StepText.of(t.lead().exponent())
                                + " and " + StepText.of(best.exponent()) + " in a sum: " + a.how());
                }
                if (cmp > 0) {
                    ties.clear();
                    ties.add(t);
                } else if (cmp == 0) {
                    ties.add(t);
                }
            }
            LeadingTerm first = ties.get(0).lead();
            List<Expr> cs = new ArrayList<>();
            boolean allExact = true;
            for (Term t : ties) {
                cs.add(t.lead().coefficient().toExpr());
                allExact &= t.exact();
            }
            Expr c = cs.size() == 1 ? cs.get(0) : new Add(cs);
            SignOracle.Answer s = calc.oracle().sign(c);
            String order = calc.variable() + "^(" + StepText.of(first.exponent()) + ")"
                    + (first.logPower() == 0 ? "" : "*Log(" + calc.variable() + ")^" + first.logPower());
            Expr orderExpr = Expr.mul(Expr.pow(Expr.sym(calc.variable()), first.exponent()),
                    Expr.pow(Expr.call("Log", Expr.sym(calc.variable())), Expr.num(first.logPower())));
            if (s.sign() == SignOracle.Sign.POSITIVE || s.sign() == SignOracle.Sign.NEGATIVE) {
                if (ties.size() > 1) {
                    calc.chain().add(ProofStep.of("sum: the terms of order ", orderExpr, " have coefficients adding to ", StepRelation.of(c, "!=", Expr.num(0)), " (", s.how(), ")"));
                }
                return new LeadingTerm(PowerProduct.of(c), first.exponent(), first.logPower(), false);
            }
            if (s.sign() == SignOracle.Sign.ZERO && allExact && ties.size() > 1) {
                calc.chain().add(ProofStep.of("sum: the terms of order ", orderExpr, " are exact monomials whose coefficients add", " to ", StepRelation.equal(c, Expr.num(0)), " (", s.how(), "): they cancel identically"));
                live.removeAll(ties);
                continue;
            }
            throw new AsymptoticFailure("possible cancellation: terms of order " + order + " have coefficients"
                    + " adding to " + StepText.of(c) + ", not shown nonzero (" + s.how() + ")"
                    + (allExact ? "" : ", and some of them are only leading terms"));
        }
        throw new AsymptoticFailure("every term of the sum cancels: it is identically 0");
    }

    /** Appends (x-free factor, term) pairs: x-free factors of a product are distributed over an inner sum. */
    private static void flatten(Expr e, Expr factor, String x, List<Expr[]> out) {
        if (e instanceof Add a) {
            for (Expr t : a.terms()) {
                flatten(t, factor, x, out);
            }
            return;
        }
        if (e instanceof Mul m) {
            List<Expr> free = new ArrayList<>();
            List<Expr> bound = new ArrayList<>();
            for (Expr f : m.factors()) {
                (FreeSymbols.of(f).contains(x) ? bound : free).add(f);
            }
            if (bound.size() == 1) {
                free.add(0, factor);
                Expr k = Expr.mul(free.toArray(new Expr[0]));
                if (bound.get(0) instanceof Add || bound.get(0) instanceof Sum) {
                    flatten(bound.get(0), k, x, out);
                    return;
                }
            }
        }
        out.add(new Expr[] {factor, e});
    }

    /** Whether e is exactly {@code C x^e (log x)^m}: built from x, Log(x) and x-free parts by products and x-free powers. */
    public static boolean isMonomial(Expr e, String x) {
        if (!FreeSymbols.of(e).contains(x) || e instanceof Symbol) {
            return true;
        }
        if (e instanceof Pow p) {
            return !FreeSymbols.of(p.exponent()).contains(x) && isMonomial(p.base(), x);
        }
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (!isMonomial(f, x)) {
                    return false;
                }
            }
            return true;
        }
        return e instanceof Call c && c.function().equals("Log") && c.args().size() == 1
                && MellinTable.isSymbol(c.args().get(0), x);
    }
}
