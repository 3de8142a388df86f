package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.diag.DomainException;

/**
 * The Zipf sums of {@link ZipfSums} to {@code digits} significant digits (1 to 80; {@code eval --digits} offers 1 to 60), for reference values
 * and for checking the double mode. Parameters are {@link Apfloat}s so that decimal inputs such as
 * {@code alpha = 1.05} are taken exactly (build them from strings or BigDecimal, not doubles). Same
 * domains and the same structure (head + Euler–Maclaurin + integral), but independent special-function
 * code: Hurwitz zeta by Euler-Maclaurin in Apfloat (checked against Apfloat's own zeta), a series/continued-fraction incomplete gamma in Apfloat, tanh-sinh
 * quadrature for general kernels. Up to {@link FastPreciseZipfSums#MAX_DIGITS} digits, zeta, hurwitz,
 * tail, missing, expsum and dynsum first try {@link FastPreciseZipfSums} (double-double balls) and keep its answer when its bound
 * reaches {@code 10^-digits} relative.
 */
public final class PreciseZipfSums {
    private PreciseZipfSums() {
    }

    public static PreciseEstimate zeta(Apfloat alpha, int digits) {
        Domain.alpha(alpha.doubleValue());
        PreciseDigits.check(digits);
        return FastPreciseZipfSums.zeta(alpha, digits).orElseGet(() -> HurwitzZeta.riemann(alpha, digits));
    }

    /**
     * Hurwitz zeta {@code zeta(s, a) = sum_{k>=0} (k+a)^-s}, s > 1, a > 0: the unnormalised tail
     * {@code sum_{k>=a} k^-s} for a whole number a (one zeta instead of the two of {@link #tail}).
     */
    public static PreciseEstimate hurwitz(Apfloat s, Apfloat a, int digits) {
        Domain.alpha(s.doubleValue());
        Domain.positive("a", a.doubleValue());
        PreciseDigits.check(digits);
        return FastPreciseZipfSums.hurwitz(s, a, digits)
                .orElseGet(() -> HurwitzZeta.value(s, a.precision(PreciseDigits.working(digits)), digits));
    }

    public static PreciseEstimate tail(Apfloat alpha, Apfloat m, int digits) {
        Domain.alpha(alpha.doubleValue());
        Domain.nonNegative("M", m.doubleValue());
        if (!m.isInteger()) {
            throw new DomainException("M", m, "integers", "must be a whole number");
        }
        PreciseDigits.check(digits);
        java.util.Optional<PreciseEstimate> fast = FastPreciseZipfSums.tail(alpha, m, digits);
        if (fast.isPresent()) {
            return fast.get();
        }
        long prec = PreciseDigits.working(digits);
        PreciseEstimate h = HurwitzZeta.value(alpha, m.precision(prec).add(new Apfloat(1, prec)), digits);
        PreciseEstimate z = HurwitzZeta.riemann(alpha, digits);
        Apfloat v = h.value().divide(z.value());
        Apfloat err = h.error().divide(z.value()).add(ApfloatMath.abs(v).multiply(z.error()).divide(z.value()));
        return new PreciseEstimate(v, err, digits, "zeta(alpha, M+1)/zeta(alpha), " + h.method());
    }

    public static PreciseEstimate missing(Apfloat alpha, Apfloat d, int digits) {
        Domain.alpha(alpha.doubleValue());
        SupportedRange.ALPHA_MISSING.check(alpha.doubleValue());
        Domain.nonNegative("D", d.doubleValue());
        SupportedRange.checkSize("D", d.doubleValue());
        PreciseDigits.check(digits);
        if (d.signum() == 0) {
            return new PreciseEstimate(new Apfloat(1), new Apfloat(0), digits, "exact (D = 0)");
        }
        java.util.Optional<PreciseEstimate> fast = FastPreciseZipfSums.missing(alpha, d, digits);
        if (fast.isPresent()) {
            return fast.get();
        }
        PreciseEstimate z = HurwitzZeta.riemann(alpha, digits);
        PreciseEstimate s = PreciseEulerMaclaurin.sum(new PreciseMissingMassSummand(alpha, d, z.value(), digits),
                digits, "head + incomplete Beta (Apfloat)");
        return withZetaError(s, z);
    }

    public static PreciseEstimate expsum(Apfloat alpha, Apfloat d, int digits) {
        Domain.alpha(alpha.doubleValue());
        SupportedRange.ALPHA.check(alpha.doubleValue());
        Domain.nonNegative("D", d.doubleValue());
        SupportedRange.checkSize("D", d.doubleValue());
        PreciseDigits.check(digits);
        if (d.signum() > 0) {
            java.util.Optional<PreciseEstimate> fast = FastPreciseZipfSums.expKernel(alpha, new Apfloat(1), d, digits);
            if (fast.isPresent()) {
                return fast.get();
            }
        }
        return kernelSumChecked(alpha, new Apfloat(1), d, NamedKernel.EXP, digits);
    }

