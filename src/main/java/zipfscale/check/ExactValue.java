package zipfscale.check;

import java.math.BigInteger;
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
 * The exact rational value of an expression built from numbers with +, * and whole powers (Commons
 * Math's {@link BigFraction}), or null when it has anything else (a symbol, a function, a fractional
 * power, a division by zero). The vertex rule uses it where outward-rounded intervals cannot show a
 * claim that holds with equality at a vertex (the mean rank of the uniform distribution is exactly
 * (K + 1)/2).
 */
final class ExactValue implements Expr.Visitor<BigFraction> {
    private static final ExactValue INSTANCE = new ExactValue();
    private static final int MAX_EXPONENT = 64;

    private ExactValue() {
    }

    static BigFraction of(Expr e) {
        try {
            return e.accept(INSTANCE);
        } catch (ArithmeticException ex) {
            return null;
        }
    }

    @Override
    public BigFraction visitRational(Rational e) {
        return new BigFraction(e.numerator(), e.denominator());
    }

    @Override
    public BigFraction visitDecimal(Decimal e) {
        java.math.BigDecimal v = e.value();
        return v.scale() <= 0 ? new BigFraction(v.toBigIntegerExact())
                : new BigFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    @Override
    public BigFraction visitSymbol(Symbol e) {
        return null;
    }

    @Override
    public BigFraction visitConstant(Constant e) {
        return null;
    }

    @Override
    public BigFraction visitAdd(Add e) {
        BigFraction s = BigFraction.ZERO;
        for (Expr t : e.terms()) {
            BigFraction v = t.accept(this);
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
        for (Expr t : e.factors()) {
            BigFraction v = t.accept(this);
            if (v == null) {
                return null;
            }
            p = p.multiply(v);
        }
        return p;
    }

    @Override
    public BigFraction visitPow(Pow e) {
        BigFraction b = e.base().accept(this);
        BigFraction x = e.exponent().accept(this);
        if (b == null || x == null || !x.getDenominator().equals(BigInteger.ONE)
                || x.getNumerator().abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            return null;
        }
        int n = x.getNumerator().intValue();
        if (n < 0) {
            if (b.getNumerator().signum() == 0) {
                return null;
            }
            return b.pow(-n).reciprocal();
        }
        return b.pow(n);
    }

    @Override
    public BigFraction visitCall(Call e) {
        return null;
    }

    @Override
    public BigFraction visitSum(Sum e) {
        return null;
    }

    @Override
    public BigFraction visitIntegral(Integral e) {
        return null;
    }
}
