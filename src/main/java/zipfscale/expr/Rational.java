package zipfscale.expr;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code numerator/denominator} in lowest terms with a positive denominator;
 * integers have denominator 1.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Expr {

    public Rational {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive, got " + denominator);
        }
        if (!numerator.gcd(denominator).equals(BigInteger.ONE) && numerator.signum() != 0) {
            throw new IllegalArgumentException("not in lowest terms: " + numerator + "/" + denominator);
        }
        if (numerator.signum() == 0 && !denominator.equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("zero must be written 0/1");
        }
    }

    /** Reduces {@code n/d} to lowest terms; {@code d} must not be zero. */
    public static Rational of(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (n.signum() == 0) {
            return new Rational(BigInteger.ZERO, BigInteger.ONE);
        }
        BigInteger g = n.gcd(d);
        return new Rational(n.divide(g), d.divide(g));
    }

    /** {@code this + o}, exactly. */
    public Rational plus(Rational o) {
        return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    /** {@code this * o}, exactly. */
    public Rational times(Rational o) {
        return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** {@code -this}. */
    public Rational negate() {
        return of(numerator.negate(), denominator);
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    public boolean isMinusOne() {
        return isInteger() && numerator.equals(BigInteger.ONE.negate());
    }

    public int signum() {
        return numerator.signum();
    }

    public double doubleValue() {
        if (denominator.equals(java.math.BigInteger.ONE)) {
            // the same correctly rounded value as the quotient below, without the division
            return numerator.doubleValue();
        }
        return new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(denominator),
                new java.math.MathContext(40)).doubleValue();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRational(this);
    }
}
