package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The leading-term calculus: the leading term {@code C x^e (log x)^m} of an exp-log-power expression
 * in x with symbolic C and e (see {@link LeadingTerm}). Rules:
 * <ul>
 * <li>x-free subexpressions (Gamma, Zeta of parameters, ...) are constants;</li>
 * <li>products multiply leading terms; powers with x-free exponents raise them (a non-integer power
 *     needs a positive coefficient, checked by the {@link SignOracle});</li>
 * <li>sums keep the term of largest exponent, the sign of each exponent difference decided by the
 *     oracle; equal exponents add their coefficients, and a sum whose sign the oracle cannot fix is a
 *     possible cancellation: the calculus gives up rather than guess;</li>
 * <li>{@code Exp(f)}: f -> 0 gives 1, f -> C gives exp(C), f -> -inf as a power gives an exponentially
 *     small term; {@code Log(f)} with f ~ C x^e, e != 0, gives e log x;</li>
 * <li>{@code Max}/{@code Min} of positive terms keep the dominant one (equal exponents: Max/Min of the
 *     constants);</li>
 * <li>Zipf sums go to the lemma library ({@link ZipfSumLemmas}).</li>
 * </ul>
 * Each decision is appended to the justification chain.
 */
public final class LeadingTerms implements Expr.Visitor<LeadingTerm> {
    /** Leading terms of sums over k, from the lemma library. */
    public interface SumRule {
        LeadingTerm leading(Sum s, LeadingTerms calculus);

        /**
         * An expansion of the sum into exact monomials plus a remainder with a known leading term (the
         * last {@link CancellingSum.Term}, not exact), for sums whose first terms cancel against others;
         * null when the library has none.
         */
        default List<CancellingSum.Term> expansion(Sum s, LeadingTerms calculus) {
            return null;
        }

        /** The leading term of {@code c1*s1 + c2*s2} when a lemma gives it (the two cancel); else null. */
        default LeadingTerm difference(Expr c1, Sum s1, Expr c2, Sum s2, LeadingTerms calculus) {
            return null;
        }
    }

    private final String x;
    private final SignOracle oracle;
    private final SumRule sums;
    private final List<ProofStep> chain;

    public LeadingTerms(String x, SignOracle oracle, SumRule sums, List<ProofStep> chain) {
        this.x = x;
        this.oracle = oracle;
        this.sums = sums;
        this.chain = chain;
    }

    public String variable() {
        return x;
    }

    public SignOracle oracle() {
        return oracle;
    }

    public List<ProofStep> chain() {
        return chain;
    }

    public SumRule sumRule() {
        return sums;
    }

    /** The leading term of {@code e} as x -> infinity; throws {@link AsymptoticFailure} when out of reach. */
    public LeadingTerm of(Expr e) {
        if (!FreeSymbols.of(e).contains(x)) {
            if (e instanceof Rational r && r.signum() == 0) {
                throw new AsymptoticFailure("a term is identically 0");
            }
            return LeadingTerm.constant(PowerProduct.of(e));
        }
        return e.accept(this);
    }

    /** Requires {@code c > 0} under the assumptions and records how it was shown. */
    public void requirePositive(Expr c, Object why) {
        SignOracle.Answer a = oracle.sign(c);
        if (a.sign() != SignOracle.Sign.POSITIVE) {
            throw new AsymptoticFailure("side condition " + StepText.of(c) + " > 0 (" + StepText.of(RichText.of(why)) + ") not shown: "
                    + a.how());
        }
        chain.add(ProofStep.condition(why, StepRelation.positive(c), a.how()));
    }

    @Override
    public LeadingTerm visitRational(Rational e) {
        return LeadingTerm.constant(PowerProduct.of(e));
    }

    @Override
    public LeadingTerm visitDecimal(Decimal e) {
        return LeadingTerm.constant(PowerProduct.of(e));
    }

    @Override
    public LeadingTerm visitSymbol(Symbol e) {
        return LeadingTerm.power(PowerProduct.ONE, Expr.num(1));
    }

    @Override
    public LeadingTerm visitConstant(Constant e) {
        return LeadingTerm.constant(PowerProduct.of(e));
    }

    /**
     * A sum: the dominant term; when its largest terms may cancel, the cancellation-aware rule of
     * {@link CancellingSum} (exact monomials cancel identically, Zipf sums by their expansions).
     */
    @Override
    public LeadingTerm visitAdd(Add e) {
        int mark = chain.size();
        try {
            List<LeadingTerm> terms = new ArrayList<>();
            ExpMinusOne.Pair pair = ExpMinusOne.find(e.terms(), this);
            if (pair != null) {
                terms.add(pair.leading());
            }
            for (int i = 0; i < e.terms().size(); i++) {
                if (pair == null || (i != pair.exponential() && i != pair.partner())) {
                    terms.add(of(e.terms().get(i)));
                }
            }
            return dominant(terms, true, "sum");
        } catch (AsymptoticFailure first) {
            chain.subList(mark, chain.size()).clear();
            try {
                return CancellingSum.leading(e, this, sums);
            } catch (AsymptoticFailure second) {
                chain.subList(mark, chain.size()).clear();
                throw first;
            }
        }
    }

