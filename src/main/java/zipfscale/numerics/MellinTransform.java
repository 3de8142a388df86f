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
        return MellinQuadrature.integrate(g, s, Double.POSITIVE_INFINITY);
    }

    /** {@code M_g(s)} to {@code digits} significant digits. */
    public static PreciseEstimate mellin(Kernel g, Apfloat s, int digits) {
        checkInStrip(g, s.doubleValue());
        PreciseDigits.check(digits);
        return PreciseMellinQuadrature.integrate(g, s, null, digits);
    }

    /**
     * Where the bound of M_g(s) is guaranteed (issue 21): the strip kept {@link #EDGE} away from its finite
     * ends (M_g(s) has a pole at a finite end and the quadrature's nodes near 0 or infinity decide the
     * value there) and below {@link #MAX_S} (Gamma(s) leaves the double range at 171).
     */
    public static SupportedRange supported(MellinStrip strip) {
        double lo = Double.isInfinite(strip.lower()) ? -MAX_S : strip.lower() + EDGE;
        double hi = Double.isInfinite(strip.upper()) ? MAX_S : Math.min(MAX_S, strip.upper() - EDGE);
        return new SupportedRange("s", lo, false, hi, false);
    }

    /** Distance kept from a finite end of the strip. */
    public static final double EDGE = 1e-3;
    /** The largest |s|. */
    public static final double MAX_S = 100;

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
