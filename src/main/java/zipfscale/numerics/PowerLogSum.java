package zipfscale.numerics;

/**
 * {@code sum_{k=lo}^{hi} k^-s (log k)^L} in double for {@code L = 0} (hi finite, or infinite with s > 1:
 * the Hurwitz zeta {@code zeta(s, lo)}) and {@code L = 1} (hi infinite, s > 1: {@code -d/ds zeta(s, lo)}),
 * with an error bound, in a few hundred nanoseconds: the Riemann zeta of every Zipf normaliser, the tail
 * {@code zeta(alpha, M+1)}, and general sums such as {@code sum(k^(-1/2), k, 1, 1e15)} or
 * {@code sum(Log(k)/k^2, k, 1, Infinity)}.
 *
 * <p>From {@code lo = 1} to infinity with {@code 1 < s <= 2} (the normalisers of most Zipf sums) the
 * Laurent series at the pole is used instead ({@link StieltjesZeta}: one polynomial, no powers). Otherwise
 * the head {@code lo <= k < N} is summed directly (N = 9 when lo is small: {@code k^-s} by
 * {@link NegativePowers}), the rest by Euler-Maclaurin at both ends (DLMF 2.10.1) with the derivatives in
 * closed form: for {@code f(x) = x^-s}, {@code f^(n)(x) = (-1)^n (s)_n x^(-s-n)}; for {@code f = x^-s log x},
 * {@code f^(n)(x) = (-1)^n (s)_n x^(-s-n) (log x - H_n)}, {@code H_n = sum_{i<n} 1/(s+i)}; the integral
 * in closed form. Remainder (DLMF 2.10.1 with {@code |B_2m - B~_2m(x)| <= 2 |B_2m|}) at most
 * {@code 2 |B_2m|/(2m)! int |f^(2m)|}: for L = 0, f^(2m) has one sign and this is twice the first omitted
 * correction; for L = 1 the integral of {@code (s)_2m x^(-s-2m) (log x + |H_2m|)} in closed form, which
 * needs no sign condition. Rounding is bounded
 * term by term (see the comments), every elementary function taken within one ulp (the Java contract of
 * {@code Math.exp}, {@code log}, {@code pow}, {@code expm1}).
 */
final class PowerLogSum {
    private static final double EPS = Math.ulp(1.0);
    private static final int START = 9;
    /** The first cut-off tried for a large finite sum (see {@link #sum}). */
    private static final int EARLY = 4;
    private static final int MAX_J = 30;
    /** Sums with at most this many terms are added directly. */
    private static final int DIRECT = 32;
    /** The longest head (n - lo terms) tried. */
    private static final long MAX_N = 4096;
    private static final double TWO_POW_53 = 0x1p53;
    private static final String[] METHODS = new String[4 * 1024 + 1];
    private static final String LAURENT = "Laurent series at s = 1 (Stieltjes constants)";
    private static final String LAURENT_MINUS_TAIL = "zeta(s) by its Laurent series at s = 1 minus zeta(s, hi+1) by"
            + " Euler-Maclaurin";

    static {
        for (int n = 0; n < METHODS.length; n++) {
            METHODS[n] = "Euler-Maclaurin (head " + n + " terms)";
        }
    }

    private PowerLogSum() {
    }

    /** Whether {@link #sum} takes these arguments. */
    static boolean supports(double s, int logPower, double lo, double hi) {
        if (!(lo >= 1 && lo <= TWO_POW_53 && lo == Math.rint(lo)) || !Double.isFinite(s) || Math.abs(s) > 100) {
            return false;
        }
        // no power may underflow (the terms at an end would be lost without a bound); n grows only while
        // this holds at 2n (see sum)
        // (the log is at most 36.8 for a finite hi <= 2^53 and for lo <= 2^53: needed only for s > 16, and a
        // finite hi above 2^53 is refused below anyway)
        if (s > 16 && s * Math.log(hi == Double.POSITIVE_INFINITY ? Math.max(lo, START) : hi) > 600) {
            return false;
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return s > 1 && (logPower == 0 || logPower == 1);
        }
        return logPower == 0 && hi == Math.rint(hi) && hi <= TWO_POW_53;
    }

