package zipfscale.numerics;

import zipfscale.diag.DomainException;

/**
 * An interval of a parameter where the error bounds of the Zipf sums are guaranteed (issue 21): inside
 * it every function of {@link ZipfSums}, {@link PreciseZipfSums} and {@link MellinTransform} returns a
 * value whose error bound holds (checked by the honesty sweep against 40-digit references); outside it
 * they refuse with a {@link DomainException} that names the parameter, its value and this range. Where
 * the mathematics needs more (alpha > 1 for convergence) the stricter reason is given first by
 * {@link Domain}.
 *
 * <p>Why these limits: above alpha = 100 or alpha*beta = 100 the Euler-Maclaurin cut-off
 * ({@code 4.6 alpha beta}) and the head summed in Apfloat grow without need (p_1 is within 2^-100 of 1
 * there; fuzz: dynsum at alpha*beta = 509 grew N to 1.5e5 and ended in NaN); below beta = 0.01 the incomplete-gamma order {@code s = (alpha-1)/(alpha beta)} passes 100 and
 * Gamma(s) leaves the double range; D, tau and the amplitudes c*tau, a*tau up to 1e30 were compared with the 40-digit
 * mode (the README's figures were measured up to 1e18; the extrapolations of derivations/ reach 1.7e18).
 *
 * @param parameter the argument's name as {@code eval} spells it
 * @param lower the lower end
 * @param lowerOpen whether the lower end is excluded
 * @param upper the upper end
 * @param upperOpen whether the upper end is excluded
 */
public record SupportedRange(String parameter, double lower, boolean lowerOpen, double upper, boolean upperOpen) {

    /**
     * The Zipf exponent of every sum but zeta and tail (which take any alpha > 1): below 1.001 the double
     * missing mass lost digits its bound did not count (fuzz: alpha = 1.0000423, D = 1000, error 2.8e-13
     * against a bound of 7.4e-14).
     */
    public static final SupportedRange ALPHA = new SupportedRange("alpha", 1.001, false, 100, false);
    /**
     * The Zipf exponent of missing (and threshold: {@link #ALPHA_THRESHOLD}): {@code 1 - p_1 ~ 2^-alpha}
     * enters as {@code (1 - p_1)^D}; the 40-digit mode keeps 20 guard digits, which covers the
     * {@code 0.3 alpha} digits lost there up to alpha = 30.
     */
    public static final SupportedRange ALPHA_MISSING = new SupportedRange("alpha", 1.001, false, 30, false);
    /**
     * The Zipf exponent of threshold: its binomial kernel takes {@code D p_1} and forms {@code 1 - p_1} in
     * double, which loses {@code 0.3 alpha} digits; up to alpha = 6 that stays inside its bound.
     */
    public static final SupportedRange ALPHA_THRESHOLD = new SupportedRange("alpha", 1.001, false, 6, false);
    /**
     * The threshold m0 of threshold(alpha, D, m0): the binomial kernel's cost grows with m0, and the
     * 40-digit mode took more than 30 s at m0 = 50 (fuzz); up to 20 it takes seconds.
     */
    public static final int MAX_M0 = 20;
    /** The exponent of the kernel argument (dynsum, kernelsum). */
    public static final SupportedRange BETA = new SupportedRange("beta", 0.01, false, 100, false);
    /** The product alpha*beta (sets the Euler-Maclaurin cut-off). */
    public static final SupportedRange ALPHA_BETA = new SupportedRange("alpha*beta", 0, false, 100, false);
    /** Largest data size D (missing, expsum, threshold) and time tau (dynsum, kernelsum). */
    public static final double MAX_SIZE = 1e30;
    /** The scale factors c (dynsum) and a (kernelsum). */
    public static final SupportedRange SCALE = new SupportedRange("c", 1e-6, false, 1e6, false);
    /** The exponent c of the slowly varying factor (log(k+1))^c (tail and expsum with c). */
    public static final SupportedRange LOG_POWER = new SupportedRange("c", -10, false, 10, false);
    /** The smallest magnitude a double result may have: below it the value is refused (use --digits). */
    public static final double MIN_RESULT = 1e-290;

    /** The same interval under another parameter name. */
    public SupportedRange named(String name) {
        return new SupportedRange(name, lower, lowerOpen, upper, upperOpen);
    }

    /** The smallest positive size: below it the incomplete Beta series of missing loses its bound. */
    public static final double MIN_SIZE = 1e-6;

    /**
     * A size parameter (D, tau) or amplitude: 0 or [1e-6, 1e30] (fuzz: missing(alpha = 8.46, D = 1e-320)
     * was 1.8e-13 off with a bound of 3.3e-14).
     */
    public static void checkSize(String name, double v) {
        if (v != 0 && !(v >= MIN_SIZE && v <= MAX_SIZE)) {
            throw new DomainException(name, show(v), "{0} or [1e-6, 1e30]",
                    "outside the range where the error bound is guaranteed");
        }
    }

    public boolean contains(double v) {
        return (lowerOpen ? v > lower : v >= lower) && (upperOpen ? v < upper : v <= upper);
    }

    /** Throws a {@link DomainException} naming this range when {@code v} lies outside it (NaN included). */
    public void check(double v) {
        if (!contains(v)) {
            throw new DomainException(parameter, show(v), toString(),
                    "outside the range where the error bound is guaranteed");
        }
    }

    @Override
    public String toString() {
        return (lowerOpen ? "(" : "[") + show(lower) + ", " + show(upper) + (upperOpen ? ")" : "]");
    }

    static String show(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.replace(".0E", "E").replace("E", "e");
    }

    /**
     * Refuses a double result below {@link #MIN_RESULT} in magnitude: there the value (and its bound)
     * would be at the mercy of underflow. {@code what} names the call, {@code parameter} and {@code value}
     * the argument that drove the sum so small.
     */
    static Estimate representable(Estimate e, String what, String parameter, double value) {
        if (Math.abs(e.value()) < MIN_RESULT && !e.method().startsWith("exact")) {
            throw new DomainException(parameter, show(value), "{" + parameter + ": |" + what + "| >= 1e-290}",
                    "the result underflows double precision; --digits N evaluates it");
        }
        return e;
    }
}
