package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;

/**
 * Sums that contain {@code k*Exp(g)} (or {@code k*b^h}, i.e. {@code k*Exp(h*Log(b))}) next to a term
 * {@code o} close to {@code -k}, such as {@code 1 - 2^(-1/L)} or {@code 1 - Exp(-R/Rs)} at large L or small
 * R. Added as written, the two cancel and double precision keeps no digit of {@code k*g} once
 * |g| < 1e-16. The pair is instead added as {@code k*expm1(g) + (k + o)}, which equals
 * {@code k*Exp(g) + o} exactly and is accurate to a few ulps when {@code k + o} is 0.
 */
final class ExpCancellation {
    /** {@code k * Exp(g)}: the factor k (an expression) and the exponent g. */
    record Split(Expr k, Expr g) { }

    private ExpCancellation() {
    }

    /** The split {@code t = k*Exp(g)} when t is Exp(g), b^h with a non-integer h, or a product with one such factor. */
    static Split split(Expr t) {
        Expr g = exponent(t);
        if (g != null) {
            return new Split(Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.ONE), g);
        }
        if (t instanceof Mul m) {
            for (int i = 0; i < m.factors().size(); i++) {
                Expr gi = exponent(m.factors().get(i));
                if (gi != null) {
                    List<Expr> rest = new ArrayList<>(m.factors());
                    rest.remove(i);
                    Expr k = rest.size() == 1 ? rest.get(0) : new Mul(rest);
                    return new Split(k, gi);
                }
            }
        }
        return null;
    }

    private static Expr exponent(Expr f) {
        if (f instanceof Call c && c.builtin() == Builtin.EXP) {
            return c.args().get(0);
        }
        if (f instanceof Pow p && !(p.exponent() instanceof Rational)) {
            return Expr.mul(p.exponent(), Expr.call("Log", p.base()));
        }
        return null;
    }
}
