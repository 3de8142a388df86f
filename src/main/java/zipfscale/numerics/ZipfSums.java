package zipfscale.numerics;

/**
 * The Zipf sums of the paper in double precision, each with an error bound, at a cost independent of
 * D and tau. Weights {@code p_k = k^-alpha / Z}, {@code Z = zeta(alpha)}, {@code alpha > 1} (eq. (3)).
 *
 * <ul>
 * <li>{@code tail(alpha, M) = sum_{k>M} p_k = zeta(alpha, M+1)/zeta(alpha)} (eq. (7));
 * <li>{@code missing(alpha, D) = sum_k p_k (1-p_k)^D} (eq. (11));
 * <li>{@code expsum(alpha, D) = sum_k p_k exp(-D p_k)} (eq. (14));
 * <li>{@code threshold(alpha, D, m0) = sum_k p_k Pr[Binomial(D, p_k) < m0]} (Remark 5.1);
 * <li>{@code dynsum(alpha, beta, c, tau) = sum_k p_k exp(-c tau p_k^beta)} (eq. (18));
 * <li>{@code kernelsum(alpha, beta, a, tau, g) = sum_k p_k g(a tau p_k^beta)} (eq. (26)).
 * </ul>
 * The high-precision versions are in {@link PreciseZipfSums}.
 */
public final class ZipfSums {
    private ZipfSums() {
    }

    /** Riemann zeta(alpha), alpha > 1. */
    public static Estimate zeta(double alpha) {
        Domain.alpha(alpha);
        return HurwitzZeta.value(alpha, 1);
    }

    /** {@code sum_{k>M} p_k}, M a whole number >= 0. */
    public static Estimate tail(double alpha, double m) {
        Domain.alpha(alpha);
        Domain.nonNegative("M", m);
        Domain.integer("M", m);
        Estimate h = HurwitzZeta.value(alpha, m + 1);
        Estimate z = HurwitzZeta.value(alpha, 1);
        double v = h.value() / z.value();
        double err = h.error() / z.value() + Math.abs(v) * z.relativeError() + 2 * Math.ulp(v);
        return SupportedRange.representable(new Estimate(v, err, tailMethod(h.method())), "tail(alpha, M)", "M", m);
    }

    /** A method text and the tail's text built from it: most calls repeat it (the same head length). */
    private record TailMethod(String part, String text) {
    }

    private static volatile TailMethod lastTailMethod = new TailMethod("", "");

    /** {@code "zeta(alpha, M+1)/zeta(alpha), " + part}, built once per distinct part in a row. */
    private static String tailMethod(String part) {
        TailMethod last = lastTailMethod;
        if (last.part() == part || last.part().equals(part)) {
            return last.text();
        }
        TailMethod t = new TailMethod(part, "zeta(alpha, M+1)/zeta(alpha), " + part);
        lastTailMethod = t;
        return t.text();
    }

    /** Missing mass {@code sum_k p_k (1-p_k)^D}, D >= 0 (eq. (11)). */
    public static Estimate missing(double alpha, double d) {
        Domain.alpha(alpha);
        SupportedRange.ALPHA_MISSING.check(alpha);
        Domain.nonNegative("D", d);
        SupportedRange.checkSize("D", d);
        if (d == 0) {
            return new Estimate(1, 0, "exact (D = 0: sum p_k = 1)");
        }
        Estimate z = zeta(alpha);
        Estimate s = EulerMaclaurin.sum(new MissingMassSummand(alpha, d, z.value()), "head + incomplete Beta");
        return SupportedRange.representable(withZetaError(s, z), "missing(alpha, D)", "D", d);
    }

    /** {@code sum_k p_k exp(-D p_k)}, D >= 0 (eq. (14)). */
    public static Estimate expsum(double alpha, double d) {
        Domain.alpha(alpha);
        SupportedRange.ALPHA.check(alpha);
        Domain.nonNegative("D", d);
        SupportedRange.checkSize("D", d);
        return SupportedRange.representable(kernelSumOrRefuse(alpha, 1, d, NamedKernel.EXP, "expsum"),
                "expsum(alpha, D)", "D", d);
    }

    /** {@code sum_k p_k exp(-c tau p_k^beta)}, beta > 0, c > 0, tau >= 0 (eq. (18)). */
    public static Estimate dynsum(double alpha, double beta, double c, double tau) {
        Domain.alpha(alpha);
        Domain.positive("beta", beta);
        Domain.positive("c", c);
        Domain.nonNegative("tau", tau);
        checkKernelRanges(alpha, beta, c, tau, "c");
        return SupportedRange.representable(kernelSumOrRefuse(alpha, beta, c * tau, NamedKernel.EXP, "dynsum"),
                "dynsum(alpha, beta, c, tau)", "tau", tau);
    }

