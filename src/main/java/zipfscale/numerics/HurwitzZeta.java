package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Hurwitz zeta {@code zeta(s, a) = sum_{k>=0} (k+a)^-s} for real {@code s > 1}, {@code a > 0}, and the
 * Riemann zeta {@code zeta(s) = zeta(s, 1)}; the normaliser Z of the Zipf weights (paper eq. (3)) and
 * the tail {@code sum_{k>M} k^-alpha = zeta(alpha, M+1)} (eq. (7)).
 *
 * <p>Double: the first {@code n} terms summed directly so that {@code x = a + n >= 16}, then
 * Euler–Maclaurin at x: {@code x^(1-s)/(s-1) + x^-s/2 + sum_{j=1..m} B_2j/(2j)! (s)_(2j-1) x^(-s-2j+1)}.
 * For real s all derivatives of {@code x^-s} have one sign, so the remainder after m terms is bounded by
 * the first omitted term (Olver, Asymptotics and Special Functions, 8.2); we report twice that plus a
 * rounding bound of {@code (n + 8) ulp} relative. The cost is independent of a. A whole a (the Riemann
 * zeta, the tail) goes to the leaner {@link PowerLogSum}, the same scheme with a shorter head.
 *
 * <p>High precision: the same Euler–Maclaurin scheme in Apfloat with x >= 24 and up to 40 Bernoulli
 * terms (the terms fall by about {@code ((s+2j)/(2 pi x))^2} each), cut below {@code 10^-(prec+2)};
 * Apfloat's {@code ApfloatMath.zeta(s, a)} agrees (test) but is about 50 times slower.
 */
final class HurwitzZeta {
    private static final double EPS = Math.ulp(1.0);
    private static final double MIN_X = 16;
    private static final int MAX_TERMS = 12;
    private static final double PRECISE_MIN_X = 24;

    private HurwitzZeta() {
    }

    static Estimate value(double s, double a) {
        if (PowerLogSum.supports(s, 0, a, Double.POSITIVE_INFINITY)) {
            // a whole a (zeta(s) itself, the tail zeta(alpha, M+1)): closed-form derivatives, tabled logs
            return PowerLogSum.zeta(s, a);
        }
        return eulerMaclaurin(s, a);
    }

    /** Any a > 0 (kept apart so that {@link #value}, on the hot path of every Zipf sum, stays small to inline). */
    private static Estimate eulerMaclaurin(double s, double a) {
        double head = 0;
        int n = a >= MIN_X ? 0 : (int) Math.ceil(MIN_X - a);
        for (int k = n - 1; k >= 0; k--) {
            head += Math.pow(k + a, -s);
        }
        double x = a + n;
        // the Euler-Maclaurin part scaled by x^(1-s), so that neither x^-s nor the Bernoulli terms underflow
        // when x is huge (tail(alpha = 1.5, M = 1e300) is 7.7e-151 although x^-s = 1e-450)
        double xs = Math.pow(x, -s);
        double scale;
        double scaleError;
        if (xs >= 0x1p-900) {
            scale = x * xs;
            scaleError = 2 * EPS * scale;
        } else {
            // 1 - s is rounded: its error ulp(1 - s)/2 moves x^(1-s) by that times |log x| (relative)
            double oneMinusS = 1 - s;
            boolean exact = new java.math.BigDecimal(oneMinusS)
                    .compareTo(java.math.BigDecimal.ONE.subtract(new java.math.BigDecimal(s))) == 0;
            scale = Math.pow(x, oneMinusS);
            scaleError = (2 * EPS + (exact ? 0 : Math.ulp(oneMinusS) * Math.log(x))) * scale + Double.MIN_VALUE;
        }
        double inner = 1 / (s - 1) + 0.5 / x;
        // term_j = B_2j/(2j)! * s(s+1)...(s+2j-2) * x^(-2j)   (times x^(1-s))
        double poch = s; // (s)_(2j-1)
        double fact = 2; // (2j)!
        double invX2 = 1 / (x * x);
        double xp = invX2;
        double omitted = Double.MAX_VALUE;
        double headScaled = scale > 0 ? head / scale : Double.POSITIVE_INFINITY;
        for (int j = 1; j <= MAX_TERMS + 1; j++) {
            double term = Bernoulli.over2j(j) * 2 * j / fact * poch * xp;
            if (j == MAX_TERMS + 1 || Math.abs(term) < EPS * 1e-3 * (inner + headScaled)) {
                omitted = Math.abs(term);
                break;
            }
            inner += term;
            poch *= (s + 2 * j - 1) * (s + 2 * j);
            fact *= (2 * j + 1) * (2.0 * j + 2);
            xp *= invX2;
        }
        double sum = scale * inner;
        double value = head + sum;
        double error = 2 * omitted * scale + (n + 8) * EPS * value + scaleError * inner;
        return new Estimate(value, error, "Euler-Maclaurin (head " + n + " terms)");
    }

