package zipfscale.check;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rewriter;

/**
 * The magnitude of an expression's arithmetic: every sum's terms replaced by their absolute values,
 * through products (powers, function calls, sums over an index and integrals are left whole, each then
 * taken in absolute value as a term). Comparing a value with its magnitude shows how much of it
 * cancellation has eaten: {@code 2*Zeta(1001) - 2} has magnitude 4 and value 2^-1000.
 */
final class AbsoluteTerms extends Rewriter {
    private AbsoluteTerms() {
    }

    static Expr of(Expr e) {
        return new AbsoluteTerms().rewrite(e);
    }

    @Override
    public Expr visitAdd(Add e) {
        List<Expr> terms = new ArrayList<>();
        for (Expr t : e.terms()) {
            terms.add(Expr.call("Abs", rewrite(t)));
        }
        return new Add(terms);
    }

    @Override
    public Expr visitMul(Mul e) {
        List<Expr> factors = new ArrayList<>();
        for (Expr f : e.factors()) {
            factors.add(rewrite(f));
        }
        return new Mul(factors);
    }

    /** A power is left whole: (1 - q)^D is small because it is a power of a small number, not by cancellation. */
    @Override
    public Expr visitPow(Pow e) {
        return e;
    }

    @Override
    public Expr visitCall(zipfscale.expr.Call e) {
        return e;
    }

    @Override
    public Expr visitSum(zipfscale.expr.Sum e) {
        return e;
    }

    @Override
    public Expr visitIntegral(zipfscale.expr.Integral e) {
        return e;
    }
}