    public static PreciseEstimate dynsum(Apfloat alpha, Apfloat beta, Apfloat c, Apfloat tau, int digits) {
        Domain.alpha(alpha.doubleValue());
        Domain.positive("beta", beta.doubleValue());
        Domain.positive("c", c.doubleValue());
        Domain.nonNegative("tau", tau.doubleValue());
        ZipfSums.checkKernelRanges(alpha.doubleValue(), beta.doubleValue(), c.doubleValue(), tau.doubleValue(), "c");
        PreciseDigits.check(digits);
        if (tau.signum() > 0) {
            java.util.Optional<PreciseEstimate> fast = FastPreciseZipfSums.expKernel(alpha, beta, c.multiply(tau), digits);
            if (fast.isPresent()) {
                return fast.get();
            }
        }
        return kernelSumChecked(alpha, beta, c.multiply(tau), NamedKernel.EXP, digits);
    }

    public static PreciseEstimate kernelsum(Apfloat alpha, Apfloat beta, Apfloat a, Apfloat tau, Kernel g,
            int digits) {
        Domain.alpha(alpha.doubleValue());
        Domain.positive("beta", beta.doubleValue());
        Domain.positive("a", a.doubleValue());
        Domain.nonNegative("tau", tau.doubleValue());
        ZipfSums.checkKernelRanges(alpha.doubleValue(), beta.doubleValue(), a.doubleValue(), tau.doubleValue(), "a");
        PreciseDigits.check(digits);
        KernelShape.checkBounded(g);
        return kernelSumChecked(alpha, beta, a.multiply(tau), g, digits);
    }

    public static PreciseEstimate threshold(Apfloat alpha, Apfloat d, Apfloat m0, int digits) {
        Domain.alpha(alpha.doubleValue());
        SupportedRange.ALPHA_THRESHOLD.check(alpha.doubleValue());
        Domain.nonNegative("D", d.doubleValue());
        SupportedRange.checkSize("D", d.doubleValue());
        if (!d.isInteger()) {
            throw new DomainException("D", d, "integers", "must be a whole number");
        }
        Domain.atLeast("m0", m0.doubleValue(), 1);
        if (!m0.isInteger()) {
            throw new DomainException("m0", m0, "integers", "must be a whole number");
        }
        PreciseDigits.check(digits);
        if (m0.doubleValue() > SupportedRange.MAX_M0) {
            throw new DomainException("m0", m0, "{1, ..., " + SupportedRange.MAX_M0 + "}",
                    "outside the range where the error bound is guaranteed");
        }
        if (d.compareTo(m0) < 0) {
            return new PreciseEstimate(new Apfloat(1), new Apfloat(0), digits, "exact (D < m0)");
        }
        return kernelSumChecked(alpha, new Apfloat(1), d, new BinomialKernel(d.doubleValue(), d, m0.intValue()), digits);
    }

    private static PreciseEstimate kernelSumChecked(Apfloat alpha, Apfloat beta, Apfloat amp, Kernel g,
            int digits) {
        long prec = PreciseDigits.working(digits);
        if (amp.signum() == 0) {
            Apfloat g0 = g.value(new Apfloat(0, prec), prec);
            return new PreciseEstimate(g0, new Apfloat(0), digits, "exact (a tau = 0)");
        }
        PreciseEstimate z = HurwitzZeta.riemann(alpha, digits);
        if (!g.smooth()) {
            if (g != NamedKernel.STEP) {
                throw new DomainException("g", g.displayName(), "smooth kernels or the step kernel",
                        "Euler-Maclaurin needs a smooth summand");
            }
            Apfloat bound = Elementary.pow(amp.precision(prec), new Apfloat(1, prec).divide(beta.precision(prec)))
                    .divide(z.value());
            Apfloat k0 = ApfloatMath.floor(Elementary.pow(bound, new Apfloat(1, prec).divide(alpha.precision(prec))));
            return tail(alpha, k0, digits);
        }
        PreciseEstimate s = PreciseEulerMaclaurin.sum(new PreciseZipfKernelSummand(alpha, beta, amp, z.value(), g, digits),
                digits, "head + " + (g == NamedKernel.EXP ? "incomplete gamma" : "tanh-sinh incomplete Mellin"));
        return withZetaError(s, z);
    }

    private static PreciseEstimate withZetaError(PreciseEstimate s, PreciseEstimate z) {
        Apfloat rel = z.error().divide(z.value());
        Apfloat err = s.error().add(ApfloatMath.abs(s.value()).multiply(rel).multiply(new Apfloat(4)));
        return new PreciseEstimate(s.value(), err, s.digits(), s.method());
    }
}
