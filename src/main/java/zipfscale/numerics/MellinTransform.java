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
        try {
            return MellinQuadrature.integrate(g, s, Double.POSITIVE_INFINITY);
        } catch (ArithmeticException e) {
            throw refused(g, s, e);
        }
    }

    /** The quadrature's own checks failed (no decay seen at an end): a refusal, not a value. */
    private static DomainException refused(Kernel g, double s, ArithmeticException e) {
        return new DomainException("s", s, "the values where the quadrature of " + g.displayName()
                + " can bound its error", e.getMessage());
    }

    /** {@code M_g(s)} to {@code digits} significant digits. */
    public static PreciseEstimate mellin(Kernel g, Apfloat s, int digits) {
        checkInStrip(g, s.doubleValue());
        PreciseDigits.check(digits);
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
