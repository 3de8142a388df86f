package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;

/**
 * Lemma exp_minus_one: in a sum, a term {@code k*Exp(g)} (or {@code k*b^h} = {@code k*Exp(h*Log(b))} with b
 * free of x) next to a term {@code o} with {@code o + k = 0} (shown by the {@link SignOracle}) is the
 * pair {@code k*(Exp(g) - 1)}, and when {@code g -> 0} as a power of x (leading exponent shown negative),
 * {@code k*(Exp(g) - 1) ~ k*g}: {@code |Exp(g) - 1 - g| <= g^2} for |g| <= 1. This resolves the
 * cancellation that the plain sum rule refuses (e.g. {@code 1 - 2^(-1/L) ~ Log(2)/L},
 * {@code 1 - Exp(-1/(x Rs)) ~ 1/(x Rs)}). Each use is a step of the justification chain.
 */
public final class ExpMinusOne {
    /** A pair found in a sum: the indices of the two terms and the leading term of the pair. */
    public record Pair(int exponential, int partner, LeadingTerm leading) { }

    private ExpMinusOne() {
    }

    /** The first pair in {@code terms} that the lemma resolves, or null. */
    public static Pair find(List<Expr> terms, LeadingTerms calc) {
        String x = calc.variable();
        for (int i = 0; i < terms.size(); i++) {
            Expr[] kg = split(terms.get(i), x);
            if (kg == null) {
                continue;
            }
            for (int j = 0; j < terms.size(); j++) {
                if (j == i || !calc.oracle().isZero(Expr.add(terms.get(j), kg[0]))) {
                    continue;
                }
                LeadingTerm g;
                try {
                    g = calc.of(kg[1]);
                } catch (AsymptoticFailure f) {
                    return null;
                }
                if (g.exponentiallySmall()) {
                    return null;
                }
                SignOracle.Answer a = calc.oracle().sign(g.exponent());
                if (a.sign() != SignOracle.Sign.NEGATIVE) {
                    return null;
                }
                Expr k = Expr.sym("k");
                Expr gs = Expr.sym("g");
                calc.chain().add(ProofStep.of("lemma exp_minus_one: ", StepRelation.equal(Expr.add(terms.get(i), terms.get(j)),
                        Expr.mul(k, Expr.sub(Expr.call("Exp", gs), Expr.num(1)))), " with ", StepRelation.equal(k, kg[0]), ", ",
                        StepRelation.equal(gs, kg[1]), ", and ", StepRelation.of(gs, "->", Expr.num(0)), " (leading exponent ",
                        StepRelation.less(g.exponent(), Expr.num(0)), ": ", a.how(), "), so the sum is ~ ", Expr.mul(k, gs)));
                return new Pair(i, j, calc.of(Expr.mul(kg[0], kg[1])));
            }
        }
        return null;
    }

    /** {@code {k, g}} with {@code t = k*Exp(g)} and g depending on x, or null. */
    private static Expr[] split(Expr t, String x) {
        Expr g = exponent(t, x);
        if (g != null) {
            return new Expr[] {Expr.num(1), g};
        }
        if (t instanceof Mul m) {
            for (int i = 0; i < m.factors().size(); i++) {
                Expr gi = exponent(m.factors().get(i), x);
                if (gi != null) {
                    List<Expr> rest = new ArrayList<>(m.factors());
                    rest.remove(i);
                    return new Expr[] {rest.size() == 1 ? rest.get(0) : new Mul(rest), gi};
                }
            }
        }
        return null;
    }

    private static Expr exponent(Expr f, String x) {
        if (f instanceof Call c && c.builtin() == Builtin.EXP && FreeSymbols.of(c.args().get(0)).contains(x)) {
            return c.args().get(0);
        }
        if (f instanceof Pow p && !(p.exponent() instanceof Rational) && !FreeSymbols.of(p.base()).contains(x)
                && FreeSymbols.of(p.exponent()).contains(x)) {
            return Expr.mul(p.exponent(), Expr.call("Log", p.base()));
        }
        return null;
    }
}
