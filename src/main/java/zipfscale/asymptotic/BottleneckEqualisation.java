package zipfscale.asymptotic;

import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Symbol;

/**
 * Minimisation claims {@code ArgMin(f, N) REL G as C -> Infinity} (Props. 10.1, 10.2). Lemma
 * bottleneck_equalisation: for {@code f = Max(T1, T2)} with {@code T_i = K_i N^(p_i) C^(q_i)}, K_i > 0,
 * T1 strictly decreasing in N (p1 < 0) and T2 strictly increasing (p2 > 0), the minimiser over N > 0 is
 * where the two terms are equal: {@code N_opt = (K1/K2)^(1/(p2-p1)) C^((q1-q2)/(p2-p1))}, exactly. For
 * {@code f = T1 + T2} the minimiser solves {@code p1 T1 + p2 T2 = 0}: the same power of C with constant
 * {@code (-p1 K1/(p2 K2))^(1/(p2-p1))}. Other losses go to {@link DominantBalance}; the numeric witness's
 * minimiser is {@code check.NumericArgMin}.
 */
public final class BottleneckEqualisation {
    private BottleneckEqualisation() {
    }

    public static boolean isArgMin(Call c) {
        return c.function().equals("ArgMin") && c.args().size() == 2 && c.args().get(1) instanceof Symbol;
    }

    /** The leading term in x of {@code ArgMin(f, N)} (exact: the minimiser is a monomial in x). */
    public static LeadingTerm leading(Call argmin, LeadingTerms calc) {
        String n = ((Symbol) argmin.args().get(1)).name();
        String x = calc.variable();
        Expr f = argmin.args().get(0);
        boolean isMax = f instanceof Call m && m.function().equals("Max");
        List<Expr> terms = isMax ? ((Call) f).args() : f instanceof Add a ? a.terms() : List.of();
        if (terms.size() != 2) {
            throw new AsymptoticFailure("ArgMin: the objective is not Max(T1, T2) or T1 + T2");
        }
        Monomial t1 = monomial(terms.get(0), n, x);
        Monomial t2 = monomial(terms.get(1), n, x);
        if (calc.oracle().sign(t1.p()).sign() != SignOracle.Sign.NEGATIVE) {
            Monomial t = t1;
            t1 = t2;
            t2 = t;
        }
        calc.requirePositive(Expr.neg(t1.p()), "bottleneck equalisation: the first term decreases in " + n);
        calc.requirePositive(t2.p(), "bottleneck equalisation: the second term increases in " + n);
        calc.requirePositive(t1.k(), "bottleneck equalisation: positive constant of the first term");
        calc.requirePositive(t2.k(), "bottleneck equalisation: positive constant of the second term");
        Expr gap = Expr.sub(t2.p(), t1.p());
        Expr ratio = isMax ? Expr.div(t1.k(), t2.k())
                : Expr.div(Expr.mul(Expr.neg(t1.p()), t1.k()), Expr.mul(t2.p(), t2.k()));
        Expr exponent = Expr.div(Expr.sub(t1.q(), t2.q()), gap);
        calc.chain().add(ProofStep.of("lemma bottleneck_equalisation (Props. 10.1, 10.2): ", (isMax
                ? "the Max of a decreasing and an increasing term is smallest where they are equal"
                : RichText.of("the sum of a decreasing and an increasing power is smallest where ",
                        StepRelation.equal(Expr.add(Expr.mul(Expr.sym("p1"), Expr.sym("T1")), Expr.mul(Expr.sym("p2"),
                                Expr.sym("T2"))), Expr.num(0)))), "; ", StepRelation.equal(Expr.sym("T1"), terms.get(0)), " and ", StepRelation.equal(Expr.sym("T2"), terms.get(1)),
                " give ", StepRelation.equal(Expr.sym(n + "_opt"), Expr.mul(Expr.pow(ratio, Expr.div(Expr.num(1), gap)),
                        Expr.pow(Expr.sym(x), exponent)))));
        return LeadingTerm.power(PowerProduct.of(Expr.pow(ratio, Expr.pow(gap, Expr.num(-1)))), exponent);
    }

    /** {@code T = K N^p x^q} with K free of N and x. */
    private record Monomial(Expr k, Expr p, Expr q) { }

    private static Monomial monomial(Expr t, String n, String x) {
        PowerProduct pp = PowerProduct.of(t);
        Expr p = Expr.num(0);
        Expr q = Expr.num(0);
        Expr k = pp.rational();
        for (Map.Entry<Expr, Expr> en : pp.atoms().entrySet()) {
            Expr atom = en.getKey();
            if (MellinTable.isSymbol(atom, n)) {
                p = en.getValue();
            } else if (MellinTable.isSymbol(atom, x)) {
                q = en.getValue();
            } else if (FreeSymbols.of(atom).contains(n) || FreeSymbols.of(atom).contains(x)) {
                throw new AsymptoticFailure("ArgMin: the term " + StepText.of(t) + " is not a monomial in " + n
                        + " and " + x);
            } else {
                k = Expr.mul(k, Expr.pow(atom, en.getValue()));
            }
            if (FreeSymbols.of(en.getValue()).contains(n) || FreeSymbols.of(en.getValue()).contains(x)) {
                throw new AsymptoticFailure("ArgMin: an exponent depends on " + n + " or " + x);
            }
        }
        return new Monomial(k, p, q);
    }
}
