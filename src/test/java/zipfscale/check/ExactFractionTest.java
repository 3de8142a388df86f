package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactFraction}'s arithmetic gives exactly the reduced fractions of Commons Math's
 * {@link BigFraction} (an independent implementation that reduces every result by the full gcd), on random
 * fractions whose denominators share factors (powers of 2 and 3, as binary doubles and thirds do) and on
 * the edge cases 0 and negative values. Equality is of numerator and denominator, so any unreduced result
 * would fail.
 */
class ExactFractionTest {

    private static ExactFraction q(long n, long d) {
        return ExactFraction.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    private static void same(BigFraction expected, ExactFraction actual) {
        assertEquals(expected.getNumerator(), actual.num(), () -> expected + " vs " + actual);
        assertEquals(expected.getDenominator(), actual.den(), () -> expected + " vs " + actual);
    }

    @Test
    void arithmetic_matchesBigFraction() {
        qt().withFixedSeed(20251230L).withExamples(2000)
                .forAll(longs().between(-1_000_000L, 1_000_000L), integers().between(0, 70),
                        longs().between(-1_000_000L, 1_000_000L), integers().between(0, 70))
                .check((a, i, c, j) -> {
                    // denominators 2^k 3^m (k, m from i, j) times a small odd factor
                    BigInteger b = BigInteger.TWO.pow(i % 60).multiply(BigInteger.valueOf(3).pow(i % 7))
                            .multiply(BigInteger.valueOf(1 + 2L * (i % 5)));
                    BigInteger d = BigInteger.TWO.pow(j % 60).multiply(BigInteger.valueOf(3).pow(j % 5))
                            .multiply(BigInteger.valueOf(1 + 2L * (j % 3)));
                    BigFraction x = new BigFraction(BigInteger.valueOf(a), b);
                    BigFraction y = new BigFraction(BigInteger.valueOf(c), d);
                    ExactFraction ex = ExactFraction.of(BigInteger.valueOf(a), b);
                    ExactFraction ey = ExactFraction.of(BigInteger.valueOf(c), d);
                    same(x, ex);
                    same(x.add(y), ex.add(ey));
                    same(x.multiply(y), ex.multiply(ey));
                    same(x.abs(), ex.abs());
                    same(x.pow(i % 9), ex.pow(i % 9));
                    if (a != 0) {
                        same(x.reciprocal(), ex.reciprocal());
                    }
                    assertEquals(x, ex.toBigFraction());
                    return true;
                });
    }

    @Test
    void edgeCases() {
        same(BigFraction.ZERO, q(0, 7).pow(3));
        same(BigFraction.ONE, q(0, 7).pow(0));
        same(BigFraction.ZERO, q(1, 6).add(q(-1, 6)));
        same(BigFraction.ZERO, q(3, 1).add(q(-3, 1)));
        same(new BigFraction(-2, 3), q(4, -6));
        same(new BigFraction(-3, 2), q(-2, 3).reciprocal());
        assertThrows(ArithmeticException.class, () -> q(0, 1).reciprocal());
        assertThrows(ArithmeticException.class, () -> q(1, 0));
    }
}
