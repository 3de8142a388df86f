package zipfscale.numerics;

/**
 * {@code sum_{k=lo}^{hi} k^-s (log k)^L} in {@link DDBall} arithmetic (hi finite, or infinite with s > 1),
 * for the fast 30-digit path of general sums: {@code sum(k^(-1/2), k, 1, 1e15)},
 * {@code sum(Log(k)/k^2, k, 1, Infinity)}, {@code sum(Log(k)^2*k^(-3/2), k, 2, Infinity)}.
 *
 * <p>Head {@code lo <= k < N} added term by term ({@code N = max(lo, 20)}), the rest by Euler-Maclaurin on
 * {@code [N, hi]} (DLMF 2.10.1): {@code int_N^hi f + (f(N) + f(hi))/2 + sum_{j<m} B_2j/(2j)! (f^(2j-1)(hi)
 * - f^(2j-1)(N)) + R_m}. The derivatives in closed form: {@code f^(n)(x) = x^(-s-n) P_n(log x)} with
 * {@code P_0(u) = u^L} and {@code P_(n+1)(u) = -(s+n) P_n(u) + P_n'(u)} (differentiate {@code x^-t Q(log x)}),
 * the coefficients of P_n balls. The integral in closed form: with
 * {@code G(x) = x^(1-s) sum_{r<=L} L!/r! (log x)^r/(s-1)^(L-r+1)}, {@code -G' = f}, so
 * {@code int_N^hi f = G(N) - G(hi)} (G(inf) = 0 for s > 1); at s = 1 exactly,
 * {@code ((log hi)^(L+1) - (log N)^(L+1))/(L+1)}.
 *
 * <p>Remainder: {@code |B_2m - B~_2m(x)| <= 2|B_2m|} (DLMF 24.4.34 bounds the periodic function by
 * |B_2m|), so {@code |R_m| <= 2|B_2m|/(2m)! int_N^inf |f^(2m)|} (the integrand is non-negative, so
 * extending a finite range to infinity only enlarges it); {@code |P_2m(u)| <= sum_i |p_i| u^i} for
 * {@code u = log x >= 0}, and {@code int_N^inf x^-sigma (log x)^i dx = Gamma(i+1, (sigma-1) log N)/(sigma-1)^(i+1)
 * = N^(1-sigma) sum_{r<=i} i!/r! (log N)^r/(sigma-1)^(i-r+1)} ({@code sigma = s + 2m > 1}, DLMF 8.4.8 for the
 * incomplete Gamma at a whole number). No sign condition on f^(2m) is needed. This bound is computed in double
 * on upper bounds of every positive quantity (s by a lower bound where it lowers the result, log N by an
 * upper bound in the powers of log N and a lower bound in N^(1-sigma)), {@code N^(1-sigma)} joined to the rest
 * as {@code exp(log(rest) - (sigma-1) log N)}, multiplied by {@code 1 + 10^-6} (which covers the few dozen
 * roundings of the double operations, each at most 2^-53 relative on positive terms, and {@code Math.exp} and
 * {@code Math.log} within one ulp, the argument of exp, below 10^4 in size (s <= 60, m <= 40, log N <= 37),
 * off by a few of its ulps, so by less than 10^-11) plus the least positive double (an exp that underflows).
 * m grows until the bound is below {@code 2^-112} of the total; every other rounding is in the balls.
 * Outside the supported shapes, or when m reaches 40, {@link ArithmeticException} (the caller falls back).
 */
final class DDPowerLogSum {
    static final int MAX_LOG_POWER = 8;
    private static final int START = 20;
    private static final int DIRECT = 40;
    private static final int MAX_M = 40;
    private static final double TWO_POW_53 = 0x1p53;

    private static final int SMALL = 64;
    /** The smallest prime factor of k, {@code 2 <= k < SMALL}. */
    private static final int[] SMALLEST_FACTOR = new int[SMALL];

    static {
        for (int k = 2; k < SMALL; k++) {
            for (int p = 2; p <= k; p++) {
                if (k % p == 0) {
                    SMALLEST_FACTOR[k] = p;
                    break;
                }
            }
        }
    }

    private DDPowerLogSum() {
    }

    /**
     * The sum for a whole {@code 1 <= lo <= 2^53}, {@code hi} whole or {@code Double.POSITIVE_INFINITY} (then
     * s > 1 over the whole ball), {@code 0 <= logPower <= }{@value #MAX_LOG_POWER}, {@code |s| <= 60}.
     */
    static DDBall sum(DDBall s, int logPower, double lo, double hi) {
        boolean infinite = hi == Double.POSITIVE_INFINITY;
        if (!(lo >= 1 && lo <= TWO_POW_53 && lo == Math.rint(lo)) || logPower < 0 || logPower > MAX_LOG_POWER
                || !(s.magUp() <= 60)) {
            throw new ArithmeticException("power-log sum outside the supported range");
        }
        if (infinite ? lowerBound(s) <= 1 : !(hi == Math.rint(hi) && hi <= TWO_POW_53)) {
            throw new ArithmeticException("power-log sum outside the supported range");
        }
        if (!infinite && hi < lo) {
            return DDBall.ZERO;
        }
        if (!infinite && hi - lo < DIRECT) {
            return head(s, logPower, lo, hi + 1);
        }
        double n = Math.max(lo, START);
        if (!infinite && hi - n < DIRECT) {
            return head(s, logPower, lo, hi + 1);
        }
        DDBall headSum = n > lo ? head(s, logPower, lo, n) : DDBall.ZERO;
        return headSum.add(eulerMaclaurin(s, logPower, n, hi, headSum));
    }

