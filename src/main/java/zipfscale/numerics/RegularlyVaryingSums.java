package zipfscale.numerics;

/**
 * Sums for regularly varying weights {@code p_k = k^-alpha (log(k+1))^c / Z_c} (paper Remark 2.1: a
 * slowly varying factor does not change the exponent), {@code Z_c = sum_k k^-alpha (log(k+1))^c}
 * computed numerically. Double precision with error bounds; c = 0 gives the Zipf weights.
 */
public final class RegularlyVaryingSums {
    private RegularlyVaryingSums() {
    }

    /** {@code Z_c = sum_{k>=1} k^-alpha (log(k+1))^c}. */
    public static Estimate normaliser(double alpha, double c) {
        Domain.alpha(alpha);
        Domain.finite("c", c);
        return EulerMaclaurin.sum(new RegularlyVaryingSummand(alpha, c, 1, -1), 1, "regularly varying normaliser");
    }

    /** {@code sum_{k>M} p_k}, M a whole number >= 0. */
    public static Estimate tail(double alpha, double c, double m) {
        Domain.alpha(alpha);
        SupportedRange.ALPHA.check(alpha);
        Domain.finite("c", c);
        SupportedRange.LOG_POWER.check(c);
        Domain.nonNegative("M", m);
        Domain.integer("M", m);
        Estimate z = normaliser(alpha, c);
        Estimate t = EulerMaclaurin.sum(new RegularlyVaryingSummand(alpha, c, 1, -1), m + 1,
                "regularly varying tail");
        double v = t.value() / z.value();
        return SupportedRange.representable(new Estimate(v, t.error() / z.value() + Math.abs(v) * z.relativeError()
                + 2 * Math.ulp(v), t.method()), "tail(alpha, M, c)", "M", m);
    }

    /**
     * The unnormalised tail {@code sum_{k>M} k^-alpha (log k)^c}, M a whole number >= 1 (the summand of
     * a Zipf tail with the slowly varying factor (log k)^c, whose leading term is
     * {@code M^(1-alpha) (log M)^c/(alpha-1)}).
     */
    public static Estimate logTail(double alpha, double c, double m) {
        Domain.alpha(alpha);
        Domain.finite("c", c);
        Domain.atLeast("M", m, 1);
        Domain.integer("M", m);
        return EulerMaclaurin.sum(new LogPowerSummand(alpha, c), m + 1, "tail with a log factor");
    }

    /** {@code sum_k p_k exp(-D p_k)}, D >= 0. */
    public static Estimate expsum(double alpha, double c, double d) {
        Domain.alpha(alpha);
        SupportedRange.ALPHA.check(alpha);
        Domain.finite("c", c);
        SupportedRange.LOG_POWER.check(c);
        Domain.nonNegative("D", d);
        SupportedRange.checkSize("D", d);
        if (d == 0) {
            return new Estimate(1, 0, "exact (D = 0)");
        }
        Estimate z = normaliser(alpha, c);
        Estimate s = EulerMaclaurin.sum(new RegularlyVaryingSummand(alpha, c, z.value(), d), 1,
                "regularly varying expsum");
        return SupportedRange.representable(new Estimate(s.value(), s.error() + 4 * Math.abs(s.value())
                * z.relativeError(), s.method()), "expsum(alpha, D, c)", "D", d);
    }
}