    /**
     * The dominant term of a sum (or of a Max when {@code largest}, a Min otherwise). Ties in exponent and
     * log power add their coefficients (sum) or take their Max/Min (positive coefficients only).
     */
    private LeadingTerm dominant(List<LeadingTerm> terms, boolean largest, String kind) {
        List<LeadingTerm> ties = new ArrayList<>();
        for (LeadingTerm t : terms) {
            if (t.exponentiallySmall()) {
                continue;
            }
            if (ties.isEmpty()) {
                ties.add(t);
                continue;
            }
            LeadingTerm best = ties.get(0);
            Expr diff = Expr.sub(t.exponent(), best.exponent());
            SignOracle.Answer a = oracle.sign(diff);
            int cmp;
            switch (a.sign()) {
                case POSITIVE: cmp = 1; break;
                case NEGATIVE: cmp = -1; break;
                case ZERO: cmp = Integer.compare(t.logPower(), best.logPower()); break;
                default:
                    throw new AsymptoticFailure("cannot order the exponents " + StepText.of(t.exponent()) + " and "
                            + StepText.of(best.exponent()) + " in a " + kind + ": " + a.how());
            }
            if (!largest) {
                cmp = -cmp;
            }
            if (a.sign() != SignOracle.Sign.ZERO) {
                chain.add(ProofStep.of(kind, ": exponent ", cmp > 0 ? t.exponent() : best.exponent(), " beats ", cmp > 0 ? best.exponent() : t.exponent(), " (the difference ", "has a fixed sign: ", a.how(), ")"));
            }
            if (cmp > 0) {
                ties.clear();
                ties.add(t);
            } else if (cmp == 0) {
                ties.add(t);
            }
        }
        if (ties.isEmpty()) {
            if (terms.isEmpty()) {
                throw new AsymptoticFailure("an empty " + kind);
            }
            return LeadingTerm.expSmall();
        }
        if (ties.size() == 1) {
            return ties.get(0);
        }
        List<Expr> cs = new ArrayList<>();
        for (LeadingTerm t : ties) {
            cs.add(t.coefficient().toExpr());
        }
        Expr c;
        if (kind.equals("sum")) {
            c = new Add(cs);
            SignOracle.Answer s = oracle.sign(c);
            if (s.sign() != SignOracle.Sign.POSITIVE && s.sign() != SignOracle.Sign.NEGATIVE) {
                throw new AsymptoticFailure("possible cancellation: terms with the same exponent "
                        + StepText.of(ties.get(0).exponent()) + " have coefficients adding to " + StepText.of(c)
                        + ", whose sign is not fixed (" + s.how() + ")");
            }
            chain.add(ProofStep.of("sum: equal exponents ", ties.get(0).exponent(), "; coefficients add to ",
                    StepRelation.of(c, "!=", Expr.num(0)), " (", s.how(), ")"));
        } else {
            for (Expr ci : cs) {
                requirePositive(ci, "coefficient of a term of " + kind);
            }
            c = new Call(largest ? "Max" : "Min", cs);
        }
        LeadingTerm first = ties.get(0);
        return new LeadingTerm(PowerProduct.of(c), first.exponent(), first.logPower(), false);
    }

    @Override
    public LeadingTerm visitMul(Mul e) {
        LeadingTerm out = LeadingTerm.constant(PowerProduct.ONE);
        for (Expr f : e.factors()) {
            out = out.times(of(f));
        }
        return out;
    }

    @Override
    public LeadingTerm visitPow(Pow e) {
        if (FreeSymbols.of(e.exponent()).contains(x)) {
            if (!FreeSymbols.of(e.base()).contains(x)) {
                return of(Expr.call("Exp", Expr.mul(e.exponent(), Expr.call("Log", e.base()))));
            }
            throw new AsymptoticFailure("no rule for a power whose base and exponent both contain " + x + ": "
                    + StepText.of(e));
        }
        return power(of(e.base()), e.exponent());
    }

    /** {@code t^p} for an x-free p. */
    public LeadingTerm power(LeadingTerm t, Expr p) {
        if (t.exponentiallySmall()) {
            SignOracle.Answer a = oracle.sign(p);
            if (a.sign() == SignOracle.Sign.POSITIVE) {
                return t;
            }
            throw new AsymptoticFailure("a power of an exponentially small term with exponent of unknown sign");
        }
        boolean integer = p instanceof Rational r && r.isInteger();
        if (!integer) {
            if (t.logPower() != 0) {
                throw new AsymptoticFailure("a non-integer power of a log factor");
            }
            requirePositive(t.coefficient().toExpr(), RichText.of("coefficient raised to the power ", p));
        }
        int m = integer ? t.logPower() * ((Rational) p).numerator().intValueExact() : 0;
        return new LeadingTerm(t.coefficient().pow(p), Expr.mul(t.exponent(), p), m, false);
    }

