package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;

/**
 * The lemma library for Zipf sums over k, each a theorem schema whose side conditions are discharged
 * from the assumptions by the {@link SignOracle} and recorded in the chain:
 * <ul>
 * <li><b>Zipf tail</b> (integral test, eq. (7)): {@code sum_{k>=L} c k^-alpha ~ c/(alpha-1) L^(1-alpha)}
 *     as L -> inf; side condition alpha > 1.</li>
 * <li><b>Mellin harmonic sum</b> (eq. (29)): {@code sum_{k>=1} w_k g(a x w_k^beta) ~
 *     (c/(alpha beta)) (a c^beta)^(-s) M_g(s) x^(-s)}, {@code s = (alpha-1)/(alpha beta)}, w_k = c k^-alpha;
 *     side conditions alpha > 1, beta > 0, a > 0, c > 0, s in the strip of g's Mellin transform (which
 *     makes M_g(s) finite and nonzero; the kernels of the table are bounded on [0, inf)).</li>
 * <li><b>Missing mass</b> (Prop. 5.1, sharpened): {@code sum_k w_k (1-w_k)^x ~ sum_k w_k exp(-x w_k)},
 *     for 0 < c < 1. Why the ratio tends to 1 (the paper proves only asymp, via (15)): for w <= 1/2,
 *     {@code exp(-x w - x w^2) <= (1-w)^x <= exp(-x w)}, so the difference is at most
 *     {@code sum_k w_k exp(-x w_k) (x w_k^2)}, a harmonic sum of the kernel u^2 e^-u with one more factor
 *     w_k/x... of order x^(-1-s), against a main term of order x^(-s); the finitely many k with w_k > 1/2
 *     contribute (1 - w_k)^x, exponentially small.</li>
 * </ul>
 */
public final class ZipfSumLemmas implements LeadingTerms.SumRule {
    /** A recognised Zipf sum: what it is, and what the numeric engine needs. */
    public sealed interface Form permits Tail, Harmonic { }

    /**
     * {@code factor * sum_{k >= lower} w_k (Log k)^logPower}; {@code logPower} null for a plain Zipf tail.
     */
    public record Tail(ZipfWeight w, Expr factor, Expr lower, Expr logPower) implements Form { }

    /** {@code factor * sum_{k >= 1} w_k g(a x w_k^beta)}; {@code missing} when written as (1 - w_k)^x. */
    public record Harmonic(ZipfWeight w, Expr factor, Expr a, Expr beta, Expr kernel, String u, boolean missing)
            implements Form { }

    private final Map<String, ZipfWeight> weights;
    private final String x;

    public ZipfSumLemmas(Map<String, ZipfWeight> weights, String x) {
        this.weights = weights;
        this.x = x;
    }

    public String variable() {
        return x;
    }

    /** The sum with its weight calls {@code p(k)} replaced by their definitions (for the general engines). */
    public Sum inlineWeights(Sum s) {
        return new Sum(HarmonicShape.inline(s.body(), s.index(), weights), s.index(), s.lower(), s.upper());
    }

