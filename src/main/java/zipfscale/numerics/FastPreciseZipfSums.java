package zipfscale.numerics;

import java.util.Optional;
import java.util.function.Supplier;
import org.apfloat.Apfloat;

/**
 * The fast path of {@link PreciseZipfSums} for up to {@link #MAX_DIGITS} digits: the same sums in
 * {@link DDBall} arithmetic (double-double midpoints with rigorous radii). A result is returned only when
 * its radius is at most {@code 10^-digits} of its magnitude; otherwise (and when a double-double leaves
 * its range) the answer is empty and the caller computes in Apfloat. Arguments are already checked by
 * the caller.
 */
final class FastPreciseZipfSums {
    static final int MAX_DIGITS = 30;

    private FastPreciseZipfSums() {
    }

    /**
     * zeta(alpha) at the double-double nearest to alpha, widened by the representation error of alpha
     * times {@code |d log zeta/d alpha| = E[log k] <= 1/(alpha-1) + (alpha-1)/(e alpha)} (the sum of the
     * unimodal {@code log x x^-alpha} is at most its integral from 1 plus its maximum; {@code zeta(alpha) >= 1/(alpha-1)}).
     */
    static Optional<PreciseEstimate> zeta(Apfloat alpha, int digits) {
        return attempt(digits, "Euler-Maclaurin in double-double balls", () -> {
            DDBall a = DDBall.of(alpha);
            DDBall z = DDHurwitzZeta.value(DDBall.of(a.mid, 0), DDBall.ONE);
            double am1 = alpha.doubleValue() - 1;
            return withSensitivity(z, 1 / am1 + am1 / (Math.E * alpha.doubleValue()), a.rad);
        });
    }

    static Optional<PreciseEstimate> hurwitz(Apfloat s, Apfloat a, int digits) {
        return attempt(digits, "Euler-Maclaurin in double-double balls",
                () -> DDHurwitzZeta.value(DDBall.of(s), DDBall.of(a)));
    }

    /**
     * T = zeta(alpha, M+1)/zeta(alpha) at the double-double nearest to alpha, widened by the representation
     * error of alpha times {@code |d log T/d alpha| <= E_tail[log k] <= log(a) + 1/(alpha-1) + (alpha-1) log(a)/a}
     * with {@code a = M + 1 >= 3} (T is P(K > M) under Zipf(alpha); its log-derivative is
     * {@code E_all[log k] - E_tail[log k]}, between {@code -E_tail[log k]} and 0; the tail sum of the decreasing
     * {@code log x x^-alpha} is at most its first term plus the integral, the denominator at least the integral).
     * For M < 2 or an exact alpha, plain ball arithmetic.
     */
    static Optional<PreciseEstimate> tail(Apfloat alpha, Apfloat m, int digits) {
        return attempt(digits, "zeta(alpha, M+1)/zeta(alpha), Euler-Maclaurin in double-double balls", () -> {
            DDBall s = DDBall.of(alpha);
            DDBall mp1 = DDBall.of(m).add(1.0);
            if (s.rad == 0 || mp1.hi() < 3) {
                return DDHurwitzZeta.value(s, mp1).div(DDHurwitzZeta.value(s, DDBall.ONE));
            }
            DDBall point = DDBall.of(s.mid, 0);
            DDBall t = DDHurwitzZeta.value(point, mp1).div(DDHurwitzZeta.value(point, DDBall.ONE));
            double am1 = alpha.doubleValue() - 1;
            double la = Math.log(mp1.hi());
            return withSensitivity(t, la + 1 / am1 + am1 * la / mp1.hi(), s.rad);
        });
    }

    /**
     * Widens a value computed at the midpoint of a parameter by {@code |v| (e^(1.01 S r) - 1)}, S a bound of
     * {@code |d log v/d p|} near the point (1% margin for the change of S over the tiny radius r), r the
     * parameter's radius.
     */
    static DDBall withSensitivity(DDBall v, double logDerivativeBound, double radius) {
        if (radius == 0) {
            return v;
        }
        if (!(logDerivativeBound >= 0) || Double.isInfinite(logDerivativeBound)) {
            throw new ArithmeticException("no sensitivity bound");
        }
        return v.widen(v.magUp() * DDBall.up(Math.expm1(1.01 * logDerivativeBound * radius) * (1 + 0x1p-40)));
    }

    /**
     * Mellin transforms with a closed form: {@code int_0^inf u^(s-1) e^(-u^2) du = Gamma(s/2)/2} (u^2 = v
     * in DLMF 5.2.1) and {@code int_0^inf u^(s-1)/(1+u) du = pi/sin(pi s)}, 0 < s < 1 (DLMF 5.12.3 with
     * 5.5.3); other kernels: empty.
     */
    static Optional<PreciseEstimate> mellin(Kernel g, Apfloat s, int digits) {
        if (g == NamedKernel.GAUSS) {
            return attempt(digits, "Gamma(s/2)/2 (closed form) in double-double balls",
                    () -> DDGamma.gamma(DDBall.of(s).mul(0.5)).mul(0.5));
        }
        if (g == NamedKernel.INV1PU) {
            return attempt(digits, "pi/sin(pi s) (closed form) in double-double balls",
                    () -> DDGamma.PI.div(DDGamma.sinPi(DDBall.of(s))));
        }
        return Optional.empty();
    }

