package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The integral from n to infinity of a summand written in t = log x (the integrand {@code inLog(t)} already
 * carries the Jacobian e^t): Gauss-Kronrod over doubling panels from log n until the integrand has fallen
 * below 1e-18 of its peak, plus an exponential-tail estimate beyond the last panel, counted twice in the
 * error. Shared by the summands whose weights carry a slowly varying factor.
 */
final class LogSpaceIntegral {
    private LogSpaceIntegral() {
    }

    static Estimate from(DoubleUnaryOperator inLog, double n) {
        double t0 = Math.log(n);
        List<Double> pts = new ArrayList<>();
        pts.add(t0);
        double peak = Math.abs(inLog.applyAsDouble(t0));
        double step = 1;
        double t = t0;
        while (true) {
            t += step;
            step *= 2;
            pts.add(t);
            double v = Math.abs(inLog.applyAsDouble(t));
            peak = Math.max(peak, v);
            if ((v < 1e-18 * peak && t > t0 + 8) || t > 1e6) {
                break;
            }
        }
        double[] bp = pts.stream().mapToDouble(Double::doubleValue).toArray();
        Estimate body = GaussKronrod.integrate(inLog, bp, 1e-15, 1e-300, 4000);
        double ft = inLog.applyAsDouble(t);
        double lambda = Math.log(ft / inLog.applyAsDouble(t + 1));
        double tail = ft > 0 && lambda > 0 ? ft / lambda : 0;
        return new Estimate(body.value() + tail, body.error() + 2 * Math.abs(tail) + 1e-300, body.method());
    }
}