    /** The Hurwitz zeta {@code zeta(s, a) = sum_{k>=a} k^-s} for a whole {@code a >= 1} (up to 2^53), s > 1. */
    static Estimate zeta(double s, double a) {
        return sum(s, 0, a, Double.POSITIVE_INFINITY);
    }

    /** {@code sum_{k=lo}^{hi} k^-s (log k)^L}; see {@link #supports}. */
    static Estimate sum(double s, int logPower, double lo, double hi) {
        if (!supports(s, logPower, lo, hi)) {
            throw new IllegalArgumentException("unsupported power sum s = " + s + ", L = " + logPower + " on [" + lo + ", " + hi + "]");
        }
        if (hi < lo) {
            return new Estimate(0, 0, "empty sum");
        }
        if (lo == 1 && hi == Double.POSITIVE_INFINITY && StieltjesZeta.supports(s)) {
            // zeta(s) or -zeta'(s) with 1 < s <= 2: one polynomial, no head and no powers
            return logPower == 0 ? StieltjesZeta.zeta(s, LAURENT) : StieltjesZeta.minusDerivative(s, LAURENT);
        }
        if (hi - lo < DIRECT) {
            return direct(s, lo, hi);
        }
        if (lo == 1 && logPower == 0 && hi < TWO_POW_53 && StieltjesZeta.supportsContinued(s)
                && Math.abs(s - 1) * Math.getExponent(hi) >= 2) {
            // sum_{k=1}^{hi} k^-s = zeta(s) - zeta(s, hi+1) (DLMF 25.11.4, s != 1): zeta(s) from the Laurent series,
            // zeta(s, hi+1) by Euler-Maclaurin at hi+1 without a head (for s < 1 both are the continued
            // functions; the formula and its remainder bound hold for s > 0, see atCutoff). hi^|s-1| >= 4 keeps
            // the difference from cancelling more than a third of the larger term
            Estimate z = StieltjesZeta.zeta(s, LAURENT);
            Estimate h = fromCutoff(s, 0, hi + 1, Double.POSITIVE_INFINITY, hi + 1);
            double v = z.value() - h.value();
            return new Estimate(v, z.error() + h.error() + EPS * Math.abs(v), LAURENT_MINUS_TAIL);
        }
        long n = (long) Math.max(lo, START);
        if (lo <= EARLY && hi != Double.POSITIVE_INFINITY && s < 1 && (1 - s) * Math.getExponent(hi) >= 18) {
            // a large sum (hi^(1-s) >= 2^18): the smallest correction at n = 4, about e^(-8 pi) = 1e-11, is
            // already below 1e-16 of it, and the head is 3 terms; if not, n doubles as usual
            n = EARLY;
        }
        return fromCutoff(s, logPower, lo, hi, n);
    }

    /** The Euler-Maclaurin sum with the cut-off n first, doubled until the remainder is small. */
    private static Estimate fromCutoff(double s, int logPower, double lo, double hi, double first) {
        long n = (long) first;
        while (true) {
            // 2n <= 2^54 + MAX_N: s log(2n) <= 600 whenever s <= 16, so the log is needed only above
            boolean last = 2.0 * n - lo > MAX_N || (s > 16 && s * Math.log(2.0 * n) > 600);
            Estimate e = atCutoff(s, logPower, lo, n, hi, last);
            if (e != null) {
                return e;
            }
            n = 2 * n;
        }
    }

    private static Estimate direct(double s, double lo, double hi) {
        double v = 0;
        for (double k = hi; k >= lo; k--) {
            v += Math.pow(k, -s);
        }
        // each power within one ulp, the additions within (count) ulp of the sum of the (positive) terms
        return new Estimate(v, (hi - lo + 3) * EPS * v, "added term by term");
    }

