package zipfscale.numerics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The transcendental functions of {@link PreciseEvaluator} at a requested number of significant digits,
 * through the engine's own algorithms where they are known to be accurate and fast, and Apfloat's
 * {@code ApfloatMath} elsewhere; values are memoised for the process (they are pure functions of the
 * argument's value, its precision and the digits), because the numeric witness evaluates the same
 * {@code Zeta(alpha)} at the same seeded points for claim after claim.
 * <ul>
 * <li>Riemann and Hurwitz zeta for s > 1, a > 0: Euler–Maclaurin in Apfloat ({@link HurwitzZeta}, a
 *     reported error bound, about 50 times faster than {@code ApfloatMath.zeta}, which stays the path for
 *     the analytic continuation and whenever the bound is not below 10^-digits of the value);</li>
 * <li>Gamma: Stirling's series for {@code ln Gamma(z)} after the shift {@code Gamma(x) = Gamma(x + n) /
 *     (x (x+1) ... (x+n-1))} to {@code z = x + n >= digits + 10}; for real z > 0 the remainder is below
 *     the first omitted term (Olver, Asymptotics and Special Functions, 8.4), which is checked, else
 *     {@code ApfloatMath.gamma};</li>
 * <li>exp, log and real powers: {@link Elementary} (argument reduction and Taylor series, Halley's
 *     iteration) with 10 guard digits, for |arguments| where it is exact to the working precision.</li>
 * </ul>
 * Implementation note: measured on the numeric witness of the paper's derivations, {@code ApfloatMath.zeta}
 * at 40 digits took about 0.1 s a call and was 84% of the checking time.
 */
final class PreciseFunctions {
    private static final int GUARD = 10;
    private static final int MAX_CACHED = 200_000;
    private static final Map<String, Apfloat> MEMO = new ConcurrentHashMap<>();
    private static final Map<Long, Apfloat> HALF_LOG_TWO_PI = new ConcurrentHashMap<>();

    private PreciseFunctions() {
    }

    /** Riemann zeta(s) with the precision of s, at most {@code digits}. */
    static Apfloat zeta(Apfloat s, long digits) {
        return memo("zeta", digits, () -> {
            Apfloat v = eulerMaclaurinZeta(s, new Apfloat(1), digits);
            return v != null ? v : ApfloatMath.zeta(s);
        }, s);
    }

    /** Hurwitz zeta(s, a), at most {@code digits}. */
    static Apfloat hurwitzZeta(Apfloat s, Apfloat a, long digits) {
        return memo("hurwitz", digits, () -> {
            Apfloat v = eulerMaclaurinZeta(s, a, digits);
            return v != null ? v : ApfloatMath.zeta(s, a);
        }, s, a);
    }

    /**
     * zeta(s, a) by direct summation (s >= {@value #DIRECT_S}) or {@link HurwitzZeta}'s Euler–Maclaurin,
     * or null outside s > 1, a > 0 or when the error bound is not below 10^-digits of the value.
     */
    static Apfloat eulerMaclaurinZeta(Apfloat s, Apfloat a, long digits) {
        double sd = s.doubleValue();
        double ad = a.doubleValue();
        if (!(sd > 1 && Double.isFinite(sd) && ad > 0 && Double.isFinite(ad) && digits <= PreciseDigits.MAX)) {
            return null;
        }
        long p = Math.min(Math.min(s.precision(), a.precision()), digits);
        if (sd >= DIRECT_S) {
            Apfloat v = directZeta(s, a, digits);
            if (v != null) {
                return v.precision(p);
            }
        }
        PreciseEstimate e = HurwitzZeta.value(s, a, (int) digits);
        if (!accurate(e, digits)) {
            return null;
        }
        return e.value().precision(p);
    }

    /** Where the terms of zeta(s, a) fall fast enough to be summed one by one (Euler–Maclaurin fails for large s). */
    private static final double DIRECT_S = 40;
    private static final int DIRECT_TERMS = 64;

