package zipfscale.numerics;

import java.math.BigInteger;

/** The even Bernoulli numbers B_{2j} = numerator/denominator exactly, 1 <= j <= {@link #MAX_J} (B_2 = 1/6). */
public final class BernoulliNumbers {
    public static final int MAX_J = Bernoulli.MAX_J;

    private BernoulliNumbers() {
    }

    /** {@code {numerator, denominator}} of B_{2j}, in lowest terms. */
    public static BigInteger[] even(int j) {
        if (j < 1 || j > MAX_J) {
            throw new IllegalArgumentException("B_2j is tabulated for 1 <= j <= " + MAX_J + ", not j = " + j);
        }
        return new BigInteger[] {Bernoulli.numerator(j), Bernoulli.denominator(j)};
    }
}