    /** A lower bound of the ball. */
    static double lowerBound(DDBall x) {
        double h = x.mid.hi();
        return h - Math.ulp(h) - DDBall.up(x.rad);
    }

    /**
     * {@code sum_{lo <= k < end} k^-s (log k)^L}, added from the last term down (the smallest first when s > 0).
     * For end <= {@value #SMALL} and s not a small whole number the powers come from those of the primes:
     * {@code k^-s = p^-s (k/p)^-s}, p the smallest prime factor of k (one ball product instead of a pow).
     */
    private static DDBall head(DDBall s, int logPower, double lo, double end) {
        DDBall minusS = s.negate();
        int integer = integerExponent(s);
        DDBall[] small = null;
        if (integer == Integer.MIN_VALUE && end <= SMALL) {
            small = new DDBall[(int) end];
            small[1] = DDBall.ONE;
            for (int k = 2; k < end; k++) {
                int f = SMALLEST_FACTOR[k];
                small[k] = f == k ? DDElementary.pow(DDBall.exact(k), minusS) : small[f].mul(small[k / f]);
            }
        }
        DDBall sum = DDBall.ZERO;
        for (double k = end - 1; k >= lo; k--) {
            DDBall t = small != null ? small[(int) k]
                    : integer != Integer.MIN_VALUE ? integerPower(k, integer) : DDElementary.pow(DDBall.exact(k), minusS);
            if (logPower > 0 && k > 1) {
                DDBall lg = DDElementary.logOfWhole(k);
                for (int i = 0; i < logPower; i++) {
                    t = t.mul(lg);
                }
            } else if (logPower > 0) {
                continue;
            }
            sum = sum.add(t);
        }
        return sum;
    }

    /** s as a whole number 1..64 when the ball is exactly that number, else Integer.MIN_VALUE. */
    private static int integerExponent(DDBall s) {
        double h = s.mid.hi();
        return s.isDouble() && h == Math.rint(h) && h >= 1 && h <= 64 ? (int) h : Integer.MIN_VALUE;
    }

    /** {@code k^-e} for a whole k below 2^53 and a whole 1 <= e <= 64: the ball product, then one quotient. */
    private static DDBall integerPower(double k, int e) {
        DDBall p = DDBall.exact(k);
        DDBall r = DDBall.ONE;
        for (int b = e; b > 0; b >>= 1) {
            if ((b & 1) != 0) {
                r = r.mul(p);
            }
            if (b > 1) {
                p = p.mul(p);
            }
        }
        return DDBall.ONE.div(r);
    }

    /** Euler-Maclaurin on [n, hi] (hi infinite or at least n + DIRECT). */
    private static DDBall eulerMaclaurin(DDBall s, int logPower, double n, double hi, DDBall headSum) {
        boolean infinite = hi == Double.POSITIVE_INFINITY;
        DDBall minusS = s.negate();
        DDBall uN = DDElementary.logOfWhole(n);
        DDBall uH = infinite ? null : DDElementary.logOfWhole(hi);
        DDBall pN = DDElementary.pow(DDBall.exact(n), minusS);
        DDBall pH = infinite ? null : DDElementary.pow(DDBall.exact(hi), minusS);
        DDBall integral = integral(s, logPower, n, uN, pN, hi, uH, pH);
        DDBall[] poly = new DDBall[logPower + 1];
        java.util.Arrays.fill(poly, DDBall.ZERO);
        poly[logPower] = DDBall.ONE;
        DDBall ends = pN.mul(evaluate(poly, uN));
        if (!infinite) {
            ends = ends.add(pH.mul(evaluate(poly, uH)));
        }
        DDBall total = integral.add(ends.mul(0.5));
        poly = step(poly, s, 0);
        DDBall qN = pN.div(n);
        DDBall qH = infinite ? null : pH.div(hi);
        DDBall invN2 = DDBall.ONE.div(DDBall.of(DoubleDouble.twoProd(n, n), 0));
        DDBall invH2 = infinite ? null : DDBall.ONE.div(DDBall.of(DoubleDouble.twoProd(hi, hi), 0));
        double target = 0x1p-112;
        for (int m = 1; m <= MAX_M; m++) {
            // poly = P_(2m-1)
            DDBall[] even = step(poly, s, 2 * m - 1);
            double scale = Math.abs(total.hi() + headSum.hi());
            if (m > 1 && remainderBound(even, s, m, n) <= target * scale) {
                return total.widen(remainderBound(even, s, m, n));
            }
            DDBall dN = qN.mul(evaluate(poly, uN));
            DDBall d = infinite ? dN.negate() : qH.mul(evaluate(poly, uH)).subtract(dN);
            total = total.add(DDHurwitzZeta.BERNOULLI_OVER_FACT[m].mul(d));
            poly = step(even, s, 2 * m);
            qN = qN.mul(invN2);
            if (!infinite) {
                qH = qH.mul(invH2);
            }
        }
        throw new ArithmeticException("Euler-Maclaurin for the power-log sum did not converge");
    }

