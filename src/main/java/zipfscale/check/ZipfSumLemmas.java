package zipfscale.check;

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
final class ZipfSumLemmas implements LeadingTerms.SumRule {
    /** A recognised Zipf sum: what it is, and what the numeric engine needs. */
    sealed interface Form permits Tail, Harmonic { }

    /**
     * {@code factor * sum_{k >= lower} w_k (Log k)^logPower}; {@code logPower} null for a plain Zipf tail.
     */
    record Tail(ZipfWeight w, Expr factor, Expr lower, Expr logPower) implements Form { }

    /** {@code factor * sum_{k >= 1} w_k g(a x w_k^beta)}; {@code missing} when written as (1 - w_k)^x. */
    record Harmonic(ZipfWeight w, Expr factor, Expr a, Expr beta, Expr kernel, String u, boolean missing)
            implements Form { }

    private final Map<String, ZipfWeight> weights;
    private final String x;

    ZipfSumLemmas(Map<String, ZipfWeight> weights, String x) {
        this.weights = weights;
        this.x = x;
    }

    String variable() {
        return x;
    }

    /** The form of a Zipf sum in x, or an {@link AsymptoticFailure} saying why it is not one. */
    Form recognise(Sum s) {
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
        Form f = recognise(s);
        if (f instanceof Tail t) {
            return tail(t, calc);
        }
        return harmonicLeading((Harmonic) f, calc);
    }

    private LeadingTerm tail(Tail t, LeadingTerms calc) {
        Expr alpha = t.w().alpha();
        calc.requirePositive(Expr.sub(alpha, Expr.num(1)), "Zipf tail lemma: alpha > 1");
        LeadingTerm lower = calc.of(t.lower());
        calc.requirePositive(lower.exponent(), "Zipf tail lemma: the first index tends to infinity");
        calc.requirePositive(lower.coefficient().toExpr(), "Zipf tail lemma: the first index is positive");
        calc.chain().add("lemma zipf_tail (integral test, eq. (7)): sum_{k>=L} c*k^(-alpha) ~ c/(alpha - 1)*L^(1 - alpha)"
                + " as L -> Infinity, with c = " + StepText.of(t.w().c()) + ", alpha = " + StepText.of(alpha)
                + ", L = " + StepText.of(t.lower()) + " (int_L^inf t^-alpha dt <= sum_{k>=L} k^-alpha <= L^-alpha"
                + " + int_L^inf t^-alpha dt)");
        LeadingTerm head = LeadingTerm.constant(PowerProduct.of(Expr.mul(t.factor(), t.w().c(),
                Expr.pow(Expr.sub(alpha, Expr.num(1)), Expr.num(-1)))));
        return head.times(calc.power(lower, Expr.sub(Expr.num(1), alpha)));
    }

    private LeadingTerm harmonicLeading(Harmonic h, LeadingTerms calc) {
        ZipfWeight w = h.w();
        Expr alpha = w.alpha();
        calc.requirePositive(Expr.sub(alpha, Expr.num(1)), "harmonic-sum lemma: alpha > 1");
        calc.requirePositive(w.c(), "harmonic-sum lemma: c > 0");
        if (h.missing()) {
            calc.requirePositive(Expr.sub(Expr.num(1), w.c()), "missing-mass lemma: every weight below 1");
            calc.chain().add("lemma missing_mass_exp (Prop. 5.1, sharpened): sum_k w_k*(1 - w_k)^" + x + " ~ sum_k w_k*Exp(-"
                    + x + "*w_k), since exp(-" + x + "*w - " + x + "*w^2) <= (1 - w)^" + x + " <= exp(-" + x + "*w) for"
                    + " w <= 1/2 makes the difference O(" + x + "^(-1)) relative to the main term (a harmonic sum of"
                    + " u^2*Exp(-u)), and the finitely many w_k > 1/2 add exponentially small terms");
        }
        calc.requirePositive(h.beta(), "harmonic-sum lemma: beta > 0");
        calc.requirePositive(h.a(), "harmonic-sum lemma: a > 0");
        Expr s = simplify(calc, Expr.mul(Expr.sub(alpha, Expr.num(1)), Expr.pow(Expr.mul(alpha, h.beta()), Expr.num(-1))));
        MellinTable.Entry e = MellinTable.match(h.kernel(), h.u(), s).orElseThrow(() -> new AsymptoticFailure(
                "the kernel g(u) = " + StepText.of(h.kernel()) + " is not in the Mellin table"));
        for (Expr cond : e.strip()) {
            calc.requirePositive(cond, "Mellin strip of " + e.name() + ": " + e.stripText() + " with s = " + StepText.of(s));
        }
        calc.chain().add("lemma mellin_harmonic_sum (eq. (29)): sum_k w_k*g(a*" + x + "*w_k^beta) ~ c/(alpha*beta)*(a*c^beta)^(-s)"
                + "*M_g(s)*" + x + "^(-s), s = (alpha - 1)/(alpha*beta), with c = " + StepText.of(w.c()) + ", alpha = "
                + StepText.of(alpha) + ", beta = " + StepText.of(h.beta()) + ", a = " + StepText.of(h.a()) + ", g(u) = "
                + StepText.of(h.kernel()) + ", s = " + StepText.of(s) + "; Mellin table: " + e.name() + " -> M_g(s) = "
                + StepText.of(e.mellin()) + " on " + e.stripText());
        Expr coef = Expr.mul(h.factor(), w.c(), Expr.pow(Expr.mul(alpha, h.beta()), Expr.num(-1)),
                Expr.pow(Expr.mul(h.a(), Expr.pow(w.c(), h.beta())), Expr.neg(s)), e.mellin());
        return LeadingTerm.power(PowerProduct.of(coef), Expr.neg(s));
    }

    private static Expr simplify(LeadingTerms calc, Expr e) {
        Expr t = calc.oracle().normalForm("Together", e);
        return t == null ? e : t;
    }
}
