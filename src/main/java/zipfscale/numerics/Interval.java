package zipfscale.numerics;

/**
 * An interval of reals known to contain a quantity: {@code lo <= x <= hi}, with {@code lo < x} when
 * {@code loOpen} and {@code x < hi} when {@code hiOpen} (an open end is only ever claimed where it is
 * true: a strict assumption, a bound that outward rounding moved, or a strict sign clamped at 0). Operations round outwards (every bound moves by
 * one ulp), so that a sign read off it is a proof. Open ends keep strict signs through products and sums
 * that underflow ({@code x > 1} gives {@code x - 1 > 0}; {@code -a b c < 0} for positive a, b, c).
 */
public record Interval(double lo, double hi, boolean loOpen, boolean hiOpen) {

    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
            loOpen = false;
            hiOpen = false;
        }
    }

    public Interval(double lo, double hi) {
        this(lo, hi, false, false);
    }

    /** The interval above {@code lo}, open or closed there. */
    public static Interval above(double lo, boolean open) {
        return new Interval(lo, Double.POSITIVE_INFINITY, open, false);
    }

    public static Interval point(double v) {
        return new Interval(Math.nextDown(v), Math.nextUp(v));
    }

    public static Interval exact(double v) {
        return new Interval(v, v);
    }

    public boolean positive() {
        return lo > 0 || (lo == 0 && loOpen);
    }

    public boolean nonNegative() {
        return lo >= 0;
    }

    public boolean negative() {
        return hi < 0 || (hi == 0 && hiOpen);
    }

    public boolean nonPositive() {
        return hi <= 0;
    }

    public Interval plus(Interval o) {
        return new Interval(sumDown(lo, o.lo), sumUp(hi, o.hi), loOpen || o.loOpen, hiOpen || o.hiOpen);
    }

    /** {@code a + b} rounded down: unchanged when the floating-point sum is exact (TwoSum error 0). */
    private static double sumDown(double a, double b) {
        double s = a + b;
        return exactSum(a, b, s) ? s : down(s);
    }

    private static double sumUp(double a, double b) {
        double s = a + b;
        return exactSum(a, b, s) ? s : up(s);
    }

    private static boolean exactSum(double a, double b, double s) {
        if (Double.isInfinite(s) || Double.isNaN(s)) {
            return true;
        }
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err == 0;
    }

    public Interval negate() {
        return new Interval(-hi, -lo, hiOpen, loOpen);
    }

    public Interval times(Interval o) {
        double[] xs = {lo, lo, hi, hi};
        double[] ys = {o.lo, o.hi, o.lo, o.hi};
        double l = Double.POSITIVE_INFINITY;
        double h = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double p = mul(xs[i], ys[i]);
            boolean exact = xs[i] == 0 || ys[i] == 0 || Double.isInfinite(p) || Math.fma(xs[i], ys[i], -p) == 0;
            l = Math.min(l, exact ? p : down(p));
            h = Math.max(h, exact ? p : up(p));
        }
        boolean strictlyPositive = (positive() && o.positive()) || (negative() && o.negative());
        boolean strictlyNegative = (positive() && o.negative()) || (negative() && o.positive());
        // an open end is claimed only where it is true: a strictly positive product clamped at 0
        if (strictlyPositive && l <= 0) {
            return new Interval(0, h, true, false);
        }
        if (strictlyNegative && h >= 0) {
            return new Interval(l, 0, false, true);
        }
        return new Interval(l, h);
    }

    /** {@code 1/x}, or null when the interval contains 0. */
    public Interval reciprocal() {
        if (positive()) {
            return new Interval(Math.max(0, inverseDown(hi)), lo == 0 ? Double.POSITIVE_INFINITY : inverseUp(lo), true,
                    false);
        }
        if (negative()) {
            return new Interval(hi == 0 ? Double.NEGATIVE_INFINITY : inverseDown(hi), Math.min(0, inverseUp(lo)), false,
                    true);
        }
        return null;
    }

    /** {@code 1/v} rounded down: unchanged when the quotient is exact ({@code v * (1/v) - 1 == 0} by fma). */
    private static double inverseDown(double v) {
        double r = 1 / v;
        return Double.isInfinite(v) || Math.fma(r, v, -1) == 0 ? r : down(r);
    }

    private static double inverseUp(double v) {
        double r = 1 / v;
        return Double.isInfinite(v) || Math.fma(r, v, -1) == 0 ? r : up(r);
    }

    private static double mul(double a, double b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a * b;
    }

    public static double down(double v) {
        return Double.isInfinite(v) ? v : Math.nextDown(v);
    }

    public static double up(double v) {
        return Double.isInfinite(v) ? v : Math.nextUp(v);
    }

    /** {@code f} increasing on the interval. */
    public Interval increasing(java.util.function.DoubleUnaryOperator f) {
        return new Interval(down(f.applyAsDouble(lo)), up(f.applyAsDouble(hi)));
    }
}
