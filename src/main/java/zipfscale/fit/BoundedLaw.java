package zipfscale.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@link ExpressionLaw} fitted under {@link Bound}s: the optimiser moves an unconstrained {@code u} and
 * the law sees {@code p = lo + exp(u)} (lower bound only), {@code p = hi - exp(u)} (upper only) or
 * {@code p = lo + (hi - lo)/(1 + exp(-u))} (both); unbounded parameters are as they are.
 *
 * <p>Implementation note: a transform, not a penalty or a projected step, because Commons Math's
 * Levenberg-Marquardt optimiser has no bounds; the exponential transform also puts a scale such as
 * {@code C_mid ~ 1e20} on a log scale, where the optimiser's steps are of the right size.
 */
public record BoundedLaw(ExpressionLaw base, List<Bound> bounds) implements LossLaw {

    public BoundedLaw {
        bounds = List.copyOf(bounds);
    }

    private Bound boundOf(int k) {
        String name = base.parameters().get(k);
        for (Bound b : bounds) {
            if (b.parameter().equals(name)) {
                return b;
            }
        }
        return null;
    }

    /** The law's parameters at the optimiser's {@code u}. */
    double[] toParameters(double[] u) {
        double[] p = u.clone();
        for (int k = 0; k < u.length; k++) {
            Bound b = boundOf(k);
            if (b == null) {
                continue;
            }
            if (Double.isInfinite(b.upper())) {
                p[k] = b.lower() + Math.exp(u[k]);
            } else if (Double.isInfinite(b.lower())) {
                p[k] = b.upper() - Math.exp(u[k]);
            } else {
                p[k] = b.lower() + (b.upper() - b.lower()) / (1 + Math.exp(-u[k]));
            }
        }
        return p;
    }

    /** {@code dp/du} at {@code u}. */
    private double[] slopes(double[] u) {
        double[] s = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            Bound b = boundOf(k);
            if (b == null) {
                s[k] = 1;
            } else if (Double.isInfinite(b.upper())) {
                s[k] = Math.exp(u[k]);
            } else if (Double.isInfinite(b.lower())) {
                s[k] = -Math.exp(u[k]);
            } else {
                double e = Math.exp(-u[k]);
                s[k] = (b.upper() - b.lower()) * e / ((1 + e) * (1 + e));
            }
        }
        return s;
    }

    /** The optimiser's {@code u} for a parameter point, moved strictly inside the bounds first. */
    double[] toInternal(double[] p) {
        double[] u = p.clone();
        for (int k = 0; k < p.length; k++) {
            Bound b = boundOf(k);
            if (b == null) {
                continue;
            }
            double width = Double.isInfinite(b.upper()) || Double.isInfinite(b.lower()) ? Math.max(1, Math.abs(p[k]))
                    : b.upper() - b.lower();
            double v = p[k];
            if (!b.contains(v)) {
                v = Double.isInfinite(b.upper()) ? b.lower() + 0.1 * width
                        : Double.isInfinite(b.lower()) ? b.upper() - 0.1 * width : b.lower() + 0.5 * width;
            }
            if (Double.isInfinite(b.upper())) {
                u[k] = Math.log(v - b.lower());
            } else if (Double.isInfinite(b.lower())) {
                u[k] = Math.log(b.upper() - v);
            } else {
                double f = (v - b.lower()) / (b.upper() - b.lower());
                u[k] = Math.log(f / (1 - f));
            }
        }
        return u;
    }

    @Override
    public String text() {
        return base.text();
    }

    @Override
    public List<String> variables() {
        return base.variables();
    }

    @Override
    public List<String> parameters() {
        return base.parameters();
    }

    @Override
    public Map<String, String> exponents() {
        return base.exponents();
    }

    @Override
    public double value(double[] x, double[] u) {
        return base.value(x, toParameters(u));
    }

    @Override
    public double[] gradient(double[] x, double[] u) {
        double[] g = base.gradient(x, toParameters(u));
        double[] s = slopes(u);
        for (int k = 0; k < g.length; k++) {
            g[k] *= s[k];
        }
        return g;
    }

    @Override
    public double logValue(double[] x, double[] u) {
        return base.logValue(x, toParameters(u));
    }

    @Override
    public double[] logGradient(double[] x, double[] u) {
        double[] g = base.logGradient(x, toParameters(u));
        double[] s = slopes(u);
        for (int k = 0; k < g.length; k++) {
            g[k] *= s[k];
        }
        return g;
    }

    @Override
    public List<double[]> startingPoints(LossData data) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : base.startingPoints(data)) {
            out.add(toInternal(p));
        }
        return out;
    }

    @Override
    public double[] reported(double[] u) {
        return toParameters(u);
    }
}
