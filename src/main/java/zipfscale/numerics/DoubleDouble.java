package zipfscale.numerics;

import java.math.BigDecimal;

/**
 * A double-double number {@code hi + lo} (|lo| <= ulp(hi)/2, 106-bit significand), with the algorithms
 * and relative error bounds of Joldes, Muller and Popescu, "Tight and rigorous error bounds for basic
 * building blocks of double-word arithmetic", ACM TOMS 44 (2017): with {@code u = 2^-53},
 * <ul>
 * <li>{@link #add(DoubleDouble)}: Algorithm 6 (AccurateDWPlusDW), {@code 3u^2 + 13u^3};</li>
 * <li>{@link #add(double)}: Algorithm 4 (DWPlusFP), {@code 2u^2};</li>
 * <li>{@link #mul(DoubleDouble)}: Algorithm 12 (DWTimesDW3, FMA), {@code 5u^2};</li>
 * <li>{@link #mul(double)}: Algorithm 9 (DWTimesFP3, FMA), {@code 2u^2};</li>
 * <li>{@link #div(DoubleDouble)}: Algorithm 17 (DWDivDW2), {@code 15u^2 + 56u^3};</li>
 * <li>{@link #div(double)}: Algorithm 15 (DWDivFP3), {@code 3u^2}.</li>
 * </ul>
 * The constants below round these up. They hold without underflow and overflow; {@link DDBall} adds an
 * absolute {@code 2^-1000} per operation for the first and refuses non-finite results.
 */
record DoubleDouble(double hi, double lo) {
    static final double U2 = 0x1p-106;
    static final double EPS_ADD = 3.001 * U2;
    static final double EPS_ADD_D = 2.001 * U2;
    static final double EPS_MUL = 5.001 * U2;
    static final double EPS_MUL_D = 2.001 * U2;
    static final double EPS_DIV = 15.001 * U2;
    static final double EPS_DIV_D = 3.001 * U2;

    static final DoubleDouble ZERO = new DoubleDouble(0, 0);
    static final DoubleDouble ONE = new DoubleDouble(1, 0);

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0);
    }

    /** The exact sum of two doubles (TwoSum). */
    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double ap = s - b;
        double bp = s - ap;
        return new DoubleDouble(s, (a - ap) + (b - bp));
    }

    /** The exact product of two doubles (TwoProd with FMA). */
    static DoubleDouble twoProd(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    /** Nearest double-double to a decimal (hi correctly rounded, lo the rounded remainder). */
    static DoubleDouble of(BigDecimal v) {
        double h = v.doubleValue();
        double l = v.subtract(new BigDecimal(h)).doubleValue();
        double s = h + l;
        return new DoubleDouble(s, l - (s - h));
    }

    /** The exact value as a BigDecimal. */
    BigDecimal exact() {
        return new BigDecimal(hi).add(new BigDecimal(lo));
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble scalb(int e) {
        return new DoubleDouble(Math.scalb(hi, e), Math.scalb(lo, e));
    }

    DoubleDouble add(double y) {
        double sh = hi + y;
        double t = sh - y;
        double sl = (hi - t) + (y - (sh - t));
        double v = lo + sl;
        double zh = sh + v;
        return new DoubleDouble(zh, v - (zh - sh));
    }

    DoubleDouble add(DoubleDouble y) {
        double sh = hi + y.hi;
        double a1 = sh - y.hi;
        double sl = (hi - a1) + (y.hi - (sh - a1));
        double th = lo + y.lo;
        double a2 = th - y.lo;
        double tl = (lo - a2) + (y.lo - (th - a2));
        double c = sl + th;
        double vh = sh + c;
        double vl = c - (vh - sh);
        double w = tl + vl;
        double zh = vh + w;
        return new DoubleDouble(zh, w - (zh - vh));
    }

    DoubleDouble subtract(DoubleDouble y) {
        return add(y.negate());
    }

    DoubleDouble mul(double y) {
        double ch = hi * y;
        double cl1 = Math.fma(hi, y, -ch);
        double cl3 = Math.fma(lo, y, cl1);
        double zh = ch + cl3;
        return new DoubleDouble(zh, cl3 - (zh - ch));
    }

    DoubleDouble mul(DoubleDouble y) {
        double ch = hi * y.hi;
        double cl1 = Math.fma(hi, y.hi, -ch);
        double tl0 = lo * y.lo;
        double tl1 = Math.fma(hi, y.lo, tl0);
        double cl2 = Math.fma(lo, y.hi, tl1);
        double cl3 = cl1 + cl2;
        double zh = ch + cl3;
        return new DoubleDouble(zh, cl3 - (zh - ch));
    }

    DoubleDouble div(double y) {
        double th = hi / y;
        double ph = th * y;
        double pl = Math.fma(th, y, -ph);
        double dh = hi - ph;
        double dt = dh - pl;
        double d = dt + lo;
        double tl = d / y;
        double zh = th + tl;
        return new DoubleDouble(zh, tl - (zh - th));
    }

    DoubleDouble div(DoubleDouble y) {
        double th = hi / y.hi;
        DoubleDouble r = y.mul(th);
        double ph = hi - r.hi;
        double dl = lo - r.lo;
        double d = ph + dl;
        double tl = d / y.hi;
        double zh = th + tl;
        return new DoubleDouble(zh, tl - (zh - th));
    }

    /** {@code |hi + lo|} rounded up to a double (|lo| <= ulp(hi) so one ulp more covers it). */
    double magnitudeUp() {
        double a = Math.abs(hi);
        return a + Math.ulp(a);
    }
}