    /** The form of a Zipf sum in x, or an {@link AsymptoticFailure} saying why it is not one. */
    public Form recognise(Sum s) {
        if (!(s.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY) {
            throw new AsymptoticFailure("only sums up to Infinity are Zipf sums");
        }
        String k = s.index();
        List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        ZipfWeight w = null;
        Expr weightCall = null;
        List<Expr> constants = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr f : factors) {
            ZipfWeight here = weightOf(f, k);
            if (w == null && here != null) {
                w = here;
                weightCall = f;
            } else if (FreeSymbols.of(f).contains(k) || FreeSymbols.of(f).contains(x)) {
                rest.add(f);
            } else {
                constants.add(f);
            }
        }
        if (w == null) {
            throw new AsymptoticFailure("no Zipf weight c*k^(-alpha) found as a factor of the summand");
        }
        if (!FreeSymbols.of(w.c()).isEmpty() && (FreeSymbols.of(w.c()).contains(x) || FreeSymbols.of(w.alpha()).contains(x))) {
            throw new AsymptoticFailure("the weight depends on " + x);
        }
        Expr factor = constants.isEmpty() ? Expr.num(1) : constants.size() == 1 ? constants.get(0) : new Mul(constants);
        if (rest.isEmpty()) {
            if (FreeSymbols.of(s.lower()).contains(x)) {
                return new Tail(w, factor, s.lower(), null);
            }
            throw new AsymptoticFailure("a Zipf sum free of " + x);
        }
        Expr logPower = rest.size() == 1 ? logPower(rest.get(0), k) : null;
        if (logPower != null && FreeSymbols.of(s.lower()).contains(x)) {
            return new Tail(w, factor, s.lower(), logPower);
        }
        if (!(s.lower() instanceof Rational lo) || !lo.equals(Expr.num(1))) {
            throw new AsymptoticFailure("a Zipf kernel sum must start at k = 1");
        }
        Expr g = rest.size() == 1 ? rest.get(0) : new Mul(rest);
        if (g instanceof Pow p && MellinTable.isSymbol(p.exponent(), x) && p.base() instanceof Add a
                && a.terms().size() == 2 && a.terms().contains(Expr.num(1)) && a.terms().contains(Expr.neg(weightCall))) {
            return new Harmonic(w, factor, Expr.num(1), Expr.num(1), Expr.call("Exp", Expr.neg(Expr.sym("u"))), "u", true);
        }
        return harmonic(w, weightCall, factor, g, k);
    }

    /** n when f is {@code Log(k)^n} (n free of k and x; {@code Log(k)} is n = 1), else null. */
    private Expr logPower(Expr f, String k) {
        Expr log = Expr.call("Log", Expr.sym(k));
        if (f.equals(log)) {
            return Expr.num(1);
        }
        if (f instanceof Pow p && p.base().equals(log) && !FreeSymbols.of(p.exponent()).contains(k)
                && !FreeSymbols.of(p.exponent()).contains(x)) {
            return p.exponent();
        }
        return null;
    }

    private ZipfWeight weightOf(Expr f, String k) {
        if (f instanceof Call c && weights.containsKey(c.function()) && c.args().size() == 1
                && MellinTable.isSymbol(c.args().get(0), k)) {
            return weights.get(c.function());
        }
        return f instanceof Pow ? ZipfWeight.of(f, k) : null;
    }

    /** Finds the kernel argument {@code a x w_k^beta} in g and replaces it by u. */
    private Harmonic harmonic(ZipfWeight w, Expr weightCall, Expr factor, Expr g, String k) {
        KernelArgument arg = KernelArgument.find(g, weightCall, x, k);
        return new Harmonic(w, factor, arg.a(), arg.beta(), arg.kernel(), arg.u(), false);
    }

    @Override
    public LeadingTerm leading(Sum s, LeadingTerms calc) {
        if (!(s.upper() instanceof Constant up) || up.kind() != Constant.Kind.INFINITY) {
            return EulerMaclaurinSums.leading(s, calc);
        }
        int mark = calc.chain().size();
        try {
            Form f = recognise(s);
            if (f instanceof Tail t) {
                return tail(t, calc);
            }
            return harmonicLeading((Harmonic) f, calc);
        } catch (AsymptoticFailure zipf) {
            // not one of the paper's forms (or its lemma did not apply): the general Mellin rule for harmonic sums
            calc.chain().subList(mark, calc.chain().size()).clear();
            LeadingTerm general;
            try {
                general = HarmonicSums.leading(s, calc, weights);
            } catch (AsymptoticFailure other) {
                calc.chain().subList(mark, calc.chain().size()).clear();
                throw new AsymptoticFailure(zipf.getMessage() + "; as a general harmonic sum: " + other.getMessage());
            }
            if (general == null) {
                throw zipf;
            }
            return general;
        }
    }

    /** Euler-Maclaurin: the Bernoulli terms kept exact (j = 1..3) and the first omitted one (j = 4). */
    private static final int EM_TERMS = 3;
    /** B_2j/(2j)! for j = 1..4: 1/12, -1/720, 1/30240, -1/1209600. */
    private static final long[][] BERNOULLI_OVER_FACTORIAL = {{1, 12}, {-1, 720}, {1, 30240}, {-1, 1209600}};

