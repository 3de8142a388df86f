package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;

/**
 * A ball {@code [mid - rad, mid + rad]} with a {@link DoubleDouble} midpoint and a double radius: the
 * arithmetic of the fast 30-digit path. Every operation returns a ball that contains the exact result
 * of the operation on any points of its operand balls: the radius grows by the propagated radii and by
 * the rounding bound of {@link DoubleDouble} times the magnitude of the result, plus {@code 2^-1000}
 * for underflow of the low word; radius arithmetic is done in double and rounded up by {@link #up}.
 * A non-finite midpoint or radius throws {@link ArithmeticException} (callers then fall back to Apfloat).
 */
final class DDBall {
    static final double TINY = 0x1p-1000;
    static final DDBall ZERO = new DDBall(DoubleDouble.ZERO, 0);
    static final DDBall ONE = new DDBall(DoubleDouble.ONE, 0);

    final DoubleDouble mid;
    final double rad;

    DDBall(DoubleDouble mid, double rad) {
        if (!Double.isFinite(mid.hi()) || !Double.isFinite(mid.lo()) || !(rad >= 0) || Double.isInfinite(rad)) {
            throw new ArithmeticException("double-double out of range");
        }
        this.mid = mid;
        this.rad = rad;
    }

    static DDBall exact(double x) {
        return new DDBall(DoubleDouble.of(x), 0);
    }

    static DDBall of(DoubleDouble x, double rad) {
        return new DDBall(x, rad);
    }

    /** The ball around the nearest double-double to a decimal, its radius the exact representation error. */
    static DDBall of(BigDecimal v) {
        DoubleDouble d = DoubleDouble.of(v);
        BigDecimal err = v.subtract(d.exact()).abs();
        return new DDBall(d, err.signum() == 0 ? 0 : up(err.round(new MathContext(5, RoundingMode.UP)).doubleValue()));
    }

    static DDBall of(Apfloat v) {
        return of(new BigDecimal(v.toString(true)));
    }

    /** A double rounded up past any rounding of a handful of double operations on non-negative terms. */
    static double up(double x) {
        return x * (1 + 0x1p-46) + Double.MIN_VALUE;
    }

    double hi() {
        return mid.hi();
    }

    /** An upper bound of {@code |x|} over the ball. */
    double magUp() {
        return up(mid.magnitudeUp() + rad);
    }

    /** A lower bound of {@code |x|} over the ball (0 if the ball holds 0). */
    double magDown() {
        double a = Math.abs(mid.hi()) - Math.ulp(mid.hi()) - rad;
        return a > 0 ? a * (1 - 0x1p-46) : 0;
    }

    boolean isPositive() {
        return mid.hi() > 0 && magDown() > 0;
    }

    DDBall negate() {
        return new DDBall(mid.negate(), rad);
    }

    /** True for a ball that is one double (no low word, no radius): the cheaper, tighter operations apply. */
    boolean isDouble() {
        return rad == 0 && mid.lo() == 0;
    }

    /**
     * Sum in AccurateDWPlusDW (Algorithm 6) with TwoSum in place of its FastTwoSums and the two inexact
     * additions' errors computed exactly (TwoSum): the exact sum of the midpoints is the result plus
     * those two errors, whose magnitudes (rounded up) join the radius.
     */
    DDBall add(DDBall y) {
        if (isDouble() && y.isDouble()) {
            return new DDBall(DoubleDouble.twoSum(mid.hi(), y.mid.hi()), 0);
        }
        double xh = mid.hi();
        double xl = mid.lo();
        double yh = y.mid.hi();
        double yl = y.mid.lo();
        double sh = xh + yh;
        double a1 = sh - yh;
        double sl = (xh - a1) + (yh - (sh - a1));
        double th = xl + yl;
        double a2 = th - yl;
        double tl = (xl - a2) + (yl - (th - a2));
        double c = sl + th;
        double a3 = c - th;
        double ec = (sl - a3) + (th - (c - a3));
        double vh = sh + c;
        double a4 = vh - c;
        double vl = (sh - a4) + (c - (vh - a4));
        double w = tl + vl;
        double a5 = w - vl;
        double ew = (tl - a5) + (vl - (w - a5));
        double zh = vh + w;
        double a6 = zh - w;
        double zl = (vh - a6) + (w - (zh - a6));
        double zh2 = zh + zl;
        double zl2 = zl - (zh2 - zh);
        return new DDBall(new DoubleDouble(zh2, zl2), up(rad + y.rad + Math.abs(ec) + Math.abs(ew) + TINY));
    }