    static PreciseEstimate value(Apfloat s, Apfloat a, int digits) {
        long prec = PreciseDigits.working(digits);
        Apfloat sp = s.precision(prec);
        Apfloat ap = a.precision(prec);
        Apfloat one = new Apfloat(1, prec);
        double ad = a.doubleValue();
        double minX = preciseMinX(prec);
        int n = ad >= minX ? 0 : (int) Math.ceil(minX - ad);
        Apfloat head = new Apfloat(0, prec);
        Apfloat minusS = sp.negate();
        for (int k = n - 1; k >= 0; k--) {
            head = head.add(Elementary.pow(ap.add(new Apfloat(k, prec)), minusS));
        }
        Apfloat x = ap.add(new Apfloat(n, prec));
        Apfloat xs = Elementary.pow(x, minusS);
        Apfloat sum = x.multiply(xs).divide(sp.subtract(one)).add(xs.divide(new Apfloat(2, prec)));
        Apfloat invX2 = one.divide(x.multiply(x));
        Apfloat poch = sp; // (s)_(2j-1)
        Apfloat fact = new Apfloat(2, prec); // (2j)!
        Apfloat xp = xs.divide(x);
        Apfloat eps = ExactApfloat.tenToThe(-(prec + 2), prec);
        Apfloat omitted = null;
        for (int j = 1; j <= Bernoulli.MAX_J; j++) {
            Apfloat term = Bernoulli.over2j(j, prec).multiply(new Apfloat(2L * j, prec)).divide(fact)
                    .multiply(poch).multiply(xp);
            if (ApfloatMath.abs(term).compareTo(eps.multiply(ApfloatMath.abs(sum.add(head)))) < 0
                    || j == Bernoulli.MAX_J) {
                omitted = ApfloatMath.abs(term);
                break;
            }
            sum = sum.add(term);
            poch = poch.multiply(sp.add(new Apfloat(2L * j - 1, prec))).multiply(sp.add(new Apfloat(2L * j, prec)));
            fact = fact.multiply(new Apfloat((2L * j + 1) * (2L * j + 2), prec));
            xp = xp.multiply(invX2);
        }
        Apfloat v = head.add(sum);
        Apfloat rounding = ApfloatMath.abs(v).multiply(new Apfloat(n + 10L, prec))
                .multiply(ExactApfloat.tenToThe(-(prec - 3), prec));
        Apfloat err = omitted.multiply(new Apfloat(2, prec)).add(rounding);
        return new PreciseEstimate(v, err, digits, "Euler-Maclaurin in Apfloat (head " + n + " terms)");
    }

    /**
     * The start x of the Euler–Maclaurin part at working precision {@code prec}: {@value #PRECISE_MIN_X}, or
     * more where {@link Bernoulli#MAX_J} terms cannot reach 10^-prec from there. The j-th term is about
     * {@code (2j)!/(2 pi x)^(2j)} of the sum, so x is raised until that is below 10^-(prec + 5) at
     * j = MAX_J. (Only the time depends on this choice: the reported error bound is that of the terms
     * actually omitted, and a value that misses the precision is left to {@code ApfloatMath.zeta}.)
     */
    static double preciseMinX(long prec) {
        int twoJ = 2 * Bernoulli.MAX_J;
        double log10Factorial = 0;
        for (int k = 2; k <= twoJ; k++) {
            log10Factorial += Math.log10(k);
        }
        double x = Math.pow(10, (log10Factorial + prec + 5) / twoJ) / (2 * Math.PI);
        return Math.max(PRECISE_MIN_X, Math.ceil(x));
    }

    static PreciseEstimate riemann(Apfloat s, int digits) {
        return value(s, new Apfloat(1), digits);
    }

    /** Apfloat's own {@code ApfloatMath.zeta(s, a)}, about 50 times slower; kept as a cross-check in tests. */
    static Apfloat apfloatZeta(Apfloat s, Apfloat a, int digits) {
        long prec = digits + 10L;
        return ApfloatMath.zeta(s.precision(prec), a.precision(prec));
    }
}