    /**
     * zeta(s, a) = sum_{k>=0} (k + a)^-s summed directly while the tail after term k, at most
     * {@code (k+1+a)^-s (1 + (k+1+a)/(s-1))} (the next term plus the integral of y^-s beyond it), is not
     * below 10^-(digits + 10) of the sum; null when that takes more than {@value #DIRECT_TERMS} terms.
     */
    private static Apfloat directZeta(Apfloat s, Apfloat a, long digits) {
        long wp = digits + GUARD;
        Apfloat sw = s.precision(wp);
        Apfloat minusS = sw.negate();
        Apfloat aw = a.precision(wp);
        Apfloat sMinusOne = sw.subtract(new Apfloat(1, wp));
        Apfloat eps = ExactApfloat.tenToThe(-(digits + GUARD), wp);
        Apfloat sum = new Apfloat(0, wp);
        Apfloat term = pow(aw, minusS);
        for (int k = 0; k < DIRECT_TERMS; k++) {
            sum = sum.add(term);
            Apfloat y = aw.add(new Apfloat(k + 1L, wp));
            Apfloat next = pow(y, minusS);
            Apfloat tail = next.multiply(new Apfloat(1, wp).add(y.divide(sMinusOne)));
            if (tail.compareTo(eps.multiply(sum)) < 0) {
                return sum;
            }
            term = next;
        }
        return null;
    }

    /** Gamma(x) for x not a pole, with the precision of x, at most {@code digits}. */
    static Apfloat gamma(Apfloat x, long digits) {
        return memo("gamma", digits, () -> {
            Apfloat v = stirlingGamma(x, digits);
            return v != null ? v : ApfloatMath.gamma(x);
        }, x);
    }

    /** e^x with the precision of x. */
    static Apfloat exp(Apfloat x) {
        double xd = x.doubleValue();
        if (Math.abs(xd) <= 1e6 && x.precision() <= 10_000) {
            long p = x.precision();
            return Elementary.exp(x.precision(p + GUARD)).precision(p);
        }
        // |x| up to 1e12 at up to 200 digits in binary fixed point (its power of ten split off exactly)
        Apfloat fast = BinaryElementary.exp(x, x.precision());
        return fast != null ? fast : ApfloatMath.exp(x);
    }

    /** ln x for x > 0, with the precision of x. */
    static Apfloat log(Apfloat x) {
        if (x.precision() <= 10_000) {
            long p = x.precision();
            return Elementary.log(x.precision(p + GUARD)).precision(p);
        }
        return ApfloatMath.log(x);
    }

    /**
     * b^x for b > 0 and real x, with the smaller precision of b and x. The exponent x ln b is formed with
     * as many extra digits as it has before the point, since exp turns its absolute error into the
     * relative error of the power.
     */
    static Apfloat pow(Apfloat b, Apfloat x) {
        long p = Math.min(b.precision(), x.precision());
        // ln b from the decimal exponent and the leading digits (b may be beyond the range of a double)
        double lnB = Math.log(ApfloatMath.scale(b, -b.scale()).doubleValue()) + b.scale() * Math.log(10);
        double yEstimate = Math.abs(x.doubleValue() * lnB);
        if (p > 10_000 || !(yEstimate <= 1e9)) {
            return ApfloatMath.pow(b, x);
        }
        long wp = p + GUARD + (long) Math.ceil(Math.log10(Math.max(1, yEstimate)));
        // ln b near b = 1 comes back with few digits of precision, though accurate to 10^-wp: restored
        Apfloat y = x.precision(wp).multiply(Elementary.log(b.precision(wp)).precision(wp));
        return Elementary.exp(y.precision(wp)).precision(p);
    }

    /** sin x (or cos x when {@code cosine}) with the precision of x. */
    static Apfloat sinCos(Apfloat x, boolean cosine) {
        double xd = x.doubleValue();
        long p = x.precision();
        if (!(Math.abs(xd) <= 1e6) || p > 10_000) {
            return cosine ? ApfloatMath.cos(x) : ApfloatMath.sin(x);
        }
        // x = k pi/2 + r, |r| <= pi/4, carrying as many extra digits as x has before the point
        long wp = p + GUARD + (long) Math.ceil(Math.log10(Math.max(1, Math.abs(xd))));
        Apfloat halfPi = ApfloatMath.pi(wp).divide(new Apfloat(2, wp));
        long k = Math.round(xd / (Math.PI / 2));
        Apfloat r = x.precision(wp).subtract(halfPi.multiply(new Apfloat(k, wp)));
        int quadrant = (int) Math.floorMod(k + (cosine ? 1 : 0), 4L);
        Apfloat v = quadrant % 2 == 0 ? taylor(r, wp, true) : taylor(r, wp, false);
        return (quadrant >= 2 ? v.negate() : v).precision(p);
    }

