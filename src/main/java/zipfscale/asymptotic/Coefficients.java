package zipfscale.asymptotic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Rational;

/**
 * Light arithmetic on the constant coefficients and exponents of an expansion: rationals folded exactly,
 * zeros and ones dropped, sums and products flattened. No normal form beyond that (zero tests of
 * symbolic coefficients go to the {@link SignOracle}).
 */
final class Coefficients {
    private Coefficients() {
    }

    static boolean isZero(Expr e) {
        return e instanceof Rational r && r.signum() == 0;
    }

    static boolean isOne(Expr e) {
        return e instanceof Rational r && r.numerator().equals(BigInteger.ONE) && r.denominator().equals(BigInteger.ONE);
    }

    static Rational plus(Rational a, Rational b) {
        return Rational.of(a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())),
                a.denominator().multiply(b.denominator()));
    }

    static Rational times(Rational a, Rational b) {
        return Rational.of(a.numerator().multiply(b.numerator()), a.denominator().multiply(b.denominator()));
    }

    static Expr add(Expr a, Expr b) {
        List<Expr> terms = new ArrayList<>();
        Rational q = (Rational) Expr.num(0);
        for (Expr t : List.of(a, b)) {
            for (Expr u : t instanceof Add s ? s.terms() : List.of(t)) {
                if (u instanceof Rational r) {
                    q = plus(q, r);
                } else {
                    terms.add(u);
                }
            }
        }
        if (q.signum() != 0 || terms.isEmpty()) {
            terms.add(q);
        }
        return terms.size() == 1 ? terms.get(0) : new Add(terms);
    }

    static Expr sub(Expr a, Expr b) {
        return add(a, neg(b));
    }

    static Expr neg(Expr a) {
        return mul(Expr.num(-1), a);
    }

    static Expr mul(Expr a, Expr b) {
        List<Expr> factors = new ArrayList<>();
        Rational q = (Rational) Expr.num(1);
        for (Expr t : List.of(a, b)) {
            for (Expr u : t instanceof Mul m ? m.factors() : List.of(t)) {
                if (u instanceof Rational r) {
                    q = times(q, r);
                } else {
                    factors.add(u);
                }
            }
        }
        if (q.signum() == 0) {
            return q;
        }
        if (!isOne(q) || factors.isEmpty()) {
            factors.add(0, q);
        }
        return factors.size() == 1 ? factors.get(0) : new Mul(factors);
    }

    static Expr div(Expr a, Expr b) {
        return mul(a, inverse(b));
    }

    static Expr inverse(Expr b) {
        if (b instanceof Rational r) {
            return Rational.of(r.denominator(), r.numerator());
        }
        return Expr.pow(b, Expr.num(-1));
    }

    /** {@code a^k} for an integer k >= 0. */
    static Expr power(Expr a, int k) {
        if (k == 0) {
            return Expr.num(1);
        }
        if (a instanceof Rational r) {
            return Rational.of(r.numerator().pow(k), r.denominator().pow(k));
        }
        return k == 1 ? a : Expr.pow(a, Expr.num(k));
    }
}
