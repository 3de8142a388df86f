package zipfscale.numerics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Evaluates an expression in double precision at a point (a value for every free symbol). Script-defined
 * functions must have been expanded before. Short finite sums are added term by term; long ones and
 * convergent infinite sums with a smooth summand go to {@link GeneralSums} (Euler-Maclaurin, cost
 * independent of the bound; a long sum it cannot do is added term by term up to {@value #MAX_TERMS}
 * terms); integrals are the business of the Mellin engine and are reported as unsupported here.
 *
 * <p>Every result is finite and real, or an {@link EvaluationException} says why not: no NaN leaves.
 */
public final class DoubleEvaluator implements Expr.Visitor<Double> {
    static final int MAX_TERMS = 1_000_000;
    private final Map<String, Double> env;

    private DoubleEvaluator(Map<String, Double> env) {
        this.env = env;
    }

    public static double evaluate(Expr e, Map<String, Double> env) {
        try {
            return new DoubleEvaluator(env).eval(e);
        } catch (EvaluationException ex) {
            throw ex;
        } catch (RuntimeException | StackOverflowError ex) {
            // Commons Math's special functions fail in their own ways far from their comfortable range
            // (digamma recursing for huge negative arguments, incomplete Gamma not converging)
            throw EvaluationException.undefined("the double evaluation failed: " + ex.getClass().getSimpleName());
        }
    }

    private double eval(Expr e) {
        double v = e.accept(this);
        if (Double.isNaN(v)) {
            throw EvaluationException.undefined("not a real number");
        }
        return v;
    }

    @Override
    public Double visitRational(Rational e) {
        return e.doubleValue();
    }

    @Override
    public Double visitDecimal(Decimal e) {
        return e.value().doubleValue();
    }

    @Override
    public Double visitSymbol(Symbol e) {
        Double v = env.get(e.name());
        if (v == null) {
            throw EvaluationException.unsupported("no value for '" + e.name() + "'");
        }
        return v;
    }

    @Override
    public Double visitConstant(Constant e) {
        switch (e.kind()) {
            case PI: return Math.PI;
            case INFINITY: return Double.POSITIVE_INFINITY;
            default: return 0.57721566490153286060651209008240243;
        }
    }

    @Override
    public Double visitAdd(Add e) {
        List<Expr> terms = e.terms();
        double[] v = new double[terms.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = eval(terms.get(i));
        }
        pairCancellingExponentials(terms, v);
        double s = 0;
        for (double t : v) {
            s += t;
        }
        return finite(s, "sum");
    }

    /**
     * Replaces each pair {@code k*Exp(g) + o} with o within 1e-8 of -k by {@code k*expm1(g) + (k + o)}, the
     * same number without the cancellation (see {@link ExpCancellation}).
     */
    private void pairCancellingExponentials(List<Expr> terms, double[] v) {
        boolean[] used = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            ExpCancellation.Split sp = used[i] ? null : ExpCancellation.split(terms.get(i));
            if (sp == null) {
                continue;
            }
            double k = eval(sp.k());
            for (int j = 0; j < v.length; j++) {
                if (j != i && !used[j] && k != 0 && Math.abs(v[j] + k) <= 1e-8 * Math.abs(k)) {
                    double g;
                    try {
                        g = eval(sp.g());
                    } catch (EvaluationException ex) {
                        break; // e.g. b^h with a negative base and an integral decimal h: keep the sum as written
                    }
                    v[i] = k * Math.expm1(g);
                    v[j] = v[j] + k;
                    used[i] = true;
                    used[j] = true;
                    break;
                }
            }
        }
    }

    @Override
    public Double visitMul(Mul e) {
        double p = 1;
        for (Expr f : e.factors()) {
            p *= eval(f);
        }
        return finite(p, "product");
    }

    @Override
    public Double visitPow(Pow e) {
        double b = eval(e.base());
        double x = eval(e.exponent());
        return power(b, x, e.exponent() instanceof Rational r ? r : null);
    }

    static double power(double b, double x, Rational exactExponent) {
        if (b < 0 && x != Math.rint(x)) {
            if (exactExponent != null && exactExponent.denominator().testBit(0)) {
                double m = Math.pow(-b, x);
                return exactExponent.numerator().testBit(0) ? -m : m;
            }
            throw EvaluationException.undefined("a negative number to a non-integer power");
        }
        if (b == 0 && x < 0) {
            throw EvaluationException.undefined("division by zero");
        }
        return finite(Math.pow(b, x), "power");
    }

    private static double finite(double v, String what) {
        if (Double.isNaN(v)) {
            throw EvaluationException.undefined(what + " is not a real number");
        }
        return v;
    }

    @Override
    public Double visitCall(Call e) {
        if (e.builtin() == Builtin.BOOLE && e.args().get(0) instanceof Call c && Builtin.COMPARISONS.contains(c.function())) {
            double l = eval(c.args().get(0));
            double r = eval(c.args().get(1));
            boolean holds;
            switch (c.function()) {
                case "Less": holds = l < r; break;
                case "LessEqual": holds = l <= r; break;
                case "Greater": holds = l > r; break;
                default: holds = l >= r; break;
            }
            return holds ? 1.0 : 0.0;
        }
        Builtin b = e.builtin();
        if (b == null) {
            throw EvaluationException.unsupported("function '" + e.function() + "' is not expanded");
        }
        List<Expr> a = e.args();
        double x = eval(a.get(0));
        switch (b) {
            case EXP: return Math.exp(x);
            case LOG:
                if (a.size() == 2) {
                    return log(eval(a.get(1))) / log(x);
                }
                return log(x);
            case SQRT: return power(x, 0.5, Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO));
            case ABS: return Math.abs(x);
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            case GAMMA:
                if (a.size() == 2) {
                    double y = eval(a.get(1));
                    if (x <= 0 || y < 0) {
                        throw EvaluationException.unsupported("incomplete Gamma(s, x) needs s > 0, x >= 0 here");
                    }
                    return Gamma.gamma(x) * Gamma.regularizedGammaQ(x, y);
                }
                return gamma(x);
            case LOG_GAMMA:
                if (x <= 0) {
                    throw EvaluationException.undefined("LogGamma of a non-positive number");
                }
                return Gamma.logGamma(x);
            case BETA: {
                double y = eval(a.get(1));
                if (x <= 0 || y <= 0) {
                    throw EvaluationException.undefined("Beta needs positive arguments here");
                }
                return Math.exp(Beta.logBeta(x, y));
            }
            case ZETA:
                return a.size() == 2 ? hurwitzZeta(x, eval(a.get(1))) : hurwitzZeta(x, 1);
            case HURWITZ_ZETA:
                return hurwitzZeta(x, eval(a.get(1)));
            case POLYGAMMA: {
                double y = eval(a.get(1));
                if (x == 0) {
                    return Gamma.digamma(y);
                }
                if (x == 1) {
                    return Gamma.trigamma(y);
                }
                return ApfloatBridge.polygamma((int) x, y);
            }
            case FACTORIAL: return gamma(x + 1);
            case BINOMIAL: {
                double k = eval(a.get(1));
                return gamma(x + 1) / (gamma(k + 1) * gamma(x - k + 1));
            }
            case MAX: {
                double m = x;
                for (int i = 1; i < a.size(); i++) {
                    m = Math.max(m, eval(a.get(i)));
                }
                return m;
            }
            case MIN: {
                double m = x;
                for (int i = 1; i < a.size(); i++) {
                    m = Math.min(m, eval(a.get(i)));
                }
                return m;
            }
            case FLOOR: return Math.floor(x);
            case CEILING: return Math.ceil(x);
            default:
                throw EvaluationException.unsupported(b == Builtin.BOOLE ? "Boole is evaluated only inside kernels"
                        : b.spelling() + " has no numeric value here");
        }
    }

    /**
     * zeta(s, a) through the engine's Euler-Maclaurin {@link Zeta} on its domain s > 1, a > 0 (about a
     * microsecond; this is on the numeric witness's hot path); elsewhere (analytic continuation) through
     * Apfloat, about a millisecond.
     */
    private static double hurwitzZeta(double s, double a) {
        if (s > 1 && a > 0 && Double.isFinite(s) && Double.isFinite(a)) {
            return Zeta.hurwitz(s, a).value();
        }
        return a == 1 ? ApfloatBridge.zeta(s) : ApfloatBridge.hurwitzZeta(s, a);
    }

    private static double log(double x) {
        if (x <= 0) {
            throw EvaluationException.undefined("log of a non-positive number");
        }
        return Math.log(x);
    }

    private static double gamma(double x) {
        if (x <= 0 && x == Math.rint(x)) {
            throw EvaluationException.undefined("Gamma has a pole at " + x);
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        return Gamma.gamma(x);
    }

    @Override
    public Double visitSum(Sum e) {
        PowerSums.Shape power = PowerSums.match(e);
        if (power != null) {
            return eval(power.constant()) * PowerSums.value(eval(power.exponent()), eval(power.lower()));
        }
        double lo = eval(e.lower());
        double hi = Math.floor(eval(e.upper())); // a last index that is not whole means its floor (as Symja's Sum)
        if (Double.isInfinite(hi) || hi - lo > GeneralSums.DIRECT) {
            EvaluationException refused;
            try {
                return bounded(GeneralSums.sum(e, env));
            } catch (EvaluationException ex) {
                refused = ex;
            }
            if (Double.isInfinite(hi) || hi - lo > MAX_TERMS || !refused.unsupported()) {
                throw refused;
            }
        }
        if (lo != Math.rint(lo) || hi != Math.rint(hi)) {
            throw EvaluationException.undefined("sum bounds must be integers");
        }
        Map<String, Double> inner = new HashMap<>(env);
        double s = 0;
        for (long k = (long) lo; k <= (long) hi; k++) {
            inner.put(e.index(), (double) k);
            s += new DoubleEvaluator(inner).eval(e.body());
        }
        return s;
    }

    /** A general sum's value when its bound is within 1e-12 of it (the double mode's promise). */
    private static double bounded(Estimate s) {
        if (s.relativeError() > 1e-12) {
            throw EvaluationException.unsupported("the sum is known only to a relative error of " + s.relativeError());
        }
        return s.value();
    }

    @Override
    public Double visitIntegral(Integral e) {
        throw EvaluationException.unsupported("integrals are evaluated by the Mellin engine");
    }
}
