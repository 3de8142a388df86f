package zipfscale.check;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * An exact rational number in lowest terms (denominator positive), with the arithmetic of
 * {@link ExactValue}. The results are the reduced fractions that {@link BigFraction} gives, computed with
 * smaller greatest common divisors: a product cancels across (gcd(a, d), gcd(c, b)) instead of reducing
 * the full product, a sum divides by gcd(b, d) first (Knuth, TAOCP vol. 2, 4.5.1), and a power of a
 * fraction in lowest terms is in lowest terms already. On the corpus's exact points (binary doubles, so
 * numbers of thousands of bits after a power) the full reductions were a quarter of the checking time.
 */
record ExactFraction(BigInteger num, BigInteger den) {
    static final ExactFraction ZERO = new ExactFraction(BigInteger.ZERO, BigInteger.ONE);
    static final ExactFraction ONE = new ExactFraction(BigInteger.ONE, BigInteger.ONE);

    /** {@code n / d} reduced (d not 0). */
    static ExactFraction of(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return g.equals(BigInteger.ONE) ? new ExactFraction(n, d) : new ExactFraction(n.divide(g), d.divide(g));
    }

    static ExactFraction of(BigInteger n) {
        return new ExactFraction(n, BigInteger.ONE);
    }

    static ExactFraction of(BigFraction f) {
        return new ExactFraction(f.getNumerator(), f.getDenominator());
    }

    BigFraction toBigFraction() {
        return new BigFraction(num, den);
    }

    int signum() {
        return num.signum();
    }

    boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    ExactFraction add(ExactFraction o) {
        if (num.signum() == 0) {
            return o;
        }
        if (o.num.signum() == 0) {
            return this;
        }
        BigInteger g = den.gcd(o.den);
        if (g.equals(BigInteger.ONE)) {
            return new ExactFraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }
        BigInteger t = num.multiply(o.den.divide(g)).add(o.num.multiply(den.divide(g)));
        if (t.signum() == 0) {
            return ZERO;
        }
        BigInteger g2 = t.gcd(g);
        return new ExactFraction(t.divide(g2), den.divide(g).multiply(o.den.divide(g2)));
    }

    ExactFraction multiply(ExactFraction o) {
        if (num.signum() == 0 || o.num.signum() == 0) {
            return ZERO;
        }
        BigInteger g1 = num.gcd(o.den);
        BigInteger g2 = o.num.gcd(den);
        return new ExactFraction(num.divide(g1).multiply(o.num.divide(g2)), den.divide(g2).multiply(o.den.divide(g1)));
    }

    /** 1 / this (this not 0). */
    ExactFraction reciprocal() {
        if (num.signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        return num.signum() > 0 ? new ExactFraction(den, num) : new ExactFraction(den.negate(), num.negate());
    }

    /** this^n for n >= 0 (0^0 = 1, as BigFraction gives). */
    ExactFraction pow(int n) {
        if (num.signum() == 0) {
            return n == 0 ? ONE : ZERO;
        }
        return new ExactFraction(num.pow(n), den.pow(n));
    }

    ExactFraction abs() {
        return num.signum() < 0 ? new ExactFraction(num.negate(), den) : this;
    }
}