    /**
     * <b>Euler-Maclaurin expansion of the Zipf tail</b>: for {@code f(t) = c t^-alpha}, alpha > 1,
     * {@code sum_{k>x} f(k) = c [x^(1-alpha)/(alpha-1) - x^-alpha/2 + sum_{j=1..n} B_2j/(2j)! (alpha)_(2j-1)
     * x^(-alpha-2j+1)] + R_n} with {@code (alpha)_m = alpha (alpha+1) ... (alpha+m-1)}; since every derivative
     * of t^-alpha has a fixed sign, R_n has the sign of the first omitted term and is at most it in size
     * (Olver, Asymptotics and Special Functions, 8.2), and the expansion is asymptotic, so R_n ~ that term
     * (its coefficient is nonzero: B_2j != 0, alpha > 0). A first index x (instead of x + 1) adds c x^-alpha.
     * The terms are exact monomials in x; the last one returned is the remainder, n = {@link #EM_TERMS}.
     */
    @Override
    public List<CancellingSum.Term> expansion(Sum s, LeadingTerms calc) {
        if (!(s.upper() instanceof Constant up) || up.kind() != Constant.Kind.INFINITY) {
            return EulerMaclaurinSums.cancelling(s, calc);
        }
        Form f;
        try {
            f = recognise(s);
        } catch (AsymptoticFailure e) {
            return HarmonicSums.cancelling(s, calc, weights);
        }
        if (!(f instanceof Tail t) || t.logPower() != null) {
            return f instanceof Tail ? null : HarmonicSums.cancelling(s, calc, weights);
        }
        boolean from = MellinTable.isSymbol(t.lower(), x);
        boolean after = t.lower() instanceof Add a && a.terms().size() == 2 && a.terms().contains(Expr.num(1))
                && a.terms().contains(Expr.sym(x));
        if (!from && !after) {
            return null;
        }
        Expr alpha = t.w().alpha();
        calc.requirePositive(Expr.sub(alpha, Expr.num(1)), "Euler-Maclaurin expansion of the Zipf tail");
        Expr c = Expr.mul(t.factor(), t.w().c());
        List<CancellingSum.Term> out = new ArrayList<>();
        out.add(monomial(Expr.mul(c, Expr.pow(Expr.sub(alpha, Expr.num(1)), Expr.num(-1))), Expr.sub(Expr.num(1), alpha)));
        out.add(monomial(Expr.mul(c, Expr.frac(from ? 1 : -1, 2)), Expr.neg(alpha)));
        Expr xs = Expr.sym(x);
        List<Expr> terms = new ArrayList<>();
        terms.add(Expr.mul(LemmaStatements.C, Expr.add(Expr.div(Expr.pow(xs, Expr.sub(Expr.num(1), LemmaStatements.ALPHA)),
                Expr.sub(LemmaStatements.ALPHA, Expr.num(1))), Expr.mul(Expr.frac(from ? 1 : -1, 2),
                Expr.pow(xs, Expr.neg(LemmaStatements.ALPHA))))));
        Expr rising = alpha;
        for (int j = 1; j <= EM_TERMS + 1; j++) {
            if (j > 1) {
                rising = Expr.mul(rising, Expr.add(alpha, Expr.num(2L * j - 3)), Expr.add(alpha, Expr.num(2L * j - 2)));
            }
            long[] b = BERNOULLI_OVER_FACTORIAL[j - 1];
            Expr coef = Expr.mul(c, Expr.frac(b[0], b[1]), rising);
            Expr exponent = Expr.sub(Expr.neg(alpha), Expr.num(2L * j - 1));
            LeadingTerm term = LeadingTerm.power(PowerProduct.of(coef), exponent);
            if (j <= EM_TERMS) {
                out.add(new CancellingSum.Term(term, true));
                terms.add(Expr.mul(coef, Expr.pow(xs, exponent)));
            } else {
                out.add(new CancellingSum.Term(term, false));
                terms.add(Expr.sym("R"));
                Expr sum = new Sum(Expr.mul(LemmaStatements.C, Expr.pow(LemmaStatements.K, Expr.neg(LemmaStatements.ALPHA))),
                        "k", t.lower(), LemmaStatements.INF);
                calc.chain().add(ProofStep.lemma("lemma zipf_tail_euler_maclaurin", "Olver 8.2",
                        StepRelation.equal(sum, new Add(terms)), "with ", StepRelation.sim(Expr.sym("R"),
                                Expr.mul(coef, Expr.pow(xs, exponent))), " (the first omitted term, with the Bernoulli"
                        + " number B", 2 * j, "; every derivative of ", Expr.pow(LemmaStatements.T, Expr.neg(LemmaStatements.ALPHA)),
                        " has a fixed sign, so the remainder has the sign of the first omitted term and is at most it), ",
                        LemmaStatements.instance(LemmaStatements.C, c, LemmaStatements.ALPHA, alpha)));
            }
        }
        return out;
    }

