package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * {@link ZipfKernelSummand} in high precision. The integral from N is
 * {@code (1/(alpha beta)) Z^(-1/alpha) A^(-s) int_0^{u_N} u^(s-1) g(u) du}: for g = exp(-u) the lower
 * incomplete gamma ({@link PreciseIncompleteGamma}), otherwise tanh-sinh quadrature
 * ({@link PreciseMellinQuadrature}).
 */
final class PreciseZipfKernelSummand implements PreciseSummand {
    private final Apfloat alpha;
    private final Apfloat beta;
    private final Apfloat amp;
    private final Apfloat z;
    private final Kernel g;
    private final int digits;
    private final long prec;

    PreciseZipfKernelSummand(Apfloat alpha, Apfloat beta, Apfloat amp, Apfloat z, Kernel g, int digits) {
        this.prec = PreciseDigits.working(digits);
        this.alpha = alpha.precision(prec);
        this.beta = beta.precision(prec);
        this.amp = amp.precision(prec);
        this.z = z.precision(prec);
        this.g = g;
        this.digits = digits;
    }

    private Apfloat p(Apfloat k) {
        return Elementary.pow(k, alpha.negate()).divide(z);
    }

    @Override
    public Apfloat at(long k) {
        Apfloat p = p(new Apfloat(k, prec));
        return p.multiply(g.value(amp.multiply(Elementary.pow(p, beta)), prec));
    }

    @Override
    public ApJet at(ApJet x) {
        ApJet p = x.pow(alpha.negate()).times(new Apfloat(1, prec).divide(z));
        return g.value(p.pow(beta).times(amp)).times(p);
    }

    /** {@code pi^2 N/(alpha beta) >= (digits + 5) ln 10}, see {@link Summand#minimumCutoff()}. */
    @Override
    public long minimumCutoff(int digits) {
        return (long) Math.ceil((digits + 5) * Math.log(10) / (Math.PI * Math.PI) * g.growthOrder() * alpha.multiply(beta).doubleValue());
    }

    @Override
    public Apfloat[] integralFrom(long n) {
        Apfloat one = new Apfloat(1, prec);
        Apfloat s = alpha.subtract(one).divide(alpha.multiply(beta));
        Apfloat un = amp.multiply(Elementary.pow(p(new Apfloat(n, prec)), beta));
        Apfloat value;
        Apfloat err;
        if (g == NamedKernel.EXP) {
            value = PreciseIncompleteGamma.lower(s, un, prec);
            err = ApfloatMath.abs(value).multiply(ExactApfloat.tenToThe(-(prec - 4), prec));
        } else {
            PreciseEstimate m = PreciseMellinQuadrature.integrate(g, s, un, digits);
            value = m.value();
            err = m.error();
        }
        Apfloat pref = Elementary.pow(z, one.negate().divide(alpha)).divide(alpha.multiply(beta))
                .multiply(Elementary.pow(amp, s.negate()));
        return new Apfloat[] {pref.multiply(value), pref.multiply(err)};
    }
}
