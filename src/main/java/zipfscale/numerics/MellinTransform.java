package zipfscale.numerics;

import org.apfloat.Apfloat;
import zipfscale.diag.DomainException;

/**
 * The Mellin constant {@code M_g(s) = int_0^inf u^(s-1) g(u) du} of a kernel (paper eq. (28)), which
 * is the kernel's only trace in the leading term of eq. (29). Defined on the strip of convergence
 * ({@link MellinStrip}); outside it a {@link DomainException} names s, its value and the strip.
 */
public final class MellinTransform {
    private MellinTransform() {
    }

    /** The strip of convergence of g's Mellin transform (known or estimated by sampling). */
    public static MellinStrip strip(Kernel g) {
        return KernelShape.strip(g);
    }

    /** {@code M_g(s)} in double. */
    public static Estimate mellin(Kernel g, double s) {
        checkInStrip(g, s);
        if (g instanceof PoissonKernel q) {
            return poisson(q.k(), s);
        }
        if (MellinClosedForm.knows(g, s)) {
            return MellinClosedForm.of(g, s);
        }
        try {
            return MellinQuadrature.integrate(g, s, Double.POSITIVE_INFINITY);
        } catch (ArithmeticException e) {
            throw refused(g, s, e);
        }
    }

    /**
     * The Poisson threshold kernel's transform in closed form, {@code Gamma(s+K)/(s (K-1)!)} (see
     * {@link PoissonKernel}), as exp(lnGamma(s+K) - lnGamma(K) - ln s). The quadrature is not used: the
     * kernel's terms exp(j ln u - u - ln j!) carry rounding errors of 1e-16 of arguments in the thousands, which
     * its error estimate does not see (fuzz: mellin(g=poisson1000, s=2.986) printed a bound 100 times below
     * its error). The bound takes Commons Math's lnGamma to 1e-14 of its magnitude (it is documented to about
     * 1e-15), and the rounding of the exponent and the exponential.
     */
    private static Estimate poisson(int k, double s) {
        double a = org.apache.commons.math3.special.Gamma.logGamma(s + k);
        double b = org.apache.commons.math3.special.Gamma.logGamma(k);
        double exponent = a - b - Math.log(s);
        double value = Math.exp(exponent);
        double exponentError = 1e-14 * (Math.abs(a) + Math.abs(b) + Math.abs(Math.log(s)) + 1)
                + 2 * Math.ulp(exponent);
        double err = Math.abs(value) * Math.expm1(exponentError) * 1.01 + 4 * EPSILON * Math.abs(value);
        return new Estimate(value, err, "closed form Gamma(s+K)/(s (K-1)!) with K = " + k);
    }

    private static final double EPSILON = Math.ulp(1.0);

    /** The quadrature's own checks failed (no decay seen at an end): a refusal, not a value. */
    private static DomainException refused(Kernel g, double s, ArithmeticException e) {
        return new DomainException("s", s, "the values where the quadrature of " + g.displayName()
                + " can bound its error", e.getMessage());
    }

    /**
     * {@code M_g(s)} to {@code digits} significant digits: up to 30 digits the closed forms of gauss and
     * inv1pu in double-double balls ({@link FastPreciseZipfSums#mellin}) when their bound reaches
     * {@code 10^-digits}, otherwise tanh-sinh quadrature in Apfloat.
     */
    public static PreciseEstimate mellin(Kernel g, Apfloat s, int digits) {
        checkInStrip(g, s.doubleValue());
        PreciseDigits.check(digits);
        java.util.Optional<PreciseEstimate> fast = FastPreciseZipfSums.mellin(g, s, digits);
        if (fast.isPresent()) {
            return fast.get();
        }
        try {
            return PreciseMellinQuadrature.integrate(g, s, null, digits);
        } catch (ArithmeticException e) {
            throw refused(g, s.doubleValue(), e);
        }
    }

    /**
     * Where the bound of M_g(s) is guaranteed (issue 21): the strip kept {@link #EDGE} away from its finite
     * ends (M_g(s) has a pole at a finite end and the quadrature's nodes near 0 or infinity decide the
     * value there) and below {@link #MAX_S} (fuzz: at s = 94 the quadrature saw no decay of u^(s-1) e^-u by u = e).
     */
    public static SupportedRange supported(MellinStrip strip) {
        double lo = Double.isInfinite(strip.lower()) ? -MAX_S : strip.lower() + EDGE;
        double hi = Double.isInfinite(strip.upper()) ? MAX_S : Math.min(MAX_S, strip.upper() - EDGE);
        return new SupportedRange("s", lo, false, hi, false);
    }

    /** Distance kept from a finite end of the strip. */
    public static final double EDGE = 1e-3;
    /** The largest |s|. */
    public static final double MAX_S = 20;

    private static void checkInStrip(Kernel g, double s) {
        Domain.finite("s", s);
        MellinStrip strip = KernelShape.strip(g);
        if (!strip.contains(s)) {
            throw new DomainException("s", s, strip.toString(),
                    "outside the strip of convergence of the Mellin transform of " + g.displayName());
        }
        supported(strip).check(s);
    }
}
