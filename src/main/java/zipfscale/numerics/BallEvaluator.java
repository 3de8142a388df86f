package zipfscale.numerics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
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
 * Encloses the value of an elementary expression at a point in a {@link Ball}: numbers, the point's
 * parameters, Pi, sums, products, powers, Exp, Log, Sqrt, Sin, Cos, Abs, Max, Min. Every radius is a bound on
 * the true error (propagated by the derivative's bound over the ball, plus each step's rounding), so a ball
 * that excludes a value proves the expression differs from it: this is the rigorous error bound of the
 * identity and inequality witness (issue 18), where the two-precision estimate cannot see an error that
 * every precision shares (a term absorbed below all of them). What it does not cover (special functions,
 * sums and integrals, Floor) is {@link Unsupported}; the caller then uses the two-precision estimate.
 */
public final class BallEvaluator implements Expr.Visitor<Ball> {
    /** An expression outside the elementary functions this evaluator encloses. */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Integer powers up to this exponent by repeated squaring; beyond, as exp(n log|b|). */
    private static final long SQUARING_LIMIT = 1 << 16;

    private final Map<String, Ball> env;
    private final long digits;

    private BallEvaluator(Map<String, Ball> env, long digits) {
        this.env = env;
        this.digits = digits;
    }

    /**
     * The ball of {@code e} at the point, with midpoints at {@code digits} digits.
     *
     * @throws Unsupported when {@code e} holds a function this evaluator does not enclose
     * @throws EvaluationException when a ball meets a singularity (a logarithm of a ball holding 0)
     */
    public static Ball enclose(Expr e, Map<String, BigDecimal> point, long digits) {
        Map<String, Ball> env = new HashMap<>();
        BallEvaluator ev = new BallEvaluator(env, digits);
        point.forEach((k, v) -> env.put(k, ev.decimal(v)));
        try {
            return e.accept(ev);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            throw EvaluationException.undefined(String.valueOf(ex.getMessage()));
        }
    }

    private Ball decimal(BigDecimal v) {
        Apfloat m = ExactApfloat.decimal(v, digits);
        return v.precision() <= digits ? Ball.exact(m) : new Ball(m, Ball.rounding(m, digits));
    }

    private Ball ball(Apfloat mid, Apfloat rad) {
        return new Ball(full(mid), Ball.up(rad));
    }

    /**
     * A midpoint at the working precision: Apfloat lowers the precision of a result that lost digits to
     * cancellation, and functions take their precision from their argument; a midpoint is an exact number
     * (its error is in the radius), so its precision is restored before it is used.
     */
    private Apfloat full(Apfloat v) {
        return v.precision() < digits ? v.precision(digits) : v;
    }

    @Override
    public Ball visitRational(Rational e) {
        Apfloat n = ExactApfloat.integer(e.numerator(), digits);
        if (e.isInteger()) {
            return e.numerator().bitLength() * 0.30103 < digits - 1 ? Ball.exact(n) : new Ball(n, Ball.rounding(n, digits));
        }
        Apfloat q = n.divide(ExactApfloat.integer(e.denominator(), digits));
        return new Ball(q, Ball.rounding(q, digits).multiply(new Apfloat(3)));
    }

    @Override
    public Ball visitDecimal(Decimal e) {
        return decimal(e.value());
    }

    @Override
    public Ball visitSymbol(Symbol e) {
        Ball v = env.get(e.name());
        if (v == null) {
            throw EvaluationException.unsupported("no value for '" + e.name() + "'");
        }
        return v;
    }

    @Override
    public Ball visitConstant(Constant e) {
        if (e.kind() == Constant.Kind.PI) {
            Apfloat pi = ApfloatMath.pi(digits);
            return new Ball(pi, Ball.rounding(pi, digits));
        }
        throw new Unsupported(e.kind() + " has no enclosure here");
    }

    @Override
    public Ball visitAdd(Add e) {
        Ball s = Ball.exact(new Apfloat(0, digits));
        for (Expr t : e.terms()) {
            s = add(s, t.accept(this));
        }
        return s;
    }