    /** Sum with a double: DWPlusFP (Algorithm 4) with TwoSum, its one inexact addition's error computed exactly. */
    DDBall add(double y) {
        double xh = mid.hi();
        double xl = mid.lo();
        if (xl == 0 && rad == 0) {
            return new DDBall(DoubleDouble.twoSum(xh, y), 0);
        }
        double sh = xh + y;
        double a1 = sh - y;
        double sl = (xh - a1) + (y - (sh - a1));
        double v = xl + sl;
        double a2 = v - sl;
        double ev = (xl - a2) + (sl - (v - a2));
        double zh = sh + v;
        double a3 = zh - v;
        double zl = (sh - a3) + (v - (zh - a3));
        return new DDBall(new DoubleDouble(zh, zl), up(rad + Math.abs(ev) + TINY));
    }

    DDBall subtract(DDBall y) {
        return add(y.negate());
    }

    /**
     * Product in DWTimesDW3 (Algorithm 12) with its rounding bounded a posteriori: each of the three inexact
     * products/FMAs errs by at most {@code 2^-53} of its result, the final addition's error is computed
     * exactly (TwoSum), and the last FastTwoSum is a TwoSum (exact).
     */
    DDBall mul(DDBall y) {
        if (isDouble() && y.isDouble()) {
            return new DDBall(DoubleDouble.twoProd(mid.hi(), y.mid.hi()), 0);
        }
        double xh = mid.hi();
        double xl = mid.lo();
        double yh = y.mid.hi();
        double yl = y.mid.lo();
        double ch = xh * yh;
        double cl1 = Math.fma(xh, yh, -ch);
        double tl0 = xl * yl;
        double tl1 = Math.fma(xh, yl, tl0);
        double cl2 = Math.fma(xl, yh, tl1);
        double cl3 = cl1 + cl2;
        double a = cl3 - cl2;
        double e3 = (cl1 - a) + (cl2 - (cl3 - a));
        DoubleDouble m = DoubleDouble.twoSum(ch, cl3);
        double r = Math.abs(xh) * (1 + 0x1p-52) * y.rad + Math.abs(yh) * (1 + 0x1p-52) * rad + rad * y.rad;
        double rounding = 0x1p-53 * (Math.abs(tl0) + Math.abs(tl1) + Math.abs(cl2)) + Math.abs(e3);
        return new DDBall(m, up(r + rounding + TINY));
    }

    DDBall mul(double y) {
        return mul(exact(y));
    }

    /**
     * Quotient by DWDivDW2 (Algorithm 17), its rounding bounded a posteriori by the residual: the ball of
     * {@code x - q y} (in this arithmetic) contains the exact residual, and {@code |x/y - q| = |x - q y|/|y|}.
     */
    DDBall div(DDBall y) {
        if (y.isDouble()) {
            return div(y.mid.hi());
        }
        double low = y.magDown();
        if (low <= 0) {
            throw new ArithmeticException("division by a ball containing 0");
        }
        DoubleDouble m = mid.div(y.mid);
        DDBall q = new DDBall(m, 0);
        DDBall residual = new DDBall(mid, 0).subtract(q.mul(new DDBall(y.mid, 0)));
        double rounding = up(residual.magUp() / low);
        double mm = m.magnitudeUp() + rounding;
        double prop = y.rad == 0 && rad == 0 ? 0 : up((rad + mm * y.rad) / low);
        return new DDBall(m, up(prop + rounding + TINY));
    }

    /** Quotient by DWDivFP3 (Algorithm 15), its rounding bounded by the residual as in {@link #div(DDBall)}. */
    DDBall div(double y) {
        if (y == 0) {
            throw new ArithmeticException("division by 0");
        }
        DoubleDouble m = mid.div(y);
        double ay = Math.abs(y);
        DDBall residual = new DDBall(mid, 0).subtract(new DDBall(m, 0).mul(exact(y)));
        double rounding = up(residual.magUp() / ay);
        return new DDBall(m, up(rad / ay * (1 + 0x1p-50) + rounding + TINY));
    }

    /** Exact scaling by 2^e (the radius too); TINY covers a low word pushed below the normal range. */
    DDBall scalb(int e) {
        return new DDBall(mid.scalb(e), up(Math.scalb(rad, e) + TINY));
    }

    DDBall widen(double extra) {
        return new DDBall(mid, up(rad + extra));
    }

    /** The midpoint as an Apfloat of the given precision and the radius plus that rounding, rounded up. */
    PreciseEstimate estimate(int digits, String method) {
        long prec = PreciseDigits.working(digits);
        BigDecimal exact = mid.exact();
        BigDecimal shown = exact.round(new MathContext((int) prec, RoundingMode.HALF_EVEN));
        BigDecimal err = new BigDecimal(rad).add(shown.subtract(exact).abs()).round(new MathContext(6, RoundingMode.UP));
        return new PreciseEstimate(new Apfloat(shown, prec), new Apfloat(err, 6), digits, method);
    }

    /** True when the radius is at most {@code 10^-digits} of the smallest magnitude in the ball. */
    boolean reaches(int digits) {
        return rad <= magDown() * Math.pow(10, -digits) * (1 - 1e-9);
    }

    @Override
    public String toString() {
        return mid.exact().round(MathContext.DECIMAL128) + " +- " + rad;
    }
}
