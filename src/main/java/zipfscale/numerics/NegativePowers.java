package zipfscale.numerics;

/**
 * The powers {@code k^-s}, {@code k = 1..n}, of the head of a zeta or Zipf sum, at the cost of one
 * {@code exp} per prime: {@code p^-s = exp(-s log p)} with {@code log p} from a static table, and
 * {@code k^-s = p^-s (k/p)^-s} for composite k (its smallest prime factor p). Beyond the table
 * ({@value #TABLE} entries) {@code Math.pow}.
 *
 * <p>Error: {@code log p} is within one ulp and the product {@code s log p} within half an ulp, so the
 * argument of exp is off by at most {@code 1.5 ulp |s| log p}, which moves {@code p^-s} by that relative
 * (times 1.0001 for |s| <= 100); exp adds one ulp: in all at most {@code eps (1.6 |s| log p + 1.1)}. A
 * product of the powers of a and b adds half an ulp, so by induction over the factors
 * {@code k^-s} is within {@code eps (1.6 |s| log k + 2 Omega(k) - 0.5)} relative, Omega(k) <= log2 k the
 * number of prime factors; {@link #relativeError} bounds this for every k <= n.
 */
final class NegativePowers {
    /** Entries of the tables: {@code log k} and the smallest prime factor of k, {@code k < TABLE}. */
    static final int TABLE = 64;
    private static final double EPS = Math.ulp(1.0);
    private static final double[] LOG = new double[TABLE];
    private static final int[] SMALLEST_FACTOR = new int[TABLE];

    static {
        for (int k = 1; k < TABLE; k++) {
            LOG[k] = Math.log(k);
            for (int p = 2; p <= k; p++) {
                if (k % p == 0) {
                    SMALLEST_FACTOR[k] = p;
                    break;
                }
            }
        }
    }

    private NegativePowers() {
    }

    /** {@code log k} within one ulp, {@code 1 <= k}. */
    static double log(int k) {
        return k < TABLE ? LOG[k] : Math.log(k);
    }

    /** {@code p[k] = k^-s} for {@code 1 <= k <= n} (p[0] unused), |s| <= 100. */
    static double[] upTo(double s, int n) {
        double[] p = new double[n + 1];
        if (n >= 1) {
            p[1] = 1;
        }
        int m = Math.min(n, TABLE - 1);
        for (int k = 2; k <= m; k++) {
            int f = SMALLEST_FACTOR[k];
            p[k] = f == k ? Math.exp(-s * LOG[k]) : p[f] * p[k / f];
        }
        for (int k = TABLE; k <= n; k++) {
            p[k] = Math.pow(k, -s);
        }
        return p;
    }

    /** A bound on the relative error of every {@code p[k]}, {@code k <= n}, of {@link #upTo}. */
    static double relativeError(double s, int n) {
        if (n <= 1) {
            return 0;
        }
        double lg = log(n);
        return 1.01 * EPS * (1.6 * Math.abs(s) * lg + 2 * lg / Math.log(2) + 1);
    }
}