    private static CancellingSum.Term monomial(Expr coef, Expr exponent) {
        return new CancellingSum.Term(LeadingTerm.power(PowerProduct.of(coef), exponent), true);
    }

    /**
     * <b>Second-order missing mass</b>: {@code F sum_k w_k (1-w_k)^x - F sum_k w_k exp(-x w_k) ~
     * -(F/(2x)) sum_k w_k (x w_k)^2 exp(-x w_k)}, then the harmonic-sum lemma with the kernel u^2 exp(-u)
     * (Mellin constant Gamma(s + 2)). Why: for w <= 1/2, (1-w)^x = exp(-x w) exp(-d) with
     * {@code d = x (w^2/2 + w^3/3 + ...)} in [x w^2/2, x w^2/2 + x w^3], and {@code |exp(-d) - 1 + d| <= d^2/2};
     * so the difference is {@code -sum_k w_k e^(-x w_k) x w_k^2/2} up to
     * {@code sum_k w_k e^(-x w_k) (x w_k^3 + x^2 w_k^4)}, harmonic sums of u^3 e^-u and u^4 e^-u divided by
     * x^2, of order x^(-2-s) against the x^(-1-s) of the main term; the finitely many w_k > 1/2 add
     * exponentially small terms. Side conditions: those of the missing-mass lemma and of the harmonic sum.
     */
    @Override
    public LeadingTerm difference(Expr c1, Sum s1, Expr c2, Sum s2, LeadingTerms calc) {
        Form f1;
        Form f2;
        try {
            f1 = recognise(s1);
            f2 = recognise(s2);
        } catch (AsymptoticFailure e) {
            return null;
        }
        if (f1 instanceof Harmonic h2 && !h2.missing() && f2 instanceof Harmonic h1 && h1.missing()) {
            return difference(c2, h1, c1, h2, calc);
        }
        if (f1 instanceof Harmonic h1 && h1.missing() && f2 instanceof Harmonic h2 && !h2.missing()) {
            return difference(c1, h1, c2, h2, calc);
        }
        return null;
    }

