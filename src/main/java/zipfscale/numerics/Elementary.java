package zipfscale.numerics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * exp, log and real powers of {@link Apfloat} at a fixed working precision, about 50 times faster than
 * {@code ApfloatMath.exp/log} at 40-60 digits (measured: 1.8 ms per {@code ApfloatMath.exp} at 40 digits
 * on this machine), which made quadrature in high precision too slow.
 *
 * <p>exp: {@code x = k ln 2 + r}, {@code exp(r) = exp(r / 2^6)^(2^6)} with the Taylor series of the
 * reduced argument (Horner, as many terms as make the first omitted one below {@code 10^-(prec+8)}) and
 * 6 squarings (each squaring doubles the relative error, so 6 guard digits are carried). log: Halley's iteration
 * {@code y += 2 (x - e^y)/(x + e^y)} from the double logarithm (cubic: 16 -> 48 -> 144 digits).
 *
 * <p>Up to {@link BinaryElementary#MAX_DIGITS} digits, and for arguments in its ranges, each function is
 * first computed by {@link BinaryElementary} in binary fixed point (about ten times faster again), which
 * returns the exact function value at the argument rounded to the argument's precision, within 0.51 of a
 * unit in the last place; the Apfloat code below is the fallback.
 */
final class Elementary {
    private static final int SQUARINGS = 6;
    private static final Map<Long, Constants> CONSTANTS = new ConcurrentHashMap<>();

    private Elementary() {
    }

    static Apfloat exp(Apfloat x) {
        long prec = Math.min(x.precision(), 10_000);
        if (x.signum() == 0) {
            return new Apfloat(1, prec);
        }
        if (prec <= BinaryElementary.MAX_DIGITS) {
            Apfloat fast = BinaryElementary.exp(x, prec);
            if (fast != null) {
                return fast;
            }
        }
        double xd = x.doubleValue();
        if (xd < -1e12) {
            // e^x < 10^(-4e11): zero is within any bound this package reports
            return new Apfloat(0, prec);
        }
        if (xd > 1e12) {
            throw new ArithmeticException("exp overflow: " + x);
        }
        long wp = prec + 6;
        Constants c = CONSTANTS.computeIfAbsent(wp, Constants::new);
        long k = Math.round(xd / Math.log(2));
        Apfloat r = x.precision(wp).subtract(c.ln2.multiply(new Apfloat(k, wp))).multiply(c.reduce);
        // Horner: 1 + r(1 + r/2 (1 + r/3 (...)))
        Apfloat sum = c.one;
        for (int n = c.terms; n >= 1; n--) {
            sum = c.one.add(r.multiply(c.inverse[n]).multiply(sum));
        }
        for (int i = 0; i < SQUARINGS; i++) {
            sum = sum.multiply(sum);
        }
        Apfloat scale = k >= 0 ? ApfloatMath.pow(c.two, k) : c.one.divide(ApfloatMath.pow(c.two, -k));
        return sum.multiply(scale).precision(prec);
    }

    /** Per working precision: ln 2, 2^-SQUARINGS, 1/n and the number of Taylor terms needed. */
    private static final class Constants {
        final Apfloat one;
        final Apfloat two;
        final Apfloat ln2;
        final Apfloat reduce;
        final Apfloat[] inverse;
        final int terms;

        Constants(long wp) {
            one = new Apfloat(1, wp);
            two = new Apfloat(2, wp);
            ln2 = ApfloatMath.log(two);
            reduce = one.divide(new Apfloat(1L << SQUARINGS, wp));
            // |r| <= ln2/2 / 2^SQUARINGS; terms until |r|^n/n! < 10^-(wp+2)
            double r = Math.log(2) / 2 / (1 << SQUARINGS);
            int n = 1;
            double logTerm = Math.log10(r);
            while (logTerm > -(wp + 2)) {
                n++;
                logTerm += Math.log10(r / n);
            }
            terms = n;
            inverse = new Apfloat[n + 1];
            for (int i = 1; i <= n; i++) {
                inverse[i] = one.divide(new Apfloat(i, wp));
            }
        }
    }

    static Apfloat log(Apfloat x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("log of non-positive " + x);
        }
        long prec = Math.min(x.precision(), 10_000);
        if (prec <= BinaryElementary.MAX_DIGITS) {
            Apfloat fast = BinaryElementary.log(x, prec);
            if (fast != null) {
                return fast;
            }
        }
        long wp = prec + 4;
        Apfloat xw = x.precision(wp);
        Apfloat d = xw.subtract(new Apfloat(1, wp));
        if (d.signum() == 0) {
            return new Apfloat(0);
        }
        if (Math.abs(d.doubleValue()) < 0.125) {
            // next to 1 the result is small and Newton's steps below cancel to a few digits (log(1 - 1.9e-42)
            // came out as -1e-17): the series of log(1 + d), d = x - 1 exact, at the full precision
            return log1p(d.precision(wp)).precision(prec);
        }
        // the starting value from the leading digits and the decimal exponent: x.doubleValue() of a number
        // below 2.2e-308 is subnormal and has too few correct digits for the iteration count below
        double xd = x.doubleValue();
        double approx = xd >= Double.MIN_NORMAL && xd <= Double.MAX_VALUE ? Math.log(xd)
                : Math.log(ApfloatMath.scale(x, -x.scale()).doubleValue()) + x.scale() * Math.log(10);
        Apfloat y;
        if (!Double.isFinite(approx)) {
            return ApfloatMath.log(x);
        }
        y = PreciseDigits.exact(approx, wp);
        Apfloat two = new Apfloat(2, wp);
        for (long digits = 15; digits < 2 * wp; digits *= 3) {
            // the working precision kept on y: Apfloat lowers it after the cancellation in y + step
            Apfloat ey = exp(y.precision(wp));
            y = y.add(two.multiply(xw.subtract(ey)).divide(xw.add(ey))).precision(wp);
        }
        return y.precision(prec);
    }

    /** {@code log(1 + x)}, by its series for {@code |x| < 1/8} (no cancellation), else via {@link #log}. */
    static Apfloat log1p(Apfloat x) {
        long prec = Math.min(x.precision(), 10_000);
        if (prec <= BinaryElementary.MAX_DIGITS) {
            Apfloat fast = BinaryElementary.log1p(x, prec);
            if (fast != null) {
                return fast;
            }
        }
        if (Math.abs(x.doubleValue()) >= 0.125) {
            return log(new Apfloat(1, prec).add(x));
        }
        long wp = prec + 4;
        Apfloat xw = x.precision(wp);
        Apfloat pow = xw;
        Apfloat sum = xw;
        Apfloat eps = ApfloatMath.abs(xw).multiply(ExactApfloat.tenToThe(-(wp + 2), wp));
        for (int n = 2; n < 2000; n++) {
            pow = pow.multiply(xw).negate();
            Apfloat term = pow.divide(new Apfloat(n, wp));
            sum = sum.add(term);
            if (ApfloatMath.abs(term).compareTo(eps) < 0) {
                break;
            }
        }
        return sum.precision(prec);
    }

    /** {@code x^p} for {@code x > 0}. */
    static Apfloat pow(Apfloat x, Apfloat p) {
        return exp(p.multiply(log(x)));
    }
}