    /** {@code P_(k+1) = -(s+k) P_k + P_k'} on coefficient balls (index = power of u). */
    private static DDBall[] step(DDBall[] p, DDBall s, int k) {
        DDBall factor = s.add((double) k).negate();
        DDBall[] q = new DDBall[p.length];
        for (int i = 0; i < p.length; i++) {
            DDBall v = p[i].mul(factor);
            if (i + 1 < p.length) {
                v = v.add(p[i + 1].mul((double) (i + 1)));
            }
            q[i] = v;
        }
        return q;
    }

    /** The polynomial at u (Horner). */
    private static DDBall evaluate(DDBall[] p, DDBall u) {
        DDBall v = p[p.length - 1];
        for (int i = p.length - 2; i >= 0; i--) {
            v = v.mul(u).add(p[i]);
        }
        return v;
    }

    /** {@code int_n^hi x^-s (log x)^L dx} in closed form (see the class comment). */
    private static DDBall integral(DDBall s, int logPower, double n, DDBall uN, DDBall pN, double hi, DDBall uH, DDBall pH) {
        boolean infinite = hi == Double.POSITIVE_INFINITY;
        if (s.isDouble() && s.hi() == 1) {
            if (infinite) {
                throw new ArithmeticException("divergent");
            }
            DDBall a = DDBall.ONE;
            DDBall b = DDBall.ONE;
            for (int i = 0; i <= logPower; i++) {
                a = a.mul(uH);
                b = b.mul(uN);
            }
            return a.subtract(b).div((double) (logPower + 1));
        }
        DDBall inv = DDBall.ONE.div(s.add(-1.0));
        DDBall g = antiderivative(inv, logPower, n, uN, pN);
        return infinite ? g : g.subtract(antiderivative(inv, logPower, hi, uH, pH));
    }

    /** {@code G(x) = x^(1-s) sum_{r<=L} L!/r! u^r inv^(L-r+1)}, u = log x, p = x^-s, inv = 1/(s-1). */
    private static DDBall antiderivative(DDBall inv, int logPower, double x, DDBall u, DDBall p) {
        // Horner in u: sum_r c_r u^r with c_r = L!/r! inv^(L-r+1); c_L = inv, c_(r-1) = c_r * r * inv
        DDBall[] c = new DDBall[logPower + 1];
        c[logPower] = inv;
        for (int r = logPower; r >= 1; r--) {
            c[r - 1] = c[r].mul(inv).mul((double) r);
        }
        return p.mul(x).mul(evaluate(c, u));
    }

    /**
     * An upper bound of {@code 2 |B_2m|/(2m)! sum_i |p_i| N^(1-sigma) sum_{r<=i} i!/r! (log N)^r/(sigma-1)^(i-r+1)},
     * {@code sigma = s + 2m}, p = P_2m (see the class comment); infinite when sigma - 1 is not positive.
     */
    static double remainderBound(DDBall[] p, DDBall s, int m, double n) {
        double sigma1 = (lowerBound(s) + (2.0 * m - 1)) * (1 - 0x1p-50);
        if (!(sigma1 > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double ln = Math.log(n);
        double lnUp = ln * (1 + 0x1p-50);
        double lnDown = ln * (1 - 0x1p-50);
        double invSigma1 = 1 / sigma1;
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            // sum_{r<=i} i!/r! ln^r inv^(i-r+1), by Horner: c_i = inv, c_(r-1) = c_r r inv
            double c = invSigma1;
            double acc = c;
            for (int r = i; r >= 1; r--) {
                c = c * r * invSigma1;
                acc = acc * lnUp + c;
            }
            total += p[i].magUp() * acc;
        }
        // N^(1-sigma) joins in the exponent, so that neither it nor the factorial growth of p over/underflows
        // alone; Double.MIN_VALUE covers an exp that underflows to 0
        double scale = 2 * DDHurwitzZeta.BERNOULLI_OVER_FACT[m].magUp() * total;
        if (scale == 0) {
            return 0;
        }
        return Math.exp(Math.log(scale) - sigma1 * lnDown) * (1 + 1e-6) + Double.MIN_VALUE;
    }
}