    private LeadingTerm difference(Expr c1, Harmonic missing, Expr c2, Harmonic exp, LeadingTerms calc) {
        Expr u = Expr.sym(exp.u());
        if (!missing.w().equals(exp.w()) || !exp.kernel().equals(Expr.call("Exp", Expr.neg(u)))
                || !exp.a().equals(Expr.num(1)) || !exp.beta().equals(Expr.num(1))) {
            return null;
        }
        Expr f1 = Expr.mul(c1, missing.factor());
        Expr f2 = Expr.mul(c2, exp.factor());
        if (!calc.oracle().isZero(Expr.add(f1, f2))) {
            return null;
        }
        calc.chain().add(ProofStep.of("the factors of the missing-mass sum and of its exponential approximation add to 0 (", f1, " + ", f2, ", Symja): their difference is one sum"));
        Expr xs = Expr.sym(x);
        Expr w = LemmaStatements.W;
        Expr d = Expr.sym("d");
        Expr xw2 = Expr.div(Expr.mul(xs, Expr.pow(w, Expr.num(2))), Expr.num(2));
        Expr uu = LemmaStatements.U;
        calc.chain().add(ProofStep.lemma("lemma missing_mass_second_order", "", LemmaStatements.missingMassSecondOrder(xs),
                "since ", StepRelation.equal(Expr.pow(Expr.sub(Expr.num(1), w), xs), Expr.mul(Expr.call("Exp",
                        Expr.neg(Expr.mul(xs, w))), Expr.call("Exp", Expr.neg(d)))), " with ",
                StepRelation.of(xw2, "<=", d), " and ", StepRelation.of(d, "<=", Expr.add(xw2, Expr.mul(xs, Expr.pow(w,
                        Expr.num(3))))), " for ", StepRelation.of(w, "<=", Expr.frac(1, 2)), " and ",
                StepRelation.of(Expr.call("Abs", Expr.add(Expr.call("Exp", Expr.neg(d)), Expr.num(-1), d)), "<=",
                        Expr.div(Expr.pow(d, Expr.num(2)), Expr.num(2))), ", the rest being harmonic sums of ",
                Expr.mul(Expr.pow(uu, Expr.num(3)), Expr.call("Exp", Expr.neg(uu))), " and ",
                Expr.mul(Expr.pow(uu, Expr.num(4)), Expr.call("Exp", Expr.neg(uu))), " over ", Expr.pow(xs, Expr.num(2)),
                " (lower order) and the finitely many ", StepRelation.greater(LemmaStatements.W_K, Expr.frac(1, 2)),
                " exponentially small"));
        Harmonic h = new Harmonic(missing.w(), Expr.mul(Expr.frac(-1, 2), f1), Expr.num(1), Expr.num(1),
                Expr.mul(Expr.pow(u, Expr.num(2)), Expr.call("Exp", Expr.neg(u))), exp.u(), false);
        calc.requirePositive(Expr.sub(Expr.num(1), missing.w().c()), "missing-mass lemma: every weight below 1");
        LeadingTerm main = harmonicLeading(h, calc);
        return main.times(LeadingTerm.power(PowerProduct.ONE, Expr.num(-1)));
    }

    private LeadingTerm tail(Tail t, LeadingTerms calc) {
        Expr alpha = t.w().alpha();
        calc.requirePositive(Expr.sub(alpha, Expr.num(1)), "Zipf tail lemma");
        LeadingTerm lower = calc.of(t.lower());
        calc.requirePositive(lower.exponent(), "Zipf tail lemma: the first index tends to infinity");
        calc.requirePositive(lower.coefficient().toExpr(), "Zipf tail lemma: the first index is positive");
        calc.chain().add(ProofStep.lemma("lemma zipf_tail (integral test)", "eq. (7)", LemmaStatements.ZIPF_TAIL,
                "as ", StepRelation.of(LemmaStatements.L, "->", LemmaStatements.INF), ", with ",
                LemmaStatements.instance(LemmaStatements.C, t.w().c(), LemmaStatements.ALPHA, alpha, LemmaStatements.L,
                        t.lower()), " (", LemmaStatements.INTEGRAL_TEST_LOWER, " and ",
                LemmaStatements.INTEGRAL_TEST_UPPER, ")"));
        LeadingTerm head = LeadingTerm.constant(PowerProduct.of(Expr.mul(t.factor(), t.w().c(),
                Expr.pow(Expr.sub(alpha, Expr.num(1)), Expr.num(-1)))));
        LeadingTerm out = head.times(calc.power(lower, Expr.sub(Expr.num(1), alpha)));
        if (t.logPower() == null) {
            return out;
        }
        if (!(t.logPower() instanceof Rational n) || !n.isInteger()) {
            throw new AsymptoticFailure("the slowly varying tail lemma needs a whole-number power of Log(k), not "
                    + StepText.of(t.logPower()));
        }
        Expr tn = LemmaStatements.T;
        calc.chain().add(ProofStep.lemma("lemma zipf_tail_slowly_varying", "", LemmaStatements.ZIPF_TAIL_SLOWLY_VARYING,
                "as ", StepRelation.of(LemmaStatements.L, "->", LemmaStatements.INF), ", ",
                StepRelation.equal(LemmaStatements.N, n), " (", Expr.mul(Expr.pow(tn, Expr.neg(LemmaStatements.ALPHA)),
                        Expr.pow(Expr.call("Log", tn), LemmaStatements.N)), " decreases for ",
                StepRelation.greater(tn, Expr.call("Exp", Expr.div(Expr.call("Max", LemmaStatements.N, Expr.num(0)),
                        LemmaStatements.ALPHA))), ", so the sum from L lies between the integral from L and f(L) plus"
                + " it; integrating by parts, ", LemmaStatements.SLOWLY_VARYING_PARTS, ", the last term and f(L) of lower"
                + " order)"));
        return out.times(calc.power(calc.of(Expr.call("Log", t.lower())), n));
    }