    @Override
    public LeadingTerm visitCall(Call e) {
        Builtin b = e.builtin();
        if (b == Builtin.EXP) {
            return exp(e.args().get(0));
        }
        if (b == Builtin.LOG && e.args().size() == 1) {
            LeadingTerm f = of(e.args().get(0));
            if (f.exponentiallySmall()) {
                throw new AsymptoticFailure("the log of an exponentially small term");
            }
            SignOracle.Answer a = oracle.sign(f.exponent());
            if (a.sign() == SignOracle.Sign.POSITIVE || a.sign() == SignOracle.Sign.NEGATIVE) {
                Expr eSym = Expr.sym("e");
                Expr xs = Expr.sym(x);
                chain.add(ProofStep.of("Log: the argument is ~ ", Expr.mul(Expr.sym("C"), Expr.pow(xs, eSym)), " with ",
                        StepRelation.equal(eSym, f.exponent()), ", nonzero (", a.how(), "), so the Log is ~ ",
                        Expr.mul(eSym, Expr.call("Log", xs))));
                return new LeadingTerm(PowerProduct.of(f.exponent()), Expr.num(0), 1, false);
            }
            throw new AsymptoticFailure("Log of a term whose exponent is not shown nonzero: " + a.how());
        }
        if (b == Builtin.ARG_MIN && BudgetElimination.isConstrained(e)) {
            BudgetElimination.Eliminated el = BudgetElimination.eliminate(e, this);
            return DominantBalance.leading(el.argmin(), this, List.of(el.solved()));
        }
        if (b == Builtin.ARG_MIN && BottleneckEqualisation.isArgMin(e)) {
            int mark = chain.size();
            try {
                return BottleneckEqualisation.leading(e, this);
            } catch (AsymptoticFailure monomials) {
                chain.subList(mark, chain.size()).clear();
                try {
                    return DominantBalance.leading(e, this);
                } catch (AsymptoticFailure balance) {
                    chain.subList(mark, chain.size()).clear();
                    throw new AsymptoticFailure(monomials.getMessage() + "; " + balance.getMessage());
                }
            }
        }
        if (b == Builtin.MAX || b == Builtin.MIN) {
            List<LeadingTerm> ts = new ArrayList<>();
            for (Expr a : e.args()) {
                LeadingTerm t = of(a);
                requirePositive(t.coefficient().toExpr(), "the terms of " + b.spelling() + " are positive");
                ts.add(t);
            }
            LeadingTerm d = dominant(ts, b == Builtin.MAX, b.spelling());
            chain.add(ProofStep.of(b.spelling(), ": the dominant term has exponent ", d.exponent()));
            return d;
        }
        throw new AsymptoticFailure("no leading-term rule for " + e.function() + " with " + x + " inside");
    }

    private LeadingTerm exp(Expr arg) {
        LeadingTerm f = of(arg);
        if (f.exponentiallySmall()) {
            return LeadingTerm.constant(PowerProduct.ONE);
        }
        SignOracle.Answer a = oracle.sign(f.exponent());
        if (a.sign() == SignOracle.Sign.NEGATIVE) {
            chain.add(ProofStep.of("Exp: the argument tends to 0 (exponent ", StepRelation.less(f.exponent(), Expr.num(0)), ": ",
                    a.how(), "), so Exp ~ 1"));
            return LeadingTerm.constant(PowerProduct.ONE);
        }
        if (a.sign() == SignOracle.Sign.ZERO && f.logPower() == 0) {
            return LeadingTerm.constant(PowerProduct.of(Expr.call("Exp", f.coefficient().toExpr())));
        }
        if (a.sign() == SignOracle.Sign.POSITIVE || (a.sign() == SignOracle.Sign.ZERO && f.logPower() > 0)) {
            SignOracle.Answer c = oracle.sign(f.coefficient().toExpr());
            if (c.sign() == SignOracle.Sign.NEGATIVE) {
                chain.add(ProofStep.of("Exp: the argument tends to -infinity as a power of ", x, ": exponentially small"));
                return LeadingTerm.expSmall();
            }
            throw new AsymptoticFailure("Exp of a term that does not tend to -infinity or a constant");
        }
        throw new AsymptoticFailure("Exp: the sign of the exponent " + StepText.of(f.exponent())
                + " is not fixed (" + a.how() + ")");
    }

    @Override
    public LeadingTerm visitSum(Sum e) {
        return sums.leading(e, this);
    }

    @Override
    public LeadingTerm visitIntegral(Integral e) {
        throw new AsymptoticFailure("no leading-term rule for integrals with " + x + " inside");
    }
}
