package zipfscale.numerics;

import java.math.BigInteger;
import org.apfloat.Apfloat;

/**
 * Even Bernoulli numbers B_{2j} as exact rationals (Akiyama–Tanigawa algorithm in BigInteger), with
 * double and {@link Apfloat} views. B_2 = 1/6, B_4 = -1/30, ... The Euler–Maclaurin correction is
 * {@code sum_j B_{2j}/(2j)! f^(2j-1)(N)}, i.e. {@code sum_j (B_{2j}/(2j)) * [Taylor coefficient 2j-1]}.
 */
final class Bernoulli {
    static final int MAX_J = 40;
    private static final BigInteger[] NUM = new BigInteger[MAX_J + 1];
    private static final BigInteger[] DEN = new BigInteger[MAX_J + 1];
    private static final double[] OVER_2J = new double[MAX_J + 1];
    /** {@code B_{2j}/(2j)!} rounded to double (from the exact rational at 40 digits: within one ulp). */
    private static final double[] OVER_FACTORIAL = new double[MAX_J + 1];

    static {
        int n = 2 * MAX_J;
        BigInteger[] an = new BigInteger[n + 1];
        BigInteger[] ad = new BigInteger[n + 1];
        for (int m = 0; m <= n; m++) {
            an[m] = BigInteger.ONE;
            ad[m] = BigInteger.valueOf(m + 1L);
            for (int j = m; j >= 1; j--) {
                // a[j-1] = j * (a[j-1] - a[j])
                BigInteger num = an[j - 1].multiply(ad[j]).subtract(an[j].multiply(ad[j - 1]))
                        .multiply(BigInteger.valueOf(j));
                BigInteger den = ad[j - 1].multiply(ad[j]);
                BigInteger g = num.gcd(den);
                if (g.signum() != 0) {
                    num = num.divide(g);
                    den = den.divide(g);
                }
                an[j - 1] = num;
                ad[j - 1] = den;
            }
            if (m % 2 == 0 && m >= 2) {
                int j = m / 2;
                NUM[j] = an[0];
                DEN[j] = ad[0];
                OVER_2J[j] = new java.math.BigDecimal(an[0])
                        .divide(new java.math.BigDecimal(ad[0].multiply(BigInteger.valueOf(m))),
                                java.math.MathContext.DECIMAL64)
                        .doubleValue();
                OVER_FACTORIAL[j] = new java.math.BigDecimal(an[0])
                        .divide(new java.math.BigDecimal(ad[0].multiply(factorial(m))), new java.math.MathContext(40))
                        .doubleValue();
            }
        }
    }

    private Bernoulli() {
    }

    static BigInteger numerator(int j) {
        return NUM[j];
    }

    static BigInteger denominator(int j) {
        return DEN[j];
    }

    private static BigInteger factorial(int m) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= m; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** {@code B_{2j}/(2j)!} in double (within one ulp), {@code 1 <= j <= MAX_J}: the Euler-Maclaurin weight of f^(2j-1). */
    static double overFactorial(int j) {
        return OVER_FACTORIAL[j];
    }

    /** {@code B_{2j}/(2j)} in double, {@code 1 <= j <= MAX_J}. */
    static double over2j(int j) {
        return OVER_2J[j];
    }

    /** {@code B_{2j}/(2j)} at the given precision. */
    static Apfloat over2j(int j, long precision) {
        java.util.concurrent.atomic.AtomicReferenceArray<Apfloat> row = AT_PRECISION.computeIfAbsent(precision,
                k -> new java.util.concurrent.atomic.AtomicReferenceArray<>(MAX_J + 1));
        Apfloat v = row.get(j);
        if (v == null) {
            v = ExactApfloat.integer(NUM[j], precision)
                    .divide(ExactApfloat.integer(DEN[j].multiply(BigInteger.valueOf(2L * j)), precision));
            // every thread computes the same value; the array publishes it safely
            row.set(j, v);
        }
        return v;
    }

    /** {@code B_{2j}/(2j)} per precision, computed once (the Euler–Maclaurin loops ask for them per call). */
    private static final java.util.Map<Long, java.util.concurrent.atomic.AtomicReferenceArray<Apfloat>> AT_PRECISION = new java.util.concurrent.ConcurrentHashMap<>();
}
