package zipfscale.numerics;

import org.apache.commons.math3.special.Gamma;

/**
 * The Mellin constants of the named kernels in closed form (paper eq. (28)), in double with an error
 * bound: {@code exp(-u) -> Gamma(s)}, {@code exp(-u^2) -> Gamma(s/2)/2}, {@code 1/(1+u) -> pi/sin(pi s)},
 * {@code 1/(1+u)^2 -> (1-s) pi/sin(pi s)} (DLMF 5.2.1, 5.9.1 and 5.12.3 with 5.5.3), about a thousand
 * times cheaper than the quadrature, which stays for every other kernel (and is checked against these in
 * ClosedFormsTest).
 *
 * <p>Errors. {@code sin(pi s)} is taken as {@code sin(pi t)} with {@code t = s, 1 - s} or {@code s - 2} in
 * [-1/2, 1/2], each difference exact (Sterbenz); {@code pi t} is within 1.1 ulp relative (Math.PI and the
 * product), which moves {@code sin} by at most as much relative for {@code |pi t| <= pi/2}
 * ({@code |x cot x| <= 1}), and sin adds one ulp: 2.1 ulp. The quotient and the factors add at most 2 ulp:
 * 5 ulp is reported. Commons Math's {@code Gamma.gamma} (for {@code 0 < s <= 20}: Temme's
 * {@code invGamma1pm1} and at most 20 products) is taken to {@value #GAMMA_RELATIVE} relative, about 10
 * times what a sweep against Apfloat's 40-digit gamma finds (MellinClosedFormTest).
 */
final class MellinClosedForm {
    /** The relative bound taken for Commons Math's {@code Gamma.gamma(x)}, {@code 0 < x <= 20}. */
    static final double GAMMA_RELATIVE = 2e-14;
    private static final double EPS = Math.ulp(1.0);

    private MellinClosedForm() {
    }

    /** Whether {@link #of} knows g's constant at s. */
    static boolean knows(Kernel g, double s) {
        if (g == NamedKernel.EXP || g == NamedKernel.GAUSS) {
            return s > 0 && s <= 20;
        }
        if (g == NamedKernel.INV1PU) {
            return s > 0 && s < 1;
        }
        return g == NamedKernel.INV1PU2 && s > 0 && s < 2;
    }

    /** {@code M_g(s)} in closed form; {@link #knows} must hold. */
    static Estimate of(Kernel g, double s) {
        if (g == NamedKernel.EXP) {
            return gamma(s, 1, "closed form Gamma(s)");
        }
        if (g == NamedKernel.GAUSS) {
            return gamma(s / 2, 0.5, "closed form Gamma(s/2)/2");
        }
        double sin = sinPi(s);
        if (g == NamedKernel.INV1PU) {
            double v = Math.PI / sin;
            return new Estimate(v, 5 * EPS * Math.abs(v), "closed form pi/sin(pi s)");
        }
        double v = (1 - s) * Math.PI / sin;
        return new Estimate(v, 6 * EPS * Math.abs(v), "closed form (1-s) pi/sin(pi s)");
    }

    /** {@code factor Gamma(x)}, factor a power of two (exact). */
    private static Estimate gamma(double x, double factor, String method) {
        double v = factor * Gamma.gamma(x);
        return new Estimate(v, GAMMA_RELATIVE * Math.abs(v), method);
    }

    /** {@code sin(pi s)} for {@code 0 < s < 2}, within 2.1 ulp relative (see the class comment). */
    static double sinPi(double s) {
        double t = s <= 0.5 ? s : s <= 1.5 ? 1 - s : s - 2;
        return Math.sin(Math.PI * t);
    }
}
