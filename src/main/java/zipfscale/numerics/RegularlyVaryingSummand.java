package zipfscale.numerics;

/**
 * Summands for regularly varying weights {@code w(x) = x^-alpha (log(x+1))^c} (Remark 2.1):
 * {@code f = w} (normaliser and tail) or {@code f = p exp(-D p)}, {@code p = w / Z_c} (the expsum, eq.
 * (14)). No closed form for the integral: adaptive Gauss–Kronrod in {@code t = log x}, the integrand
 * written without forming x ({@code log(x+1) = t + log1p(e^-t)}) so that t may go past 709; panels
 * [t_N, t_N+1], [t_N+1, t_N+2], [.., +4], ... doubling until the integrand is below 1e-18 of its
 * peak, and the rest {@code int_T^inf F ~ F(T)/lambda}, {@code lambda = -(log F)'(T)} by a difference
 * quotient, with its whole size added to the error.
 */
final class RegularlyVaryingSummand implements Summand {
    private final double alpha;
    private final double c;
    private final double norm;
    private final double d;

    /** {@code d < 0} means the plain weight w (no normalisation, no exp factor). */
    RegularlyVaryingSummand(double alpha, double c, double norm, double d) {
        this.alpha = alpha;
        this.c = c;
        this.norm = norm;
        this.d = d;
    }

    private double apply(double w) {
        if (d < 0) {
            return w;
        }
        double p = w / norm;
        return p * Math.exp(-d * p);
    }

    @Override
    public double at(double k) {
        return apply(Math.pow(k, -alpha) * Math.pow(Math.log1p(k), c));
    }

    @Override
    public Jet at(Jet x) {
        Jet w = x.pow(-alpha).times(x.log1p().pow(c));
        if (d < 0) {
            return w;
        }
        Jet p = w.times(1 / norm);
        return p.times(p.times(-d).exp());
    }

    /** The integrand in t = log x: {@code e^t f(e^t)}, in log space (neither e^t nor w is formed). */
    private double inLog(double t) {
        double logTerm = t + Math.log1p(Math.exp(-t));
        double logW = -alpha * t + c * Math.log(logTerm);
        if (d < 0) {
            return Math.exp(t + logW);
        }
        double p = Math.exp(logW) / norm;
        return Math.exp(t + logW - Math.log(norm)) * Math.exp(-d * p);
    }

    @Override
    public Estimate integralFrom(double n) {
        return LogSpaceIntegral.from(this::inLog, n);
    }
}
