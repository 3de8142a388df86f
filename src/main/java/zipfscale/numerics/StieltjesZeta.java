package zipfscale.numerics;

/**
 * The Riemann zeta {@code zeta(s)} and {@code -zeta'(s) = sum_{k>=1} log(k) k^-s} in double for
 * {@code 1 < s <= 2} (zeta also continued to {@code 1/2 <= s < 1}, for finite sums
 * {@code sum_{k<=N} k^-s = zeta(s) - zeta(s, N+1)}), from the Laurent series at the pole (DLMF 25.2.4)
 * <pre>
 *   zeta(s) = 1/t + sum_{n>=0} a_n t^n,   t = s - 1,   a_n = (-1)^n gamma_n / n!,
 * </pre>
 * gamma_n the Stieltjes constants (DLMF 25.2.5); {@code -zeta'(s) = 1/t^2 - sum_{n>=1} n a_n t^(n-1)}. One
 * polynomial of degree at most {@value #MAX_N}, no exp, log or pow: the normaliser Z of every Zipf sum with
 * alpha in (1, 2] and general sums such as {@code sum(Log(k)/k^2, k, 1, Infinity)} for a few tens of
 * nanoseconds.
 *
 * <p>Coefficients: mpmath 1.3 {@code (-1)^n stieltjes(n)/factorial(n)} at 40 digits, written to 25
 * significant digits (so each double below is the correctly rounded a_n, within half an ulp plus 1e-24
 * relative). Truncation: Berndt (1972, Rocky Mountain J. Math. 2, 151-157) proves
 * {@code |gamma_n| <= 4 (n-1)!/pi^n} for n >= 1 (the bound for even n; for odd n it is half that), so
 * {@code |a_n| <= 4/(n pi^n)} and, for {@code 0 < |t| <= T < pi},
 * <pre>
 *   |sum_{n>N} a_n t^n|           <= 4 (T/pi)^(N+1) / ((N+1) (1 - T/pi)),
 *   |sum_{n>N} n a_n t^(n-1)|     <= (4/pi) (T/pi)^N / (1 - T/pi).
 * </pre>
 * The degree N (odd) is chosen per bin of t (T = 1/8, 1/4, 1/2, 1) so that this is below {@code 2^-60}.
 * Rounding: t = s - 1 is exact for 1/2 <= s <= 2 (Sterbenz). The polynomial is evaluated as
 * {@code E(t^2) + t O(t^2)}, two Horner chains in {@code w = t^2} (independent, so twice as fast as one):
 * the coefficient of t^n, n = 2i or 2i+1, passes through 2i roundings of its chain (Higham, Accuracy and
 * Stability of Numerical Algorithms, 2nd ed., eq. (5.3)), i of the rounded w, one of the product by t and
 * one of the final sum, and is itself stored within half an ulp: at most 2n+3 relative roundings of
 * u = 2^-53, so the error is at most {@code 1.01 u sum_n (2n+3) |a_n| T^n}, precomputed per bin (the
 * derivative's coefficients {@code (n+1) a_(n+1)} carry one more rounding: 2n+4). The reciprocal
 * {@code 1/t} (half an ulp), {@code 1/t^2} (two roundings) and the final sum (half an ulp) are added at
 * the call.
 */
final class StieltjesZeta {
    private static final double U = 0x1p-53;
    /** The largest degree used (t = 1). */
    static final int MAX_N = 40;
    /** The upper ends T of the bins of t = s - 1. */
    private static final double[] BIN = {0.125, 0.25, 0.5, 1};
    /** Per bin: the degree, the truncation bound and the rounding bound (zeta, then -zeta'). */
    private static final int[] DEGREE = new int[BIN.length];
    private static final int[] DEGREE_D = new int[BIN.length];
    private static final double[] TRUNCATION = new double[BIN.length];
    private static final double[] TRUNCATION_D = new double[BIN.length];
    private static final double[] ROUNDING = new double[BIN.length];
    private static final double[] ROUNDING_D = new double[BIN.length];

    /** a_n = (-1)^n gamma_n / n!, n = 0..40 (mpmath 1.3, 40 digits, shown to 25). */
    static final double[] A = {
        5.772156649015328606065121e-1,
        7.281584548367672486058638e-2,
        -4.845181596436159242265193e-3,
        -3.423057367172243110266744e-4,
        9.689041939447083572784042e-5,
        -6.611031810842189181277791e-6,
        -3.316240908752772359339192e-7,
        1.046209458447918742210511e-7,
        -8.733218100273797361162008e-9,
        9.478277782762358955554074e-11,
        5.658421927608707966372418e-11,
        -6.768689863513696655866755e-12,
        3.492115936672031854455216e-13,
        4.41042474175775338023724e-15,
        -2.399786221770999175505056e-15,
        2.167731220072682854963893e-16,
        -9.544466076366965173424991e-18,
        -7.387676660538636497815578e-20,
        4.800850782488065227617663e-20,
        -4.139956737713305641269482e-21,
        1.91682015939912339496482e-22,
        -2.044154312226216607727586e-24,
        -4.818498501107353443929218e-25,
        4.811857051512566479461107e-26,
        -2.56026331031881493660913e-27,
        6.927840895304667123880126e-29,
        1.628607550485586744071043e-30,
        -3.193937561153255576042107e-31,
        2.099151589363425527685486e-32,
        -8.336745295441440475625082e-34,
        1.341259377219218667504733e-35,
        9.137143891298171997945652e-37,
        -9.768421446893165628212214e-38,
        5.194642887455733223602774e-39,
        -1.73174959516100441594633e-40,
        1.971620233266287241845535e-42,
        1.948480082755588329445504e-43,
        -1.714840281643497891858911e-44,
        8.201623257950248443983249e-46,
        -2.539096170039823470345611e-47,
        3.048374806812473253794741e-49,
    };
    /** b_m = (m+1) a_(m+1): {@code -zeta'(s) = 1/t^2 - sum_m b_m t^m}. */
    private static final double[] B = new double[MAX_N];