    private static Estimate dynsumChecked(double alpha, double beta, double c, double tau) {
        return kernelSumChecked(alpha, beta, c * tau, NamedKernel.EXP);
    }

    /** {@code sum_k p_k g(a tau p_k^beta)} for a kernel g bounded on [0, inf) (eq. (26)). */
    public static Estimate kernelsum(double alpha, double beta, double a, double tau, Kernel g) {
        Domain.alpha(alpha);
        Domain.positive("beta", beta);
        Domain.positive("a", a);
        Domain.nonNegative("tau", tau);
        checkKernelRanges(alpha, beta, a, tau, "a");
        KernelShape.checkBounded(g);
        return SupportedRange.representable(kernelSumOrRefuse(alpha, beta, a * tau, g, "kernelsum"),
                "kernelsum(alpha, beta, a, tau, g)", "tau", tau);
    }

    /** {@code sum_k p_k Pr[Binomial(D, p_k) < m0]}, D and m0 whole numbers, m0 >= 1 (Remark 5.1). */
    public static Estimate threshold(double alpha, double d, double m0) {
        Domain.alpha(alpha);
        SupportedRange.ALPHA_THRESHOLD.check(alpha);
        Domain.nonNegative("D", d);
        Domain.integer("D", d);
        SupportedRange.checkSize("D", d);
        Domain.atLeast("m0", m0, 1);
        Domain.integer("m0", m0);
        if (m0 > SupportedRange.MAX_M0) {
            throw new zipfscale.diag.DomainException("m0", m0, "{1, ..., " + SupportedRange.MAX_M0 + "}",
                    "outside the range where the error bound is guaranteed");
        }
        if (d < m0) {
            return new Estimate(1, 0, "exact (D < m0: every mode is below threshold)");
        }
        return SupportedRange.representable(kernelSumChecked(alpha, 1, d,
                new BinomialKernel(d, PreciseDigits.exact(d, 40), (int) m0)), "threshold(alpha, D, m0)", "D", d);
    }

    /** The supported ranges of the kernel sums (see {@link SupportedRange}). */
    static void checkKernelRanges(double alpha, double beta, double scale, double tau, String scaleName) {
        SupportedRange.ALPHA.check(alpha);
        SupportedRange.BETA.check(beta);
        SupportedRange.ALPHA_BETA.check(alpha * beta);
        SupportedRange.SCALE.named(scaleName).check(scale);
        SupportedRange.checkSize("tau", tau);
        SupportedRange.checkSize(scaleName + "*tau", scale * tau);
    }

    /**
     * {@link #kernelSumChecked} with a non-finite intermediate (an incomplete Mellin integrand beyond the
     * double range, say) turned into a refusal that names the amplitude: the bound cannot be kept there.
     */
    private static Estimate kernelSumOrRefuse(double alpha, double beta, double amp, Kernel g, String what) {
        try {
            return kernelSumChecked(alpha, beta, amp, g);
        } catch (ArithmeticException e) {
            throw new zipfscale.diag.DomainException("tau", SupportedRange.show(amp), "the values where " + what
                    + " stays within double precision", e.getMessage());
        }
    }

    static Estimate kernelSumChecked(double alpha, double beta, double amp, Kernel g) {
        if (amp == 0) {
            double g0 = g.value(0);
            return new Estimate(g0, 2 * Math.ulp(g0), "exact (a tau = 0: g(0) sum p_k)");
        }
        Estimate z = zeta(alpha);
        if (!g.smooth()) {
            return stepSum(alpha, beta, amp, g, z);
        }
        Estimate s = EulerMaclaurin.sum(new ZipfKernelSummand(alpha, beta, amp, z.value(), g),
                g == NamedKernel.EXP ? "head + incomplete gamma" : "head + incomplete Mellin quadrature");
        return withZetaError(s, z);
    }

    /** The step kernel: {@code g(A p_k^beta) = 1} exactly for {@code k > K0 = floor((A^(1/beta)/Z)^(1/alpha))}. */
    private static Estimate stepSum(double alpha, double beta, double amp, Kernel g, Estimate z) {
        if (g != NamedKernel.STEP) {
            throw new zipfscale.diag.DomainException("g", g.displayName(), "smooth kernels or the step kernel",
                    "Euler-Maclaurin needs a smooth summand");
        }
        double k0 = Math.floor(Math.pow(Math.pow(amp, 1 / beta) / z.value(), 1 / alpha));
        Estimate t = tail(alpha, k0);
        return new Estimate(t.value(), t.error(), "step kernel: tail beyond K0 = " + (long) k0);
    }

    /** Adds the effect of the error in Z (the sum is homogeneous of degree ~ -1..1 in Z). */
    private static Estimate withZetaError(Estimate s, Estimate z) {
        double err = s.error() + 4 * Math.abs(s.value()) * z.relativeError();
        return new Estimate(s.value(), err, s.method());
    }
}