    /** {@code sum_k p_k exp(-A p_k^beta)} (expsum: beta = 1, A = D; dynsum: A = c tau), A > 0. */
    static Optional<PreciseEstimate> expKernel(Apfloat alpha, Apfloat beta, Apfloat amp, int digits) {
        long cutoff = (long) Math.ceil((digits + 5) * Math.log(10) / (Math.PI * Math.PI)
                * alpha.doubleValue() * beta.doubleValue());
        return attempt(digits, "head + incomplete gamma, Euler-Maclaurin in double-double balls",
                () -> DDExpKernelSum.sum(DDBall.of(alpha), DDBall.of(beta), DDBall.of(amp), cutoff));
    }

    /** The missing mass {@code sum_k p_k (1 - p_k)^D}, D > 0 ({@link DDMissingMass}). */
    static Optional<PreciseEstimate> missing(Apfloat alpha, Apfloat d, int digits) {
        return attempt(digits, "head + incomplete Beta series, Euler-Maclaurin in double-double balls",
                () -> DDMissingMass.sum(DDBall.of(alpha), DDBall.of(d)));
    }

    /**
     * {@code sum_{k=lo}^{hi} c k^-s = c (zeta(s, lo) - zeta(s, hi+1))} (hi null: infinity, then s > 1), lo >= 1,
     * s > 0, s != 1; c and s come from a {@code prec}-digit evaluation and get a relative radius
     * {@code 10^-(prec-1)}.
     */
    static Optional<PreciseEstimate> powerSum(Apfloat c, Apfloat s, Apfloat lo, Apfloat hi, int digits, long prec) {
        return attempt(digits, "c (zeta(s, lo) - zeta(s, hi+1)), Euler-Maclaurin in double-double balls", () -> {
            double slack = Math.pow(10, -(prec - 1));
            DDBall cb = DDBall.of(c);
            cb = cb.widen(cb.magUp() * slack);
            DDBall sb = DDBall.of(s);
            sb = sb.widen(sb.magUp() * slack);
            DDBall lob = DDBall.of(lo);
            if (lob.hi() < 1 || (hi == null && sb.hi() <= 1)) {
                throw new ArithmeticException("not a convergent power sum from k >= 1");
            }
            DDBall z = DDHurwitzZeta.value(sb, lob);
            if (hi != null) {
                DDBall hib = DDBall.of(hi);
                if (hib.hi() < lob.hi()) {
                    throw new ArithmeticException("empty sum");
                }
                z = z.subtract(DDHurwitzZeta.value(sb, hib.add(1.0)));
            }
            return cb.mul(z);
        });
    }

    /**
     * {@code sum_{k=lo}^{hi} c k^-s (log k)^L} ({@link DDPowerLogSum}; hi null: infinity), lo and hi whole
     * numbers up to 2^53; c and s come from a {@code prec}-digit evaluation and get a relative radius
     * {@code 10^-(prec-1)}, as in {@link #powerSum}.
     */
    static Optional<PreciseEstimate> powerLogSum(DDPowerLogForm form, java.math.BigInteger lo, java.math.BigInteger hi,
            int digits, long prec) {
        if (lo.bitLength() > 53 || (hi != null && hi.bitLength() > 53)) {
            return Optional.empty();
        }
        return attempt(digits, "c sum k^-s (log k)^L, head + Euler-Maclaurin in double-double balls", () -> {
            DDBall cb = ball(form.exactC(), form.c(), prec);
            DDBall sb = ball(form.exactS(), form.s(), prec);
            return cb.mul(DDPowerLogSum.sum(sb, form.logPower(), lo.doubleValue(),
                    hi == null ? Double.POSITIVE_INFINITY : hi.doubleValue()));
        });
    }

    /**
     * The ball of an exact rational (numerator and denominator below 2^53: one rigorous quotient), else of
     * its {@code prec}-digit value widened by {@code 10^-(prec-1)} relative.
     */
    private static DDBall ball(zipfscale.expr.Rational exact, Apfloat value, long prec) {
        if (exact != null && exact.numerator().bitLength() <= 53 && exact.denominator().bitLength() <= 53) {
            DDBall n = DDBall.exact(exact.numerator().doubleValue());
            return exact.denominator().equals(java.math.BigInteger.ONE) ? n : n.div(exact.denominator().doubleValue());
        }
        DDBall b = DDBall.of(value);
        return b.widen(b.magUp() * Math.pow(10, -(prec - 1)));
    }

    static Optional<PreciseEstimate> attempt(int digits, String method, Supplier<DDBall> f) {
        if (digits > MAX_DIGITS) {
            return Optional.empty();
        }
        try {
            DDBall r = f.get();
            return r.reaches(digits) ? Optional.of(r.estimate(digits, method)) : Optional.empty();
        } catch (ArithmeticException outside) {
            return Optional.empty();
        }
    }
}