    private Ball add(Ball a, Ball b) {
        Apfloat m = full(a.mid()).add(full(b.mid()));
        // the rounding of a sum is relative to its operands, not to the (possibly cancelled) result
        Apfloat size = ApfloatMath.abs(a.mid()).precision(Ball.RADIUS_DIGITS)
                .add(ApfloatMath.abs(b.mid()).precision(Ball.RADIUS_DIGITS));
        return ball(m, a.rad().add(b.rad()).add(Ball.rounding(size, digits)));
    }

    @Override
    public Ball visitMul(Mul e) {
        Ball p = Ball.exact(new Apfloat(1, digits));
        for (Expr f : e.factors()) {
            p = multiply(p, f.accept(this));
        }
        return p;
    }

    private Ball multiply(Ball a, Ball b) {
        Apfloat m = full(a.mid()).multiply(full(b.mid()));
        Apfloat am = ApfloatMath.abs(a.mid()).precision(Ball.RADIUS_DIGITS);
        Apfloat bm = ApfloatMath.abs(b.mid()).precision(Ball.RADIUS_DIGITS);
        Apfloat r = am.multiply(b.rad()).add(bm.multiply(a.rad())).add(a.rad().multiply(b.rad()));
        return ball(m, r.add(Ball.rounding(m, digits)));
    }

    private Ball reciprocal(Ball b) {
        if (!b.excludesZero()) {
            throw EvaluationException.undefined("division by a value that may be 0");
        }
        Apfloat m = new Apfloat(1, digits).divide(full(b.mid()));
        Apfloat low = b.lowerMagnitude();
        Apfloat bm = ApfloatMath.abs(b.mid()).precision(Ball.RADIUS_DIGITS);
        // |1/x - 1/m| <= r / (|m| (|m| - r)) for |x - m| <= r < |m|
        Apfloat r = b.rad().signum() == 0 ? Apfloat.ZERO : b.rad().divide(bm.multiply(low));
        return ball(m, r.add(Ball.rounding(m, digits)));
    }

    @Override
    public Ball visitPow(Pow e) {
        Ball b = e.base().accept(this);
        if (e.exponent() instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 63) {
            long n = r.numerator().longValue();
            if (n == 0) {
                return Ball.exact(new Apfloat(1, digits));
            }
            Ball p = Math.abs(n) <= SQUARING_LIMIT ? integerPower(b, Math.abs(n)) : largeIntegerPower(b, Math.abs(n));
            return n < 0 ? reciprocal(p) : p;
        }
        Ball x = e.exponent().accept(this);
        if (e.exponent() instanceof Rational r && r.denominator().testBit(0) && negative(b)) {
            // a negative base to a rational power with an odd denominator: the real root, signed
            Ball m = power(negate(b), x);
            return r.numerator().testBit(0) ? negate(m) : m;
        }
        if (!positive(b)) {
            throw EvaluationException.undefined("a base that may be 0 or negative to a non-integer power");
        }
        return power(b, x);
    }

    private static boolean positive(Ball b) {
        return b.mid().signum() > 0 && b.excludesZero();
    }

    private static boolean negative(Ball b) {
        return b.mid().signum() < 0 && b.excludesZero();
    }

    private static Ball negate(Ball b) {
        return new Ball(b.mid().negate(), b.rad());
    }

    private Ball integerPower(Ball b, long n) {
        Ball result = Ball.exact(new Apfloat(1, digits));
        Ball square = b;
        long k = n;
        while (k > 0) {
            if ((k & 1) == 1) {
                result = multiply(result, square);
            }
            k >>= 1;
            if (k > 0) {
                square = multiply(square, square);
            }
        }
        return result;
    }

    private Ball largeIntegerPower(Ball b, long n) {
        if (!b.excludesZero()) {
            throw new Unsupported("a huge power of a ball holding 0");
        }
        Ball m = exp(multiply(Ball.exact(new Apfloat(n, digits)), log(new Ball(ApfloatMath.abs(b.mid()), b.rad()))));
        return b.mid().signum() < 0 && (n & 1) == 1 ? negate(m) : m;
    }