    /** sin r ({@code odd}) or cos r by Taylor's series, |r| <= pi/4, to 10^-(wp+2). */
    private static Apfloat taylor(Apfloat r, long wp, boolean odd) {
        Apfloat r2 = r.multiply(r);
        Apfloat term = odd ? r : new Apfloat(1, wp);
        Apfloat sum = term;
        Apfloat eps = ExactApfloat.tenToThe(-(wp + 2), wp);
        for (int n = odd ? 2 : 1; n < 200; n++) {
            int m = odd ? 2 * n - 1 : 2 * n;
            term = term.multiply(r2).divide(new Apfloat((long) m * (m - 1), wp)).negate();
            sum = sum.add(term);
            if (ApfloatMath.abs(term).compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }

    private static boolean accurate(PreciseEstimate e, long digits) {
        Apfloat bound = ApfloatMath.abs(e.value()).multiply(ExactApfloat.tenToThe(-digits, digits + GUARD));
        return e.error().compareTo(bound) < 0;
    }

    /**
     * Gamma(x) by Stirling's series, or null when out of its range here (x below about -1900, x beyond
     * 10^5, or a remainder that does not fall below 10^-(digits + 5) of ln Gamma(z)).
     */
    static Apfloat stirlingGamma(Apfloat x, long digits) {
        double xd = x.doubleValue();
        boolean large = xd > 1e5 && xd <= 1e300;
        if (!(Math.abs(xd) <= 1e5 || large) || digits > PreciseDigits.MAX || x.precision() > 10_000) {
            return null;
        }
        long p = Math.min(x.precision(), digits);
        // exp turns the absolute error of ln Gamma ~ x ln x into a relative one: carry its digits from the start
        long extra = large ? (long) Math.ceil(Math.log10(xd * Math.log(xd))) + 1 : 0;
        long wp = p + GUARD + 2 + extra;
        Apfloat xw = x.precision(wp);
        Apfloat one = new Apfloat(1, wp);
        double target = wp;
        int n = xd >= target ? 0 : (int) Math.ceil(target - xd);
        if (n > MAX_SHIFT) {
            // far left of 0: Apfloat's reflection is cheaper than thousands of factors
            return null;
        }
        Apfloat product = one;
        for (int i = 0; i < n; i++) {
            product = product.multiply(xw.add(new Apfloat(i, wp)));
        }
        if (product.signum() == 0) {
            return null;
        }
        Apfloat z = xw.add(new Apfloat(n, wp));
        Apfloat lnz = Elementary.log(z);
        Apfloat half = new Apfloat("0.5", wp);
        Apfloat lnGamma = z.subtract(half).multiply(lnz).subtract(z).add(halfLogTwoPi(wp));
        Apfloat invZ2 = one.divide(z.multiply(z));
        Apfloat zp = one.divide(z);
        Apfloat eps = ApfloatMath.abs(lnGamma).multiply(ExactApfloat.tenToThe(-(p + 5), wp));
        boolean converged = false;
        for (int j = 1; j <= Bernoulli.MAX_J; j++) {
            // B_2j / (2j (2j - 1) z^(2j-1))
            Apfloat term = Bernoulli.over2j(j, wp).divide(new Apfloat(2L * j - 1, wp)).multiply(zp);
            if (ApfloatMath.abs(term).compareTo(eps) < 0) {
                converged = true;
                break;
            }
            lnGamma = lnGamma.add(term);
            zp = zp.multiply(invZ2);
        }
        if (!converged || (!large && Math.abs(lnGamma.doubleValue()) > 1e6)) {
            return null;
        }
        if (large) {
            // x ln x beyond 1e6: Apfloat's exp; the digits of ln Gamma before the point were carried above
            return ApfloatMath.exp(lnGamma).divide(product).precision(p);
        }
        // exp amplifies the absolute error of lnGamma: carry its magnitude in extra digits
        long carry = (long) Math.ceil(Math.log10(Math.max(1, Math.abs(lnGamma.doubleValue()))));
        Apfloat g = Elementary.exp(lnGamma.precision(wp + carry));
        return g.divide(product).precision(p);
    }

    private static final int MAX_SHIFT = 2_000;

    private static Apfloat halfLogTwoPi(long wp) {
        return HALF_LOG_TWO_PI.computeIfAbsent(wp, w -> ApfloatMath.log(ApfloatMath.pi(w + 5).multiply(
                new Apfloat(2, w + 5))).divide(new Apfloat(2, w + 5)).precision(w));
    }

    private static Apfloat memo(String op, long digits, Supplier<Apfloat> compute, Apfloat... args) {
        StringBuilder key = new StringBuilder(op).append(':').append(digits);
        for (Apfloat a : args) {
            key.append(':').append(a.precision()).append(':').append(a.toString(false));
        }
        String k = key.toString();
        Apfloat v = MEMO.get(k);
        if (v == null) {
            v = compute.get();
            if (MEMO.size() >= MAX_CACHED) {
                MEMO.clear();
            }
            MEMO.put(k, v);
        }
        return v;
    }
}
