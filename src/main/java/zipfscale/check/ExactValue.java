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
final class ExactValue implements Expr.Visitor<BigFraction> {
    static final int MAX_BITS = 200_000;
    static final int MAX_EXPONENT = 10_000;
    static final int MAX_TERMS = 2_000;

    private final Map<String, BigFraction> point;

    private ExactValue(Map<String, BigFraction> point) {
        this.point = point;
    }

    /** The exact value of {@code e} at {@code point}, or null when it has none that this class reaches. */
    static BigFraction of(Expr e, Map<String, BigDecimal> point) {
        Map<String, BigFraction> exact = new java.util.HashMap<>();
        point.forEach((k, v) -> exact.put(k, fraction(v)));
        try {
            return new ExactValue(exact).eval(e);
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

    private BigFraction eval(Expr e) {
        BigFraction v = e.accept(this);
        if (v != null && (v.getNumerator().bitLength() > MAX_BITS || v.getDenominator().bitLength() > MAX_BITS)) {
            return null;
        }
        return v;
    }

    @Override
    public BigFraction visitRational(Rational e) {
        return new BigFraction(e.numerator(), e.denominator());
    }

    @Override
    public BigFraction visitDecimal(Decimal e) {
        return Math.abs(e.value().scale()) > MAX_EXPONENT ? null : fraction(e.value());
    }

    @Override
    public BigFraction visitSymbol(Symbol e) {
        return point.get(e.name());
    }

    @Override
    public BigFraction visitConstant(Constant e) {
        return null;
    }

    @Override
    public BigFraction visitAdd(Add e) {
        BigFraction s = BigFraction.ZERO;
        for (Expr t : e.terms()) {
            BigFraction v = eval(t);
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    @Override
    public BigFraction visitMul(Mul e) {
        BigFraction p = BigFraction.ONE;
        for (Expr f : e.factors()) {
            BigFraction v = eval(f);
            if (v == null) {
                return null;
            }
            p = p.multiply(v);
        }
        return p;
    }

    @Override
    public BigFraction visitPow(Pow e) {
        BigFraction ex = eval(e.exponent());
        if (ex == null || !ex.getDenominator().equals(BigInteger.ONE)
                || ex.getNumerator().abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            return null;
        }
        BigFraction b = eval(e.base());
        if (b == null) {
            return null;
        }
        int n = ex.getNumerator().intValue();
        long bits = (long) Math.abs(n) * Math.max(b.getNumerator().bitLength(), b.getDenominator().bitLength());
        if (bits > MAX_BITS) {
            return null;
        }
        if (n < 0) {
            if (b.getNumerator().signum() == 0) {
                throw new ArithmeticException("zero to a negative power");
            }
            return b.reciprocal().pow(-n);
        }
        return b.pow(n);
    }

    @Override
    public BigFraction visitCall(Call e) {
        if (e.args().size() != 1) {
            return null;
        }
        BigFraction v = eval(e.args().get(0));
        if (v == null) {
            return null;
        }
        boolean zero = v.getNumerator().signum() == 0;
        switch (e.function()) {
            case "Abs": return v.abs();
            // the exact values at the points where these functions are rational
            case "Log": return v.equals(BigFraction.ONE) ? BigFraction.ZERO : null;
            case "Exp":
            case "Cos": return zero ? BigFraction.ONE : null;
            case "Sin": return zero ? BigFraction.ZERO : null;
            default: return null;
        }
    }

    @Override
    public BigFraction visitSum(Sum e) {
        BigFraction lo = eval(e.lower());
        BigFraction hi = e.upper() instanceof Constant ? null : eval(e.upper());
        if (lo == null || hi == null || !lo.getDenominator().equals(BigInteger.ONE)
                || !hi.getDenominator().equals(BigInteger.ONE)) {
            return null;
        }
        BigInteger a = lo.getNumerator();
        BigInteger b = hi.getNumerator();
        if (b.subtract(a).compareTo(BigInteger.valueOf(MAX_TERMS)) > 0) {
            return null;
        }
        Map<String, BigFraction> inner = new java.util.HashMap<>(point);
        BigFraction s = BigFraction.ZERO;
        for (BigInteger k = a; k.compareTo(b) <= 0; k = k.add(BigInteger.ONE)) {
            inner.put(e.index(), new BigFraction(k));
            BigFraction v = new ExactValue(inner).eval(e.body());
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    @Override
    public BigFraction visitIntegral(Integral e) {
        return null;
    }
}
