package zipfscale.numerics;

import java.util.Arrays;

/**
 * A truncated Taylor series {@code c[0] + c[1] h + ... + c[n] h^n} of a function at a point, in double:
 * forward-mode automatic differentiation of any order. {@code c[k] = f^(k)(x0) / k!}.
 *
 * <p>Euler–Maclaurin needs the odd derivatives of the summand at the cut-off rank; composing jets
 * (power, exp, log1p, reciprocal) gives them exactly up to rounding, with no finite differences.
 * Kernels written against this class get their derivatives for free; an adapter from a parsed
 * expression only needs to map +, *, /, ^, exp and log onto these methods.
 *
 * <p>Immutable. All operations cost O(n^2) for n coefficients.
 */
public final class Jet {
    private final double[] c;

    private Jet(double[] c) {
        this.c = c;
    }

    /** The variable itself at {@code x0}: {@code x0 + h}, with {@code order} derivatives. */
    public static Jet variable(double x0, int order) {
        double[] c = new double[order + 1];
        c[0] = x0;
        if (order >= 1) {
            c[1] = 1.0;
        }
        return new Jet(c);
    }

    /**
     * The jet of {@code x^a} at {@code x0 > 0} with {@code order} derivatives, in O(order) from the binomial
     * series: {@code c[k] = c[k-1] (a - k + 1)/(k x0)}, {@code c[0] = x0^a}. The same numbers as
     * {@code variable(x0, order).pow(a)} up to rounding, without its O(order^2) recurrence.
     */
    public static Jet power(double x0, double a, int order) {
        double[] c = new double[order + 1];
        c[0] = Math.pow(x0, a);
        double inv = 1 / x0;
        for (int k = 1; k <= order; k++) {
            c[k] = c[k - 1] * (a - k + 1) * inv / k;
        }
        return new Jet(c);
    }

    /** A jet from its Taylor coefficients {@code c[k] = f^(k)(x0)/k!} (copied). */
    public static Jet of(double... coefficients) {
        return new Jet(coefficients.clone());
    }

    /** A constant with {@code order} (zero) derivatives. */
    public static Jet constant(double v, int order) {
        double[] c = new double[order + 1];
        c[0] = v;
        return new Jet(c);
    }

    public int order() {
        return c.length - 1;
    }

    public double value() {
        return c[0];
    }

    /** The Taylor coefficient {@code f^(k)(x0)/k!}. */
    public double coefficient(int k) {
        return c[k];
    }

    public Jet plus(Jet o) {
        double[] r = new double[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = c[i] + o.c[i];
        }
        return new Jet(r);
    }

    public Jet plus(double v) {
        double[] r = c.clone();
        r[0] += v;
        return new Jet(r);
    }

    public Jet minus(Jet o) {
        return plus(o.times(-1.0));
    }

    public Jet times(double v) {
        double[] r = new double[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = c[i] * v;
        }
        return new Jet(r);
    }

    public Jet times(Jet o) {
        int n = c.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            if (c[i] == 0.0) {
                continue;
            }
            for (int j = 0; i + j < n; j++) {
                r[i + j] += c[i] * o.c[j];
            }
        }
        return new Jet(r);
    }

    private boolean allFinite() {
        for (double v : c) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code 1/f}; requires {@code f(x0) != 0}. */
    public Jet reciprocal() {
        int n = c.length;
        double[] r = new double[n];
        r[0] = 1.0 / c[0];
        for (int k = 1; k < n; k++) {
            double s = 0.0;
            for (int j = 1; j <= k; j++) {
                s += c[j] * r[k - j];
            }
            r[k] = -s * r[0];
        }
        return new Jet(r);
    }

    public Jet dividedBy(Jet o) {
        return times(o.reciprocal());
    }

    /** {@code exp(f)}: from {@code g' = f' g}. */
    public Jet exp() {
        int n = c.length;
        double[] r = new double[n];
        r[0] = Math.exp(c[0]);
        if (r[0] == 0 && allFinite()) {
            // every r[k] is a sum of multiples of r[0..k-1]: all zero (the loop would give the same zeros)
            return new Jet(r);
        }
        for (int k = 1; k < n; k++) {
            double s = 0.0;
            for (int j = 1; j <= k; j++) {
                s += j * c[j] * r[k - j];
            }
            r[k] = s / k;
        }
        return new Jet(r);
    }

    /**
     * {@code exp(f) - 1}: the derivatives of exp(f), the value by {@code Math.expm1} (accurate to an ulp where
     * exp(f) - 1 would cancel, f(x0) near 0).
     */
    public Jet expm1() {
        Jet e = exp();
        e.c[0] = Math.expm1(c[0]);
        return e;
    }

    /** {@code log(f)}; requires {@code f(x0) > 0}. */
    public Jet log() {
        return logOf(Math.log(c[0]), c);
    }

    /** {@code log(1 + f)}, accurate when {@code f(x0)} is tiny. */
    public Jet log1p() {
        double[] onePlus = c.clone();
        onePlus[0] += 1.0;
        return logOf(Math.log1p(c[0]), onePlus);
    }

    private static Jet logOf(double value, double[] a) {
        int n = a.length;
        double[] r = new double[n];
        r[0] = value;
        for (int k = 1; k < n; k++) {
            double s = k * a[k];
            for (int j = 1; j < k; j++) {
                s -= j * r[j] * a[k - j];
            }
            r[k] = s / (k * a[0]);
        }
        return new Jet(r);
    }

    /** {@code f^p} for real p; requires {@code f(x0) > 0}: from {@code f g' = p f' g}. */
    public Jet pow(double p) {
        int n = c.length;
        double[] r = new double[n];
        r[0] = Math.pow(c[0], p);
        for (int k = 1; k < n; k++) {
            double s = 0.0;
            for (int j = 1; j <= k; j++) {
                s += (p * j - (k - j)) * c[j] * r[k - j];
            }
            r[k] = s / (k * c[0]);
        }
        return new Jet(r);
    }

    @Override
    public String toString() {
        return "Jet" + Arrays.toString(c);
    }
}
