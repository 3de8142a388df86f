package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;

/**
 * Decides {@code f REL g} from the leading terms {@code C1 x^e1 (log x)^m1} and {@code C2 x^e2 (log x)^m2}:
 * <ul>
 * <li>{@code ~}: e1 = e2 (Symja brings e1 - e2 to 0), m1 = m2 and C1 = C2 (equal power products: the
 *     same atoms with exponents Symja shows equal, or Symja FullSimplify(C1/C2) = 1);</li>
 * <li>{@code asymp}: e1 = e2, m1 = m2 and C1/C2 > 0;</li>
 * <li>{@code =O}: e1 < e2, or e1 = e2 and m1 <= m2; {@code =o}: e1 < e2, or e1 = e2 and m1 < m2.</li>
 * </ul>
 * Exponents of a fixed, different order (decided by the {@link SignOracle}) make the claim fail
 * symbolically; a constant that cannot be shown equal leaves it unknown (the numbers decide).
 */
public final class LeadingTermComparison {
    /** {@code C1/C2}, the ratio of the two sides' leading constants, as a step shows it. */
    private static final Expr CONSTANT_RATIO = Expr.div(Expr.sym("C1"), Expr.sym("C2"));

    public enum Kind { HOLDS, FAILS, UNKNOWN }

    /**
     * The symbolic outcome, the left side's leading term (null when not found), and, when both sides have
     * the same order but the constants were not shown equal, their ratio C1/C2 (else null).
     */
    public record Outcome(Kind kind, String note, Expr lhsLeading, Expr constantRatio) {
        Outcome(Kind kind, String note, Expr lhsLeading) {
            this(kind, note, lhsLeading, null);
        }
    }

    private final LeadingTerms calc;
    private final SignOracle oracle;

    public LeadingTermComparison(LeadingTerms calc) {
        this.calc = calc;
        this.oracle = calc.oracle();
    }

    public Outcome compare(Expr lhs, AsymptoticRelation rel, Expr rhs) {
        if (rel == AsymptoticRelation.ASYMP || rel == AsymptoticRelation.BIG_O) {
            Outcome m = maxSum(lhs, rhs);
            if (m != null) {
                return m;
            }
        }
        LeadingTerm l;
        try {
            l = calc.of(lhs);
        } catch (AsymptoticFailure e) {
            calc.chain().add(ProofStep.of("left side: ", e.getMessage()));
            return new Outcome(Kind.UNKNOWN, "leading term of the left side not found: " + e.getMessage(), null);
        }
        l = tidy(l);
        String x = calc.variable();
        Expr lExpr = l.exponentiallySmall() ? null : l.toExpr(x);
        calc.chain().add(ProofStep.of("leading term of the left side: ", lExpr == null ? "exponentially small" : lExpr));
        LeadingTerm r;
        try {
            r = tidy(calc.of(rhs));
        } catch (AsymptoticFailure e) {
            calc.chain().add(ProofStep.of("right side: ", e.getMessage()));
            return new Outcome(Kind.UNKNOWN, "leading term of the right side not found: " + e.getMessage(), lExpr);
        }
        calc.chain().add(ProofStep.of("leading term of the right side: ", r.exponentiallySmall() ? "exponentially small"
                : r.toExpr(x)));
        if (l.exponentiallySmall() || r.exponentiallySmall()) {
            if (l.exponentiallySmall() && !r.exponentiallySmall()
                    && (rel == AsymptoticRelation.BIG_O || rel == AsymptoticRelation.LITTLE_O)) {
                return new Outcome(Kind.HOLDS, "an exponentially small left side is o of any power", lExpr);
            }
            return new Outcome(Kind.UNKNOWN, "exponentially small leading terms are not compared", lExpr);
        }
        SignOracle.Answer de = oracle.sign(Expr.sub(l.exponent(), r.exponent()));
        int dm = l.logPower() - r.logPower();
        String exps = "exponents " + StepText.of(l.exponent()) + " and " + StepText.of(r.exponent());
        RichText exponents = RichText.of("exponents ", l.exponent(), " and ", r.exponent());
        if (de.sign() == SignOracle.Sign.UNKNOWN) {
            return new Outcome(Kind.UNKNOWN, "cannot compare the " + exps + ": " + de.how(), lExpr);
        }
        boolean sameOrder = de.sign() == SignOracle.Sign.ZERO && dm == 0;
        if (de.sign() == SignOracle.Sign.ZERO) {
            calc.chain().add(ProofStep.of("equal ", exponents, ": ", de.how()));
        } else {
            calc.chain().add(ProofStep.of("different ", exponents, ": the difference is ", (de.sign() == SignOracle.Sign.POSITIVE
                    ? "positive" : "negative"), " (", de.how(), ")"));
        }
        int order = de.sign() == SignOracle.Sign.POSITIVE ? 1 : de.sign() == SignOracle.Sign.NEGATIVE ? -1
                : Integer.signum(dm);
        switch (rel) {
            case BIG_O:
                return order <= 0 ? new Outcome(Kind.HOLDS, "leading terms: the left side's order is at most the right side's", lExpr)
                        : new Outcome(Kind.FAILS, "the left side grows faster: " + exps, lExpr);
            case LITTLE_O:
                return order < 0 ? new Outcome(Kind.HOLDS, "leading terms: the left side's order is below the right side's", lExpr)
                        : new Outcome(Kind.FAILS, "the left side is not of smaller order: " + exps, lExpr);
            default:
                break;
        }
        if (!sameOrder) {
            return new Outcome(Kind.FAILS, "the sides have different orders (" + exps + ", log powers " + l.logPower()
                    + " and " + r.logPower() + ")", lExpr);
        }
        PowerProduct ratio = canonical(l.coefficient().times(r.coefficient().pow(Expr.num(-1))));
        if (rel == AsymptoticRelation.ASYMP) {
            SignOracle.Answer s = oracle.sign(ratio.toExpr());
            if (s.sign() == SignOracle.Sign.POSITIVE) {
                calc.chain().add(ProofStep.of("the constants' ratio ", StepRelation.equal(CONSTANT_RATIO, ratio.toExpr()),
                        " is positive: ", s.how()));
                return new Outcome(Kind.HOLDS, "same order, positive ratio of constants (lemma chain above)", lExpr);
            }
            return new Outcome(Kind.UNKNOWN, "the sign of C1/C2 = " + StepText.of(ratio.toExpr()) + " is not fixed: "
                    + s.how(), lExpr);
        }
        if (ratio.atoms().isEmpty() && ratio.rational().equals(Expr.num(1))) {
            calc.chain().add(ProofStep.of("equal constants: C1/C2 reduces to 1 (atoms matched, exponent differences brought to 0 by Symja Together)"));
            return new Outcome(Kind.HOLDS, "equal leading terms (lemma chain above)", lExpr);
        }
        Expr full = oracle.normalForm("FullSimplify", Expr.sub(ratio.toExpr(), Expr.num(1)));
        if (full instanceof Rational q && q.signum() == 0) {
            calc.chain().add(ProofStep.of("equal constants: Symja FullSimplify(C1/C2 - 1) = 0"));
            return new Outcome(Kind.HOLDS, "equal leading terms (lemma chain above)", lExpr);
        }
        calc.chain().add(ProofStep.of("constants not shown equal: ", StepRelation.equal(CONSTANT_RATIO, ratio.toExpr())));
        return new Outcome(Kind.UNKNOWN, "same order, but C1/C2 = " + StepText.of(ratio.toExpr())
                + " not shown to be 1", lExpr, ratio.toExpr());
    }

