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
        return a.plus(b);
    }

    static Rational times(Rational a, Rational b) {
        return a.times(b);
    }

    /** a + b, with rationals folded and like terms (q * rest with the same rest) merged. */
    static Expr add(Expr a, Expr b) {
        java.util.LinkedHashMap<Expr, Rational> like = new java.util.LinkedHashMap<>();
        Rational q = (Rational) Expr.num(0);
        for (Expr t : List.of(a, b)) {
            List<Expr> flat = new ArrayList<>();
            for (Expr u : t instanceof Add s ? s.terms() : List.of(t)) {
                if (u instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Rational k
                        && m.factors().get(1) instanceof Add inner) {
                    // k (a + b) = k a + k b, so that x - (x - 1) folds to 1
                    inner.terms().forEach(v -> flat.add(mul(k, v)));
                } else {
                    flat.add(u);
                }
            }
            for (Expr u : flat) {
                if (u instanceof Rational r) {
                    q = plus(q, r);
                } else {
                    Rational k = (Rational) Expr.num(1);
                    Expr rest = u;
                    if (u instanceof Mul m && m.factors().get(0) instanceof Rational r) {
                        k = r;
                        rest = m.factors().size() == 2 ? m.factors().get(1)
                                : new Mul(m.factors().subList(1, m.factors().size()));
                    }
                    like.merge(rest, k, Coefficients::plus);
                }
            }
        }
        List<Expr> terms = new ArrayList<>();
        for (java.util.Map.Entry<Expr, Rational> en : like.entrySet()) {
            Expr t = en.getValue().signum() == 0 ? Expr.num(0) : mul(en.getValue(), en.getKey());
            if (t instanceof Rational r) {
                q = plus(q, r);
            } else {
                terms.add(t);
            }
        }
        if (q.signum() != 0 || terms.isEmpty()) {
            terms.add(q);
        }
        return terms.size() == 1 ? terms.get(0) : new Add(terms);
    }

    /** {@code e} with the rationals inside its sums and products folded (constants read from a script). */
    static Expr normal(Expr e) {
        if (e instanceof Add a) {
            Expr out = Expr.num(0);
            for (Expr t : a.terms()) {
                out = add(out, normal(t));
            }
            return out;
        }
        if (e instanceof Mul m) {
            Expr out = Expr.num(1);
            for (Expr t : m.factors()) {
                out = mul(out, normal(t));
            }
            return out;
        }
        if (e instanceof zipfscale.expr.Pow p && p.base() instanceof Rational b && p.exponent() instanceof Rational r
                && r.isInteger() && b.signum() != 0 && r.numerator().abs().intValue() <= 64) {
            int n = r.numerator().intValueExact();
            return n >= 0 ? power(b, n) : inverse(power(b, -n));
        }
        return e;
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
        Expr expArg = null;
        java.util.LinkedHashMap<Expr, Rational> powers = new java.util.LinkedHashMap<>();
        for (Expr t : List.of(a, b)) {
            for (Expr u : t instanceof Mul m ? m.factors() : List.of(t)) {
                if (u instanceof Rational r) {
                    q = times(q, r);
                } else if (u instanceof zipfscale.expr.Call c && c.function().equals("Exp") && c.args().size() == 1) {
                    expArg = expArg == null ? c.args().get(0) : add(expArg, c.args().get(0));
                } else if (u instanceof zipfscale.expr.Pow p && p.exponent() instanceof Rational r) {
                    powers.merge(p.base(), r, Coefficients::plus);
                } else if (u instanceof zipfscale.expr.Call c && c.function().equals("Sqrt") && c.args().size() == 1) {
                    powers.merge(c.args().get(0), (Rational) Expr.frac(1, 2), Coefficients::plus);
                } else if (!(u instanceof zipfscale.expr.Add) && !(u instanceof zipfscale.expr.Pow)) {
                    powers.merge(u, (Rational) Expr.num(1), Coefficients::plus);
                } else {
                    factors.add(u);
                }
            }
        }
        if (q.signum() == 0) {
            return q;
        }
        List<Expr> out = new ArrayList<>();
        powers.forEach((base, r) -> {
            if (r.signum() != 0) {
                out.add(isOne(r) ? base : Expr.pow(base, r));
            }
        });
        out.addAll(factors);
        if (expArg != null) {
            Expr e = exp(expArg);
            if (e instanceof Rational r) {
                q = times(q, r);
            } else {
                out.add(e);
            }
        }
        if (!isOne(q) || out.isEmpty()) {
            out.add(0, q);
        }
        return out.size() == 1 ? out.get(0) : new Mul(out);
    }

    /** e^c: 1 for c = 0, y for c = log y, y^q for c = q log y. */
    static Expr exp(Expr c) {
        if (isZero(c)) {
            return Expr.num(1);
        }
        if (c instanceof zipfscale.expr.Call l && l.function().equals("Log") && l.args().size() == 1) {
            return l.args().get(0);
        }
        if (c instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Rational r
                && m.factors().get(1) instanceof zipfscale.expr.Call l && l.function().equals("Log") && l.args().size() == 1) {
            return mul(Expr.num(1), Expr.pow(l.args().get(0), r));
        }
        return Expr.call("Exp", c);
    }

    static Expr div(Expr a, Expr b) {
        return mul(a, inverse(b));
    }

    static Expr inverse(Expr b) {
        if (b instanceof Rational r) {
            return Rational.of(r.denominator(), r.numerator());
        }
        if (b instanceof zipfscale.expr.Call c && c.function().equals("Exp") && c.args().size() == 1) {
            return exp(neg(c.args().get(0)));
        }
        if (b instanceof zipfscale.expr.Call c && c.function().equals("Sqrt") && c.args().size() == 1) {
            return Expr.pow(c.args().get(0), Expr.frac(-1, 2));
        }
        if (b instanceof zipfscale.expr.Pow p && p.exponent() instanceof Rational r) {
            return mul(Expr.num(1), Expr.pow(p.base(), neg(r)));
        }
        if (b instanceof Mul m) {
            Expr out = Expr.num(1);
            for (Expr f : m.factors()) {
                out = mul(out, inverse(f));
            }
            return out;
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
