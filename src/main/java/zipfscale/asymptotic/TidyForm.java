package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;

/**
 * The form of an expression shown in a justification step: products and sums flattened, the rational
 * factors of a product multiplied into one leading coefficient (so {@code 1*x} is {@code x} and
 * {@code -(1*(-x))} is {@code x}), zero terms dropped, {@code x^1} written {@code x}, {@code x^0} and
 * {@code 1^x} written 1. Each rewrite is an identity of the real numbers, so the shown formula is equal to
 * the one the checker used; nothing else (no reordering, no merging of powers) is done.
 */
public final class TidyForm extends Rewriter {
    private static final TidyForm INSTANCE = new TidyForm();
    private static final Rational ONE = (Rational) Expr.num(1);
    private static final Rational ZERO = (Rational) Expr.num(0);

    private TidyForm() {
    }

    public static Expr of(Expr e) {
        return e.accept(INSTANCE);
    }

    @Override
    public Expr visitMul(Mul e) {
        Rational q = ONE;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : e.factors()) {
            Expr g = f.accept(this);
            for (Expr u : g instanceof Mul m ? m.factors() : List.of(g)) {
                if (u instanceof Rational r) {
                    q = q.times(r);
                } else {
                    rest.add(u);
                }
            }
        }
        if (q.signum() == 0) {
            return ZERO;
        }
        if (rest.isEmpty()) {
            return q;
        }
        if (!q.equals(ONE)) {
            rest.add(0, q);
        }
        Expr out = rest.size() == 1 ? rest.get(0) : new Mul(rest);
        return out.equals(e) ? e : out;
    }

    @Override
    public Expr visitAdd(Add e) {
        List<Expr> terms = new ArrayList<>();
        for (Expr t : e.terms()) {
            Expr u = t.accept(this);
            for (Expr v : u instanceof Add a ? a.terms() : List.of(u)) {
                if (!(v instanceof Rational r && r.signum() == 0)) {
                    terms.add(v);
                }
            }
        }
        if (terms.isEmpty()) {
            return ZERO;
        }
        Expr out = terms.size() == 1 ? terms.get(0) : new Add(terms);
        return out.equals(e) ? e : out;
    }

    @Override
    public Expr visitPow(Pow e) {
        Expr b = e.base().accept(this);
        Expr x = e.exponent().accept(this);
        if (x.equals(ONE)) {
            return b;
        }
        if (x instanceof Rational r && r.signum() == 0 || b.equals(ONE)) {
            return ONE;
        }
        return b == e.base() && x == e.exponent() ? e : new Pow(b, x);
    }
}
