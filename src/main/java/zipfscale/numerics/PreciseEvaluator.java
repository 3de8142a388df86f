package zipfscale.numerics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;
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
 * Evaluates an expression with Apfloat at a chosen number of significant digits (the reference mode of
 * the checkers: 40 digits by default). Values of symbols are given exactly as {@link BigDecimal}s.
 * Script-defined functions must be expanded first; long finite sums and convergent infinite sums with a
 * smooth summand by {@link PreciseGeneralSums}, short ones (and up to {@value #MAX_TERMS} terms of a
 * summand it cannot do) term by term.
 * exp, log, real powers, sin, cos, Gamma and zeta go through {@link PreciseFunctions} (the engine's own algorithms,
 * memoised; Apfloat's where those do not apply).
 */
public final class PreciseEvaluator implements Expr.Visitor<Apfloat> {
    static final int MAX_TERMS = 20_000;
    private final Map<String, Apfloat> env;
    private final long digits;
    /** The precision at which no term of any sum evaluated so far would be absorbed (see {@link #digitsKeepingEveryTerm}). */
    private long keeping;

    private PreciseEvaluator(Map<String, Apfloat> env, long digits) {
        this.env = env;
        this.digits = digits;
    }

    public static Apfloat evaluate(Expr e, Map<String, BigDecimal> point, long digits) {
        Map<String, Apfloat> env = new HashMap<>();
        point.forEach((k, v) -> env.put(k, ExactApfloat.decimal(v, digits)));
        try {
            return new PreciseEvaluator(env, digits).eval(e);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            throw EvaluationException.undefined(String.valueOf(ex.getMessage()));
        }
    }

    /**
     * The precision at which evaluating {@code e} at the point keeps a digit of every term of every sum, at
     * least {@code digits}. A term below the last digit of its running sum is absorbed (1 - p with p = 1e-323 is
     * 1 at 40 digits and at 160), and what follows may depend on it alone (log(1 - p) is then 0, exactly):
     * comparing two precisions cannot see such an error, since both lose the term. Ten digits of the smallest
     * term are asked for; a term absorbed at that precision again (a sum nested in a sum) is not chased further.
     */
    public static long digitsKeepingEveryTerm(Expr e, Map<String, BigDecimal> point, long digits) {
        Map<String, Apfloat> env = new HashMap<>();
        point.forEach((k, v) -> env.put(k, ExactApfloat.decimal(v, digits)));
        PreciseEvaluator ev = new PreciseEvaluator(env, digits);
        ev.keeping = digits;
        try {
            ev.eval(e);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException | EvaluationException ex) {
            return digits;
        }
        return ev.keeping;
    }

    /** As {@link #evaluate}, the point already in Apfloat (for the engine's own callers). */
    static Apfloat evaluateApfloat(Expr e, Map<String, Apfloat> env, long digits) {
        try {
            return new PreciseEvaluator(env, digits).eval(e);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            throw EvaluationException.undefined(String.valueOf(ex.getMessage()));
        }
    }

    /**
     * The value of a subexpression, at the working precision at least. Apfloat lowers the precision of a
     * result that lost digits to cancellation (1 - q with q = 5e-36 keeps 39 digits, log of it 4), and
     * functions take their precision from their argument; the point's values are exact, so the precision
     * is restored before the value is used (else (1 - q)^D came out as 1 - 1e-17 at "40 digits").
     */
    private Apfloat eval(Expr e) {
        Apfloat v = e.accept(this);
        return v.precision() < digits ? v.precision(digits) : v;
    }

    private Apfloat num(long v) {
        return new Apfloat(v, digits);
    }

    @Override
    public Apfloat visitRational(Rational e) {
        if (e.isInteger()) {
            return ExactApfloat.integer(e.numerator(), digits);
        }
        return ExactApfloat.integer(e.numerator(), digits).divide(ExactApfloat.integer(e.denominator(), digits));
    }

    @Override
    public Apfloat visitDecimal(Decimal e) {
        return ExactApfloat.decimal(e.value(), digits);
    }

    @Override
    public Apfloat visitSymbol(Symbol e) {
        Apfloat v = env.get(e.name());
        if (v == null) {
            throw EvaluationException.unsupported("no value for '" + e.name() + "'");
        }
        return v;
    }

    @Override
    public Apfloat visitConstant(Constant e) {
        switch (e.kind()) {
            case PI: return ApfloatMath.pi(digits);
            case INFINITY: throw EvaluationException.unsupported("Infinity outside a sum or integral bound");
            default: return new Apfloat("0.577215664901532860606512090082402431042159335939923598805767", digits);
        }
    }

    @Override
    public Apfloat visitAdd(Add e) {
        Apfloat s = num(0);
        for (Expr t : e.terms()) {
            Apfloat v = eval(t);
            Apfloat next = s.add(v);
            if (v.signum() != 0 && s.signum() != 0) {
                long gap = Math.max(s.scale(), next.signum() == 0 ? s.scale() : next.scale()) - v.scale();
                if (gap > digits - 3) {
                    keeping = Math.max(keeping, gap + 10);
                }
            }
            s = next;
        }
        return s;
    }

    @Override
    public Apfloat visitMul(Mul e) {
        Apfloat p = num(1);
        for (Expr f : e.factors()) {
            p = p.multiply(eval(f));
        }
        return p;
    }

    @Override
    public Apfloat visitPow(Pow e) {
        Apfloat b = eval(e.base());
        if (e.exponent() instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 31) {
            long n = r.numerator().longValue();
            if (b.signum() == 0 && n < 0) {
                throw EvaluationException.undefined("division by zero");
            }
            return ApfloatMath.pow(b, n);
        }
        Apfloat x = eval(e.exponent());
        if (b.signum() == 0) {
            if (x.signum() > 0) {
                return num(0);
            }
            throw EvaluationException.undefined("zero to a non-positive power");
        }
        if (b.signum() < 0) {
            if (x.equals(x.truncate())) {
                Apfloat m = PreciseFunctions.pow(b.negate(), x);
                return x.truncate().mod(new Apint(2)).signum() == 0 ? m : m.negate();
            }
            if (e.exponent() instanceof Rational r && r.denominator().testBit(0)) {
                Apfloat m = PreciseFunctions.pow(b.negate(), x);
                return r.numerator().testBit(0) ? m.negate() : m;
            }
            throw EvaluationException.undefined("a negative number to a non-integer power");
        }
        return PreciseFunctions.pow(b, x);
    }

    @Override
    public Apfloat visitCall(Call e) {
        if (e.builtin() == Builtin.BOOLE && e.args().get(0) instanceof Call c && Builtin.COMPARISONS.contains(c.function())) {
            int cmp = eval(c.args().get(0)).compareTo(eval(c.args().get(1)));
            boolean holds;
            switch (c.function()) {
                case "Less": holds = cmp < 0; break;
                case "LessEqual": holds = cmp <= 0; break;
                case "Greater": holds = cmp > 0; break;
                default: holds = cmp >= 0; break;
            }
            return num(holds ? 1 : 0);
        }
        Builtin b = e.builtin();
        if (b == null) {
            throw EvaluationException.unsupported("function '" + e.function() + "' is not expanded");
        }
        List<Expr> a = e.args();
        Apfloat x = eval(a.get(0));
        switch (b) {
            case EXP: return PreciseFunctions.exp(x);
            case LOG:
                if (a.size() == 2) {
                    return log(eval(a.get(1))).divide(log(x));
                }
                return log(x);
            case SQRT:
                if (x.signum() < 0) {
                    throw EvaluationException.undefined("square root of a negative number");
                }
                return ApfloatMath.sqrt(x);
            case ABS: return ApfloatMath.abs(x);
            case SIN: return PreciseFunctions.sinCos(x, false);
            case COS: return PreciseFunctions.sinCos(x, true);
            case GAMMA:
                if (a.size() == 2) {
                    Apfloat upper = eval(a.get(1));
                    withinArgumentRange("Gamma(s, x)", x);
                    withinArgumentRange("Gamma(s, x)", upper);
                    return ApfloatMath.gamma(x, upper);
                }
                return gamma(x);
            case LOG_GAMMA:
                if (x.signum() <= 0) {
                    throw EvaluationException.undefined("LogGamma of a non-positive number");
                }
                withinArgumentRange("LogGamma", x);
                return ApfloatMath.logGamma(x);
            case BETA: {
                Apfloat y = eval(a.get(1));
                return gamma(x).multiply(gamma(y)).divide(gamma(x.add(y)));
            }
            case ZETA:
            case HURWITZ_ZETA:
                if (a.size() == 2) {
                    return PreciseFunctions.hurwitzZeta(x, eval(a.get(1)), digits);
                }
                if (x.equals(num(1))) {
                    throw EvaluationException.undefined("zeta has a pole at 1");
                }
                return PreciseFunctions.zeta(x, digits);
            case POLYGAMMA: {
                Apfloat y = eval(a.get(1));
                if (!x.equals(x.truncate()) || x.signum() < 0) {
                    throw EvaluationException.unsupported("PolyGamma order must be a non-negative integer");
                }
                withinArgumentRange("PolyGamma", x);
                withinArgumentRange("PolyGamma", y);
                long n = x.longValue();
                if (n == 0) {
                    return ApfloatMath.digamma(y);
                }
                Apfloat f = ApfloatMath.gamma(num(n + 1));
                Apfloat z = ApfloatMath.zeta(num(n + 1), y).multiply(f);
                return n % 2 == 1 ? z : z.negate();
            }
            case FACTORIAL: return gamma(x.add(num(1)));
            case BINOMIAL: {
                Apfloat k = eval(a.get(1));
                return gamma(x.add(num(1))).divide(gamma(k.add(num(1))).multiply(gamma(x.subtract(k).add(num(1)))));
            }
            case MAX: {
                Apfloat m = x;
                for (int i = 1; i < a.size(); i++) {
                    m = ApfloatMath.max(m, eval(a.get(i)));
                }
                return m;
            }
            case MIN: {
                Apfloat m = x;
                for (int i = 1; i < a.size(); i++) {
                    m = ApfloatMath.min(m, eval(a.get(i)));
                }
                return m;
            }
            case FLOOR: return ExactApfloat.integer(x.floor().toBigInteger(), digits);
            case CEILING: return ExactApfloat.integer(x.ceil().toBigInteger(), digits);
            default:
                throw EvaluationException.unsupported(b == Builtin.BOOLE ? "Boole is evaluated only inside kernels"
                        : b.spelling() + " has no numeric value here");
        }
    }

    private Apfloat log(Apfloat x) {
        if (x.signum() <= 0) {
            throw EvaluationException.undefined("log of a non-positive number");
        }
        return PreciseFunctions.log(x);
    }

    /**
     * The special functions are evaluated for arguments of magnitude up to {@link #MAX_ARGUMENT}: beyond it
     * Apfloat's Gamma, LogGamma and PolyGamma work for minutes (Binomial(10^9, 10^8) is Gamma(10^9 + 1)
     * computed exactly); such an argument makes the expression unsupported, never a hang (issue 21).
     */
    static final double MAX_ARGUMENT = 1e300;

    private static void withinArgumentRange(String function, Apfloat x) {
        if (!(Math.abs(x.doubleValue()) <= MAX_ARGUMENT)) {
            throw EvaluationException.unsupported(function + " of an argument beyond 1e300 in magnitude ("
                    + x.toString(true).substring(0, Math.min(20, x.toString(true).length())) + ")");
        }
    }

    private Apfloat gamma(Apfloat x) {
        withinArgumentRange("Gamma", x);
        if (x.signum() <= 0 && x.equals(x.truncate())) {
            throw EvaluationException.undefined("Gamma has a pole at " + x);
        }
        return PreciseFunctions.gamma(x, digits);
    }

    @Override
    public Apfloat visitSum(Sum e) {
        PowerSums.Shape power = PowerSums.match(e);
        if (power != null) {
            return eval(power.constant()).multiply(PowerSums.value(eval(power.exponent()), eval(power.lower()), digits));
        }
        boolean infinite = e.upper() instanceof Constant;
        Apfloat lo = eval(e.lower());
        Apfloat hi = infinite ? null : eval(e.upper()).floor(); // a last index that is not whole means its floor
        if (infinite || hi.subtract(lo).compareTo(num(GeneralSums.DIRECT)) > 0) {
            EvaluationException refused;
            try {
                PreciseEstimate s = PreciseGeneralSums.sum(e, env, (int) Math.min(Integer.MAX_VALUE, digits));
                if (s.error().compareTo(ApfloatMath.abs(s.value()).multiply(ExactApfloat.tenToThe(-digits, digits))) > 0) {
                    throw EvaluationException.unsupported("the sum is not known to " + digits + " digits");
                }
                return s.value().precision(digits);
            } catch (EvaluationException ex) {
                refused = ex;
            }
            if (infinite || hi.subtract(lo).compareTo(num(MAX_TERMS)) > 0 || !refused.unsupported()) {
                throw refused;
            }
        }
        if (!lo.equals(lo.truncate()) || !hi.equals(hi.truncate())) {
            throw EvaluationException.undefined("sum bounds must be integers");
        }
        Map<String, Apfloat> inner = new HashMap<>(env);
        Apfloat s = num(0);
        for (long k = lo.longValue(); k <= hi.longValue(); k++) {
            inner.put(e.index(), num(k));
            s = s.add(new PreciseEvaluator(inner, digits).eval(e.body()));
        }
        return s;
    }

    @Override
    public Apfloat visitIntegral(Integral e) {
        throw EvaluationException.unsupported("integrals are evaluated by the Mellin engine");
    }
}
