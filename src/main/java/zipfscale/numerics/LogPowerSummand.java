package zipfscale.numerics;

/**
 * The summand {@code f(x) = x^-alpha (log x)^c} of a Zipf tail with a slowly varying factor (for x > 1).
 * The integral {@code int_N^inf f} by adaptive Gauss-Kronrod in {@code t = log x}, where the integrand is
 * {@code e^((1-alpha) t) t^c}, on panels [t_N, t_N+1], [t_N+1, t_N+2], [.., +4], ... doubling until the
 * integrand is below 1e-18 of its peak, and the rest {@code F(T)/lambda} with
 * {@code lambda = -(log F)'(T)} from a difference quotient, its whole size added to the error (the scheme
 * of {@link RegularlyVaryingSummand}, which has log(x+1) instead).
 */
final class LogPowerSummand implements Summand {
    private final double alpha;
    private final double c;

    LogPowerSummand(double alpha, double c) {
        this.alpha = alpha;
        this.c = c;
    }

    @Override
    public double at(double k) {
        return Math.pow(k, -alpha) * Math.pow(Math.log(k), c);
    }

    @Override
    public Jet at(Jet x) {
        return x.pow(-alpha).times(x.log().pow(c));
    }

    private double inLog(double t) {
        return Math.exp((1 - alpha) * t + c * Math.log(t));
    }

    @Override
    public Estimate integralFrom(double n) {
        return LogSpaceIntegral.from(this::inLog, n);
    }
}
