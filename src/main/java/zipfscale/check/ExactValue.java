package zipfscale.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import zipfscale.expr.Add;
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
 * The exact rational value of an expression at a point, when it has one that rational arithmetic reaches:
 * numbers, the point's values (exact binary doubles), sums, products, integer powers, Abs, Log(1), Exp(0),
 * Sin(0), Cos(0), and finite
 * sums of at most {@value #MAX_TERMS} terms with integer bounds. Anything else (Pi, a real power, a
 * special function, an infinite sum) gives null: no exact value, and the caller uses error-bounded
 * evaluation instead. An integer identity false by 1 at the scale 10^40 is decided here, where 40 digits
 * cannot see it.
 *
 * <p>Implementation note: numbers are capped at {@value #MAX_BITS} bits (numerator and denominator) and
 * exponents at {@value #MAX_EXPONENT}, so that no input runs without end; beyond them: null.
 */
final class ExactValue implements Expr.Visitor<ExactFraction> {
    static final int MAX_BITS = 200_000;
    static final int MAX_EXPONENT = 10_000;
    static final int MAX_TERMS = 2_000;

    private final Map<String, ExactFraction> point;

    private ExactValue(Map<String, ExactFraction> point) {
        this.point = point;
    }

    /** The exact value of {@code e} at {@code point}, or null when it has none that this class reaches. */
    static BigFraction of(Expr e, Map<String, BigDecimal> point) {
        Map<String, ExactFraction> exact = new java.util.HashMap<>();
        point.forEach((k, v) -> exact.put(k, ExactFraction.of(fraction(v))));
        try {
            ExactFraction v = new ExactValue(exact).eval(e);
            return v == null ? null : v.toBigFraction();
        } catch (ArithmeticException ex) {
            return null;   // a division by zero, a zero to a negative power: no value here
        }
    }

    /** The exact value of a closed expression (no free symbols), or null. */
    static BigFraction of(Expr e) {
        return of(e, Map.of());
    }

    static BigFraction fraction(BigDecimal v) {
        return v.scale() <= 0 ? new BigFraction(v.toBigIntegerExact())
                : new BigFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    private ExactFraction eval(Expr e) {
        ExactFraction v = e.accept(this);
        if (v != null && (v.num().bitLength() > MAX_BITS || v.den().bitLength() > MAX_BITS)) {
            return null;
        }
        return v;
    }

    @Override
    public ExactFraction visitRational(Rational e) {
        return ExactFraction.of(e.numerator(), e.denominator());
    }

    @Override
    public ExactFraction visitDecimal(Decimal e) {
        return Math.abs(e.value().scale()) > MAX_EXPONENT ? null : ExactFraction.of(fraction(e.value()));
    }

    @Override
    public ExactFraction visitSymbol(Symbol e) {
        return point.get(e.name());
    }

    @Override
    public ExactFraction visitConstant(Constant e) {
        return null;
    }

    @Override
    public ExactFraction visitAdd(Add e) {
        ExactFraction s = ExactFraction.ZERO;
        for (Expr t : e.terms()) {
            ExactFraction v = eval(t);
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    @Override
    public ExactFraction visitMul(Mul e) {
        ExactFraction p = ExactFraction.ONE;
        for (Expr f : e.factors()) {
            ExactFraction v = eval(f);
            if (v == null) {
                return null;
            }
            p = p.multiply(v);
        }
        return p;
    }

    @Override
    public ExactFraction visitPow(Pow e) {
        ExactFraction ex = eval(e.exponent());
        if (ex == null || !ex.isInteger() || ex.num().abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            return null;
        }
        ExactFraction b = eval(e.base());
        if (b == null) {
            return null;
        }
        int n = ex.num().intValue();
        long bits = (long) Math.abs(n) * Math.max(b.num().bitLength(), b.den().bitLength());
        if (bits > MAX_BITS) {
            return null;
        }
        if (n < 0) {
            if (b.signum() == 0) {
                throw new ArithmeticException("zero to a negative power");
            }
            return b.reciprocal().pow(-n);
        }
        return b.pow(n);
    }

    @Override
    public ExactFraction visitCall(Call e) {
        if (e.args().size() != 1) {
            return null;
        }
        ExactFraction v = eval(e.args().get(0));
        if (v == null) {
            return null;
        }
        boolean zero = v.signum() == 0;
        switch (e.function()) {
            case "Abs": return v.abs();
            // the exact values at the points where these functions are rational
            case "Log": return v.equals(ExactFraction.ONE) ? ExactFraction.ZERO : null;
            case "Exp":
            case "Cos": return zero ? ExactFraction.ONE : null;
            case "Sin": return zero ? ExactFraction.ZERO : null;
            default: return null;
        }
    }

    @Override
    public ExactFraction visitSum(Sum e) {
        ExactFraction lo = eval(e.lower());
        ExactFraction hi = e.upper() instanceof Constant ? null : eval(e.upper());
        if (lo == null || hi == null || !lo.isInteger() || !hi.isInteger()) {
            return null;
        }
        BigInteger a = lo.num();
        BigInteger b = hi.num();
        if (b.subtract(a).compareTo(BigInteger.valueOf(MAX_TERMS)) > 0) {
            return null;
        }
        Map<String, ExactFraction> inner = new java.util.HashMap<>(point);
        ExactFraction s = ExactFraction.ZERO;
        for (BigInteger k = a; k.compareTo(b) <= 0; k = k.add(BigInteger.ONE)) {
            inner.put(e.index(), ExactFraction.of(k));
            ExactFraction v = new ExactValue(inner).eval(e.body());
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    @Override
    public ExactFraction visitIntegral(Integral e) {
        return null;
    }
}