    /**
     * Lemma max_sum (eq. (34)): for terms t_1..t_n >= 0, {@code max t_i <= sum t_i <= n max t_i}, so a sum of
     * eventually positive terms is asymp the Max of the same terms (and each is =O of the other), whatever
     * the order of their exponents. Positivity for large x: each term's leading coefficient is positive.
     * Returns null when the sides are not a sum and a Max of the same terms.
     */
    private Outcome maxSum(Expr lhs, Expr rhs) {
        List<Expr> sum = lhs instanceof Add a ? a.terms() : rhs instanceof Add b ? b.terms() : null;
        Expr other = lhs instanceof Add ? rhs : lhs;
        if (sum == null || !(other instanceof Call c) || !c.function().equals("Max") || c.args().size() != sum.size()
                || !new java.util.HashSet<>(c.args()).equals(new java.util.HashSet<>(sum))) {
            return null;
        }
        try {
            for (Expr t : sum) {
                LeadingTerm lt = calc.of(t);
                if (lt.exponentiallySmall()) {
                    return null;
                }
                calc.requirePositive(lt.coefficient().toExpr(), RichText.of("max_sum lemma: the term ", t,
                        " is eventually positive"));
            }
        } catch (AsymptoticFailure e) {
            calc.chain().add(ProofStep.of("max_sum lemma not applicable: ", e.getMessage()));
            return null;
        }
        calc.chain().add(ProofStep.lemma("lemma max_sum", "eq. (34)", LemmaStatements.MAX_SUM_LOWER, "and ",
                LemmaStatements.MAX_SUM_UPPER, " for ", StepRelation.of(Expr.sym("t_i"), ">=", Expr.num(0)), ", with ",
                StepRelation.equal(LemmaStatements.N, Expr.num(sum.size())), ": the ratio stays in [1, ", sum.size(), "]"));
        return new Outcome(Kind.HOLDS, "sum and Max of the same positive terms (eq. (34))", null);
    }

    /** The term with its exponent and its constant's exponents in Symja's Together form. */
    private LeadingTerm tidy(LeadingTerm t) {
        if (t.exponentiallySmall()) {
            return t;
        }
        return new LeadingTerm(canonical(t.coefficient()), together(t.exponent()), t.logPower(), false);
    }

    /** Atoms with their call arguments in Together form, exponents in Together form, zero exponents dropped. */
    private PowerProduct canonical(PowerProduct p) {
        return p.mapAtoms(this::canonicalAtom).mapExponents(this::together);
    }

    private Expr canonicalAtom(Expr a) {
        if (a instanceof Call c) {
            List<Expr> args = new ArrayList<>();
            c.args().forEach(e -> args.add(together(e)));
            return new Call(c.function(), args);
        }
        if (a instanceof Add) {
            Expr t = together(a);
            return t instanceof Add ? t : a;
        }
        return a;
    }

    private Expr together(Expr e) {
        if (e instanceof Rational || e instanceof zipfscale.expr.Symbol) {
            return e;
        }
        Expr t = oracle.normalForm("Together", e);
        return t == null ? e : t;
    }
}