    private LeadingTerm harmonicLeading(Harmonic h, LeadingTerms calc) {
        ZipfWeight w = h.w();
        Expr alpha = w.alpha();
        calc.requirePositive(Expr.sub(alpha, Expr.num(1)), "harmonic-sum lemma");
        calc.requirePositive(w.c(), "harmonic-sum lemma");
        if (h.missing()) {
            calc.requirePositive(Expr.sub(Expr.num(1), w.c()), "missing-mass lemma: every weight below 1");
            Expr xs = Expr.sym(x);
            Expr ww = LemmaStatements.W;
            Expr u = LemmaStatements.U;
            Expr power = Expr.pow(Expr.sub(Expr.num(1), ww), xs);
            calc.chain().add(ProofStep.lemma("lemma missing_mass_exp (sharpened)", "Prop. 5.1",
                    LemmaStatements.missingMassExp(xs), "since ", StepRelation.of(Expr.call("Exp", Expr.sub(Expr.neg(Expr.mul(xs, ww)),
                            Expr.mul(xs, Expr.pow(ww, Expr.num(2))))), "<=", power), " and ",
                    StepRelation.of(power, "<=", Expr.call("Exp", Expr.neg(Expr.mul(xs, ww)))), " for ",
                    StepRelation.of(ww, "<=", Expr.frac(1, 2)), " make the difference ", Expr.call("O", Expr.pow(xs, Expr.num(-1))),
                    " relative to the main term (a harmonic sum of ", Expr.mul(Expr.pow(u, Expr.num(2)), Expr.call("Exp", Expr.neg(u))),
                    "), and the finitely many ", StepRelation.greater(LemmaStatements.W_K, Expr.frac(1, 2)),
                    " add exponentially small terms"));
        }
        calc.requirePositive(h.beta(), "harmonic-sum lemma");
        calc.requirePositive(h.a(), "harmonic-sum lemma");
        Expr s = simplify(calc, Expr.mul(Expr.sub(alpha, Expr.num(1)), Expr.pow(Expr.mul(alpha, h.beta()), Expr.num(-1))));
        MellinTable.Entry e = MellinTable.match(h.kernel(), h.u(), s).orElseThrow(() -> new AsymptoticFailure(
                "the kernel g(u) = " + StepText.of(h.kernel()) + " is not in the Mellin table"));
        for (Expr cond : e.strip()) {
            calc.requirePositive(cond, RichText.of("Mellin strip of the kernel ", h.kernel(), " at ",
                    StepRelation.equal(LemmaStatements.S, s)));
        }
        Expr ux = Expr.sym(h.u());
        calc.chain().add(ProofStep.lemma("lemma mellin_harmonic_sum", "eq. (29)", LemmaStatements.mellinHarmonicSum(Expr.sym(x)),
                LemmaStatements.HARMONIC_EXPONENT, ", with ", LemmaStatements.instance(LemmaStatements.C, w.c(),
                        LemmaStatements.ALPHA, alpha, LemmaStatements.BETA, h.beta(), LemmaStatements.A, h.a(),
                        Expr.call("g", ux), h.kernel(), LemmaStatements.S, s), "; Mellin table: ", StepRelation.equal(Expr.call("M_g",
                        LemmaStatements.S), e.mellin()), " on ", e.stripText()));
        Expr coef = Expr.mul(h.factor(), w.c(), Expr.pow(Expr.mul(alpha, h.beta()), Expr.num(-1)),
                Expr.pow(Expr.mul(h.a(), Expr.pow(w.c(), h.beta())), Expr.neg(s)), e.mellin());
        return LeadingTerm.power(PowerProduct.of(coef), Expr.neg(s));
    }

    private static Expr simplify(LeadingTerms calc, Expr e) {
        Expr t = calc.oracle().normalForm("Together", e);
        return t == null ? e : t;
    }
}
