package zipfscale.numerics;

import java.math.BigInteger;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;

/**
 * A summand {@code c k^-s (log k)^L} (c and s free of k, L a whole number up to
 * {@value DDPowerLogSum#MAX_LOG_POWER}) recognised in a general sum's expression tree for
 * {@link DDPowerLogSum}, its constants evaluated at the point by {@link PreciseEvaluator} at {@code prec}
 * digits: {@code k^(-1/2)}, {@code Log(k)/k^2}, {@code 3*Sqrt(k)*Log(k)^2}, {@code (k^2)^(-alpha)}.
 * The same shapes as the double mode's PowerLogForm, with any whole power of the log. When every
 * constant is a rational number combined by +, * and whole powers (no symbol of the point, no fractional
 * power of a constant), c and s are also given exactly as rationals (so that {@code k^-2}, {@code 1/k} are
 * not blurred by the rounding of a {@code prec}-digit evaluation).
 *
 * @param c the constant factor
 * @param s minus the exponent of k
 * @param logPower L, the power of {@code log k}
 * @param exactC c exactly, or null
 * @param exactS s exactly, or null
 */
record DDPowerLogForm(Apfloat c, Apfloat s, int logPower, Rational exactC, Rational exactS) {

    /** The form of {@code body} as a function of {@code index}, or null when it has another shape. */
    static DDPowerLogForm match(Expr body, String index, Map<String, Apfloat> env, long prec) {
        Apfloat[] acc = {new Apfloat(1, prec), new Apfloat(0, prec), new Apfloat(0, prec)};
        Rational[] exact = {Rational.of(BigInteger.ONE, BigInteger.ONE), Rational.of(BigInteger.ZERO, BigInteger.ONE)};
        try {
            if (!factor(body, index, env, prec, acc, exact)) {
                return null;
            }
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
            return null;
        }
        Apfloat l = acc[2];
        if (!l.isInteger() || l.signum() < 0 || l.compareTo(new Apfloat(DDPowerLogSum.MAX_LOG_POWER)) > 0) {
            return null;
        }
        return new DDPowerLogForm(acc[0], acc[1].negate(), l.intValue(), exact[0], exact[1] == null ? null : exact[1].negate());
    }

    /** e as an exact rational (rationals under +, * and whole powers up to 64), else null. */
    static Rational exactValue(Expr e) {
        if (e instanceof Rational r) {
            return r;
        }
        if (e instanceof zipfscale.expr.Add a) {
            Rational v = Rational.of(BigInteger.ZERO, BigInteger.ONE);
            for (Expr t : a.terms()) {
                Rational x = exactValue(t);
                if (x == null) {
                    return null;
                }
                v = v.plus(x);
            }
            return v;
        }
        if (e instanceof Mul m) {
            Rational v = Rational.of(BigInteger.ONE, BigInteger.ONE);
            for (Expr t : m.factors()) {
                Rational x = exactValue(t);
                if (x == null) {
                    return null;
                }
                v = v.times(x);
            }
            return v;
        }
        if (e instanceof Pow p && p.exponent() instanceof Rational n && n.isInteger()
                && n.numerator().abs().compareTo(BigInteger.valueOf(64)) <= 0) {
            Rational b = exactValue(p.base());
            if (b == null || (b.signum() == 0 && n.signum() < 0)) {
                return null;
            }
            Rational v = Rational.of(BigInteger.ONE, BigInteger.ONE);
            for (int i = 0; i < n.numerator().abs().intValue(); i++) {
                v = v.times(b);
            }
            return n.signum() < 0 ? Rational.of(v.denominator(), v.numerator()) : v;
        }
        return null;
    }

    private static Rational times(Rational a, Rational b) {
        return a == null || b == null ? null : a.times(b);
    }

    private static Rational plus(Rational a, Rational b) {
        return a == null || b == null ? null : a.plus(b);
    }

    private static boolean factor(Expr e, String k, Map<String, Apfloat> env, long prec, Apfloat[] acc, Rational[] exact) {
        if (!FreeSymbols.of(e).contains(k)) {
            acc[0] = acc[0].multiply(PreciseEvaluator.evaluateApfloat(e, env, prec));
            exact[0] = times(exact[0], exactValue(e));
            return true;
        }
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (!factor(f, k, env, prec, acc, exact)) {
                    return false;
                }
            }
            return true;
        }
        if (PowerLogForm.isIndex(e, k)) {
            acc[1] = acc[1].add(new Apfloat(1, prec));
            exact[1] = plus(exact[1], Rational.of(BigInteger.ONE, BigInteger.ONE));
            return true;
        }
        if (PowerLogForm.isLogOfIndex(e, k)) {
            acc[2] = acc[2].add(new Apfloat(1, prec));
            return true;
        }
        if (e instanceof Call c && c.function().equals("Sqrt") && c.args().size() == 1 && PowerLogForm.isIndex(c.args().get(0), k)) {
            acc[1] = acc[1].add(new Apfloat("0.5", prec));
            exact[1] = plus(exact[1], Rational.of(BigInteger.ONE, BigInteger.TWO));
            return true;
        }
        if (e instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(k)) {
            Apfloat x = PreciseEvaluator.evaluateApfloat(p.exponent(), env, prec);
            Rational xr = exactValue(p.exponent());
            if (PowerLogForm.isIndex(p.base(), k)) {
                acc[1] = acc[1].add(x);
                exact[1] = plus(exact[1], xr);
                return true;
            }
            if (PowerLogForm.isLogOfIndex(p.base(), k) && x.isInteger() && x.signum() >= 0) {
                acc[2] = acc[2].add(x);
                return true;
            }
            // (c k^e)^x = c^x k^(e x) for k >= 1 when c > 0 or x is whole: 1/k^2 is read as (k^2)^-1
            Apfloat[] inner = {new Apfloat(1, prec), new Apfloat(0, prec), new Apfloat(0, prec)};
            Rational[] innerExact = {Rational.of(BigInteger.ONE, BigInteger.ONE), Rational.of(BigInteger.ZERO, BigInteger.ONE)};
            if (factor(p.base(), k, env, prec, inner, innerExact) && inner[2].signum() == 0) {
                Apfloat cx;
                Rational cxExact;
                if (inner[0].equals(new Apfloat(1))) {
                    cx = new Apfloat(1, prec);
                    cxExact = innerExact[0] != null && innerExact[0].numerator().equals(innerExact[0].denominator())
                            ? innerExact[0] : null;
                } else if (x.isInteger() && Math.abs(x.doubleValue()) <= 64) {
                    cx = ApfloatMath.pow(inner[0], x.longValue());
                    cxExact = xr == null || innerExact[0] == null ? null
                            : exactValue(new Pow(innerExact[0], xr));
                } else if (inner[0].signum() > 0) {
                    cx = ApfloatMath.pow(inner[0], x);
                    cxExact = null;
                } else {
                    return false;
                }
                acc[0] = acc[0].multiply(cx);
                acc[1] = acc[1].add(inner[1].multiply(x));
                exact[0] = times(exact[0], cxExact);
                exact[1] = plus(exact[1], innerExact[1] == null || xr == null ? null : innerExact[1].times(xr));
                return true;
            }
        }
        return false;
    }
}