    static {
        for (int m = 0; m < MAX_N; m++) {
            B[m] = (m + 1) * A[m + 1];
        }
        double limit = 0x1p-60;
        for (int b = 0; b < BIN.length; b++) {
            double r = BIN[b] / Math.PI;
            int n = 1;
            while (n < MAX_N && 4 * Math.pow(r, n + 1) / ((n + 1) * (1 - r)) > limit) {
                n++;
            }
            n |= 1; // odd: the two chains have the same length; one more term only lowers the remainder
            DEGREE[b] = n;
            // 1% above the formula: pow and the quotients are rounded (a few ulp), and the bound is monotone
            TRUNCATION[b] = 1.01 * 4 * Math.pow(r, n + 1) / ((n + 1) * (1 - r));
            int nd = 1;
            while (nd < MAX_N && 4 / Math.PI * Math.pow(r, nd) / (1 - r) > limit) {
                nd++;
            }
            nd = (nd - 1 | 1) + 1; // the top index nd - 1 odd
            DEGREE_D[b] = nd;
            TRUNCATION_D[b] = 1.01 * 4 / Math.PI * Math.pow(r, nd) / (1 - r);
            double sum = 0;
            double tn = 1;
            for (int k = 0; k <= n; k++) {
                sum += (2 * k + 3) * Math.abs(A[k]) * tn;
                tn *= BIN[b];
            }
            ROUNDING[b] = 1.01 * U * sum;
            double sumD = 0;
            tn = 1;
            for (int k = 0; k < nd; k++) {
                sumD += (2 * k + 4) * Math.abs(B[k]) * tn;
                tn *= BIN[b];
            }
            ROUNDING_D[b] = 1.01 * U * sumD;
        }
        if (DEGREE[BIN.length - 1] > MAX_N || DEGREE_D[BIN.length - 1] > MAX_N) {
            throw new ExceptionInInitializerError("the Stieltjes table is too short for t = 1");
        }
    }

    private StieltjesZeta() {
    }

    /** Whether {@link #zeta} and {@link #minusDerivative} take s as a sum: {@code 1 < s <= 2}. */
    static boolean supports(double s) {
        return s > 1 && s <= 2;
    }

    /**
     * Whether {@link #zeta} takes s, the sum or its continuation: {@code 1/2 <= s <= 2}, {@code s != 1}
     * (t = s - 1 exact by Sterbenz, |t| <= 1).
     */
    static boolean supportsContinued(double s) {
        return s >= 0.5 && s <= 2 && s != 1;
    }

    /** The bin of |t|: the bounds were computed for |t| up to its upper end. */
    private static int bin(double t) {
        double a = Math.abs(t);
        return a <= 0.125 ? 0 : a <= 0.25 ? 1 : a <= 0.5 ? 2 : 3;
    }

    /** {@code sum_{n=0}^{top} c[n] t^n} for an odd top, as {@code E(t^2) + t O(t^2)}. */
    private static double split(double[] c, int top, double t) {
        double w = t * t;
        double e = c[top - 1];
        double o = c[top];
        for (int n = top - 2; n >= 1; n -= 2) {
            o = o * w + c[n];
            e = e * w + c[n - 1];
        }
        return e + t * o;
    }

    /** {@code zeta(s)}, {@code 1/2 <= s <= 2}, {@code s != 1} (see {@link #supportsContinued}). */
    static Estimate zeta(double s, String method) {
        double t = s - 1; // exact (Sterbenz: 1/2 <= s <= 2)
        int b = bin(t);
        double p = split(A, DEGREE[b], t);
        double inv = 1 / t;
        double v = inv + p;
        double err = U * Math.abs(inv) + ROUNDING[b] + TRUNCATION[b] + U * Math.abs(v);
        return new Estimate(v, 1.001 * err, method);
    }

    /** {@code -zeta'(s) = sum_{k>=1} log(k) k^-s}, {@code 1 < s <= 2}. */
    static Estimate minusDerivative(double s, String method) {
        double t = s - 1;
        int b = bin(t);
        double p = split(B, DEGREE_D[b] - 1, t);
        // t*t and the quotient: two roundings of half an ulp
        double inv2 = 1 / (t * t);
        double v = inv2 - p;
        double err = 2 * U * inv2 + ROUNDING_D[b] + TRUNCATION_D[b] + U * Math.abs(v);
        return new Estimate(v, 1.001 * err, method);
    }
}