    /** b^x for a ball b of positive numbers: exp(x log b). */
    private Ball power(Ball b, Ball x) {
        return exp(multiply(x, log(b)));
    }

    /**
     * An argument of exp, sin or cos at the working precision plus its integer digits and five more: their
     * absolute error becomes the result's relative error, so the digits before the point are carried too.
     */
    private Apfloat guarded(Apfloat x) {
        return full(x).precision(digits + Math.max(0, x.scale()) + 5);
    }

    private Ball exp(Ball a) {
        // e^m to `digits` digits relative: m's integer digits are carried as extra precision
        Apfloat m = PreciseFunctions.exp(guarded(a.mid())).precision(digits);
        // |e^x - e^m| <= e^m (e^r - 1) <= e^m r e^r
        Apfloat em = ApfloatMath.abs(m).precision(Ball.RADIUS_DIGITS);
        Apfloat r = a.rad().signum() == 0 ? Apfloat.ZERO
                : em.multiply(a.rad()).multiply(ApfloatMath.exp(a.rad().precision(Ball.RADIUS_DIGITS)));
        return ball(m, r.add(Ball.rounding(m, digits)));
    }

    private Ball log(Ball a) {
        if (!positive(a)) {
            throw EvaluationException.undefined("log of a value that may be 0 or negative");
        }
        Apfloat m = PreciseFunctions.log(full(a.mid()).precision(digits + 5)).precision(digits);
        // |log x - log m| <= r / (m - r); the rounding of log m near m = 1 is absolute, 10^-(p-3)
        Apfloat r = a.rad().signum() == 0 ? Apfloat.ZERO : a.rad().divide(a.lowerMagnitude());
        Apfloat round = Ball.rounding(ApfloatMath.max(ApfloatMath.abs(m), new Apfloat(1, digits)), digits);
        return ball(m, r.add(round));
    }

    @Override
    public Ball visitCall(Call e) {
        Builtin b = e.builtin();
        if (b == null) {
            throw EvaluationException.unsupported("function '" + e.function() + "' is not expanded");
        }
        List<Expr> a = e.args();
        switch (b) {
            case EXP:
                return exp(a.get(0).accept(this));
            case LOG:
                if (a.size() == 2) {
                    return multiply(log(a.get(1).accept(this)), reciprocal(log(a.get(0).accept(this))));
                }
                return log(a.get(0).accept(this));
            case SQRT: {
                Ball x = a.get(0).accept(this);
                if (!positive(x)) {
                    throw new Unsupported("square root of a ball that may reach 0");
                }
                return power(x, Ball.exact(new Apfloat("0.5", digits)));
            }
            case ABS: {
                Ball x = a.get(0).accept(this);
                return new Ball(ApfloatMath.abs(x.mid()), x.rad());
            }
            case SIN:
            case COS: {
                Ball x = a.get(0).accept(this);
                Apfloat m = PreciseFunctions.sinCos(guarded(x.mid()), b == Builtin.COS).precision(digits);
                // |sin' |, |cos'| <= 1; the rounding is absolute (the value is at most 1)
                return ball(m, x.rad().add(Ball.rounding(new Apfloat(1, digits), digits)));
            }
            case MAX:
            case MIN: {
                Ball best = a.get(0).accept(this);
                for (int i = 1; i < a.size(); i++) {
                    Ball o = a.get(i).accept(this);
                    int c = o.mid().compareTo(best.mid());
                    Apfloat mid = (b == Builtin.MAX ? c > 0 : c < 0) ? o.mid() : best.mid();
                    // |max(x, y) - max(m, n)| <= max(|x - m|, |y - n|)
                    best = new Ball(mid, ApfloatMath.max(best.rad(), o.rad()));
                }
                return best;
            }
            default:
                throw new Unsupported(b.spelling() + " has no enclosure here");
        }
    }

    @Override
    public Ball visitSum(Sum e) {
        throw new Unsupported("sums have no enclosure here");
    }

    @Override
    public Ball visitIntegral(Integral e) {
        throw new Unsupported("integrals have no enclosure here");
    }
}