    /**
     * The sum with the head up to {@code n - 1} and Euler-Maclaurin from n; null when the remainder bound
     * does not apply at this n (L = 1 with log n below H_2m) or is not small, so that n must grow.
     */
    private static Estimate atCutoff(double s, int logPower, double lo, long n, double hi, boolean last) {
        boolean infinite = hi == Double.POSITIVE_INFINITY;
        if (!infinite && hi - n < DIRECT) {
            return direct(s, lo, hi);
        }
        // head lo..n-1
        double head = 0;
        double headErr = 0;
        int count = (int) (n - lo);
        double x = n;
        double pN = Double.NaN;
        // the relative error of pN beyond the one ulp of Math.pow that the bounds below allow for
        double pRel = 0;
        if (count > 0) {
            if (lo == 1) {
                // n^-s from the same table as the head when n is in it (one pow less): within relativeError(s, n)
                boolean inTable = n < NegativePowers.TABLE;
                double[] p = NegativePowers.upTo(s, inTable ? count + 1 : count);
                if (inTable) {
                    pN = p[count + 1];
                    pRel = NegativePowers.relativeError(s, count + 1);
                }
                for (int k = count; k >= 1; k--) {
                    head += logPower == 0 ? p[k] : p[k] * NegativePowers.log(k);
                }
                headErr = head * (NegativePowers.relativeError(s, count) + (logPower + count + 1) * EPS);
            } else {
                for (double k = n - 1; k >= lo; k--) {
                    double t = Math.pow(k, -s);
                    head += logPower == 0 ? t : t * Math.log(k);
                }
                headErr = head * (2 * logPower + count + 2) * EPS;
            }
        }
        double lgN = logPower == 0 ? 0 : Math.log(x); // used only with log k
        if (Double.isNaN(pN)) {
            pN = Math.pow(x, -s);
        }
        double xN = x * pN; // n^(1-s)
        double pH = infinite ? 0 : Math.pow(hi, -s);
        double xH = hi * pH;
        // the integral int_n^hi f, and the relative bound of its rounding
        double integral;
        double integralErr;
        double fromXN; // the part of the integral proportional to xN, in magnitude (for pRel)
        if (infinite) {
            double sm1 = s - 1;
            integral = logPower == 0 ? xN / sm1 : xN * (lgN / sm1 + 1 / (sm1 * sm1));
            // pow, log: one ulp; s - 1, products and quotients: half an ulp each (at most 8 roundings)
            integralErr = 8 * EPS * Math.abs(integral);
            fromXN = Math.abs(integral);
        } else if (s == 1) {
            // log(hi/n): the quotient rounded (half an ulp) moves the log by that, log within one ulp; hi >= 2n
            integral = Math.log(hi / x);
            integralErr = 2 * EPS * integral + EPS;
            fromXN = 0;
        } else {
            double oneMinusS = 1 - s;
            // t = (1 - s) log(hi/n) is |t| > 0.5 exactly when xH/xN = e^t is outside [e^-0.5, e^0.5]; the ratio
            // decides without a log (rounding may move the border a little: both bounds hold for every t)
            double ratio = xH / xN;
            if (!(ratio >= 0.6065 && ratio <= 1.6488)) {
                // at most 1 - e^-0.5 = 39% cancels: (xH - xN)/(1 - s), each power within 1.5 ulp after the product
                integral = (xH - xN) / oneMinusS;
                integralErr = EPS * (3 * (Math.abs(xH) + Math.abs(xN)) / Math.abs(oneMinusS) + 2 * Math.abs(integral));
                fromXN = Math.abs(xN / oneMinusS);
            } else {
                double t = oneMinusS * Math.log(hi / x);
                // n^(1-s) expm1(t)/(1-s): t carries 3.5 ulp (log of a rounded quotient, 1 - s, product), which
                // moves expm1(t)/t by at most (1 + |t|) times that; expm1, powers and products a few ulp more
                integral = xN * Math.expm1(t) / oneMinusS;
                integralErr = EPS * (3.5 * (1 + Math.abs(t)) + 6) * Math.abs(integral);
                fromXN = Math.abs(integral);
            }
        }
        double fN = logPower == 0 ? pN : pN * lgN;
        double fH = infinite ? 0 : pH;
        // corrections: + sum_j B_2j/(2j)! (f^(2j-1)(hi) - f^(2j-1)(n)), f^(2j-1)(x) = -(s)_(2j-1) x^(-s-2j+1) (log x - H)^L
        double corr = 0;
        double corrErr = 0;
        double corrAbs = 0;
        double poch = s; // (s)_(2j-1)
        double harmonic = logPower == 0 ? 0 : 1 / s; // H_(2j-1)
        double qN = pN / x; // x^(-s-2j+1)
        double qH = infinite ? 0 : pH / hi;
        double invN2 = 1 / (x * x);
        double invH2 = infinite ? 0 : 1 / (hi * hi);
        double main = Math.abs(head) + Math.abs(integral) + 0.5 * (fN + fH);
        double omitted = -1;
        double previous = Double.POSITIVE_INFINITY;
        int j = 1;
        for (; j <= MAX_J; j++) {
            double b = Bernoulli.overFactorial(j);
            double dN;
            double dH;
            double errScale;
            if (logPower == 0) {
                dN = poch * qN;
                dH = poch * qH;
                errScale = (4 * j + 6) * EPS;
            } else {
                double f = lgN - harmonic;
                dN = poch * qN * f;
                dH = 0;
                // H_(2j-1): 2j-1 reciprocals and sums (2 ulp each of H); log within one ulp; the difference
                errScale = (4 * j + 8) * EPS + EPS * (lgN + 4 * j * Math.abs(harmonic)) / Math.max(Math.abs(f), Double.MIN_NORMAL);
            }
            double term = b * (dN - dH); // the sign convention: the correction is - b (f'(hi) - f'(n)) ... see below
            double size = Math.abs(b) * (Math.abs(dN) + Math.abs(dH));
            // for L = 0 the remainder is at most twice the first omitted correction whatever m is (see
            // below), so the corrections stop where they start to grow (the asymptotic series' smallest term)
            if (size <= 1e-20 * main || j == MAX_J || (logPower == 0 && size > previous)) {
                omitted = size;
                break;
            }
            previous = size;
            corr += term;
            corrErr += size * errScale;
            corrAbs += size;
            poch *= (s + 2 * j - 1) * (s + 2 * j);
            if (logPower != 0) {
                harmonic += 1 / (s + 2 * j - 1) + 1 / (s + 2 * j);
            }
            qN *= invN2;
            qH *= invH2;
        }
        // f^(2j-1)(x) = -(s)_(2j-1) x^(-s-2j+1) (...): the correction sum_j b (f^(2j-1)(hi) - f^(2j-1)(n)) is
        // sum_j b (dN - dH), accumulated above as corr
        double remainder;
        if (logPower == 0) {
            remainder = 2 * omitted;
        } else {
            // f^(2m)(x) = (s)_2m x^(-s-2m) (log x - H_2m) may change sign on [n, inf): bound the integral of
            // |f^(2m)| by that of (s)_2m x^(-s-2m) (log x + H_2m), in closed form:
            // (s)_(2m-1) n^(1-s-2m) (log n + 1/(s+2m-1) + H_2m); times 2 |B_2m|/(2m)!, rounding 1% more
            double top = s + 2 * j - 1;
            double h2m = harmonic + 1 / top;
            remainder = 2.02 * Math.abs(Bernoulli.overFactorial(j) * poch * qN) * (lgN + 1 / top + Math.abs(h2m));
        }
        double value = head + integral + 0.5 * (fN + fH) + corr;
        if (remainder > 1e-16 * Math.abs(value) && !last) {
            return null;
        }
        // pN from the table: everything proportional to it (the xN part of the integral, f(n), the corrections
        // and the omitted one at n, through qN) moves by pRel relative at most (the H-end terms are counted
        // too, an overestimate)
        double fromTable = pRel * (fromXN + 0.5 * fN + corrAbs + remainder);
        double err = headErr + integralErr + EPS * (fN + fH) * (1 + logPower) + corrErr + remainder + fromTable
                + 3 * EPS * (Math.abs(head) + Math.abs(integral) + Math.abs(fN + fH) + Math.abs(corr));
        return new Estimate(value, err, count < METHODS.length ? METHODS[count] : "Euler-Maclaurin (head " + count + " terms)");
    }
}
