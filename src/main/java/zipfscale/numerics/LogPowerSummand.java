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
        double t0 = Math.log(n);
        java.util.List<Double> pts = new java.util.ArrayList<>();
        pts.add(t0);
        double peak = Math.abs(inLog(t0));
        double step = 1;
        double t = t0;
        while (true) {
            t += step;
            step *= 2;
            pts.add(t);
            double v = Math.abs(inLog(t));
            peak = Math.max(peak, v);
            if ((v < 1e-18 * peak && t > t0 + 8) || t > 1e6) {
                break;
            }
        }
        double[] bp = pts.stream().mapToDouble(Double::doubleValue).toArray();
        Estimate body = GaussKronrod.integrate(this::inLog, bp, 1e-15, 1e-300, 4000);
        double ft = inLog(t);
        double lambda = Math.log(inLog(t) / inLog(t + 1));
        double tail = ft > 0 && lambda > 0 ? ft / lambda : 0;
        return new Estimate(body.value() + tail, body.error() + 2 * Math.abs(tail) + 1e-300, body.method());
    }
}
