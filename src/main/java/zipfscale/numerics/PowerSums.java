package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Plain infinite power sums for the evaluators: {@code Sum(c * k^(-s), {k, L, Infinity}) = c * zeta(s, L)}
 * (Hurwitz zeta, {@link HurwitzZeta}: Euler-Maclaurin with a rigorous remainder bound), for a summand that
 * is a product of k-free factors and powers {@code k^e} with k-free exponents, s = -(sum of the e), L a
 * whole number >= 1. The sum converges exactly when s > 1; at a point where s <= 1 it diverges, and the
 * evaluators say so (as "cannot evaluate", so that no checker reads the point as evidence either way).
 * Other summands are not of this shape: {@link #match} returns null.
 */
public final class PowerSums {
    /** {@code constant * sum_{k >= lower} k^-exponent}. */
    public record Shape(Expr constant, Expr exponent, Expr lower) { }

    private PowerSums() {
    }

    /** The shape of an infinite sum {@code Sum(c*k^(-s), {k, L, Infinity})}, or null. */
    public static Shape match(Sum e) {
        if (!(e.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY
                || FreeSymbols.of(e.lower()).contains(e.index())) {
            return null;
        }
        String k = e.index();
        List<Expr> factors = e.body() instanceof Mul m ? m.factors() : List.of(e.body());
        List<Expr> constants = new ArrayList<>();
        List<Expr> exponents = new ArrayList<>();
        for (Expr f : factors) {
            if (!FreeSymbols.of(f).contains(k)) {
                constants.add(f);
            } else if (f instanceof Symbol s && s.name().equals(k)) {
                exponents.add(Expr.num(-1));
            } else if (f instanceof Pow p && p.base() instanceof Symbol s && s.name().equals(k)
                    && !FreeSymbols.of(p.exponent()).contains(k)) {
                exponents.add(negate(p.exponent()));
            } else {
                return null;
            }
        }
        if (exponents.isEmpty()) {
            return null;
        }
        Expr constant = constants.isEmpty() ? Expr.num(1) : constants.size() == 1 ? constants.get(0) : new Mul(constants);
        Expr exponent = exponents.size() == 1 ? exponents.get(0) : Expr.add(exponents.toArray(new Expr[0]));
        return new Shape(constant, exponent, e.lower());
    }

    /** -e, without a double sign: {@code -(-a)} is a, a number r gives -r, a sum is negated term by term. */
    private static Expr negate(Expr e) {
        if (e instanceof zipfscale.expr.Rational r) {
            return zipfscale.expr.Rational.of(r.numerator().negate(), r.denominator());
        }
        if (e instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof zipfscale.expr.Rational r
                && r.isMinusOne()) {
            return m.factors().get(1);
        }
        if (e instanceof zipfscale.expr.Add a) {
            List<Expr> terms = new ArrayList<>();
            for (Expr t : a.terms()) {
                terms.add(negate(t));
            }
            return Expr.add(terms.toArray(new Expr[0]));
        }
        return Expr.neg(e);
    }

    /** {@code zeta(s, L)} in double; a divergent or malformed sum is an {@link EvaluationException}. */
    static double value(double s, double lower) {
        check(s, lower);
        return HurwitzZeta.value(s, lower).value();
    }

    /** {@code zeta(s, L)} to {@code digits} digits. */
    static org.apfloat.Apfloat value(org.apfloat.Apfloat s, org.apfloat.Apfloat lower, long digits) {
        check(s.doubleValue(), lower.doubleValue());
        if (!lower.isInteger()) {
            throw EvaluationException.undefined("the first index of an infinite sum must be a whole number");
        }
        if (s.compareTo(new org.apfloat.Apfloat(1)) <= 0) {
            throw divergent(s.doubleValue());
        }
        return HurwitzZeta.value(s, lower, (int) Math.min(Integer.MAX_VALUE, digits)).value();
    }

    private static void check(double s, double lower) {
        if (lower != Math.rint(lower) || lower < 1) {
            throw EvaluationException.undefined("the first index of an infinite power sum must be a whole number >= 1");
        }
        if (!(s > 1)) {
            throw divergent(s);
        }
    }

    private static EvaluationException divergent(double s) {
        return new DivergentSumException("the infinite sum diverges here: Sum(c*k^(-s), {k, L, Infinity}) with s = "
                + s + " <= 1");
    }
}
