package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * A real number known to lie in [mid - rad, mid + rad]: ball arithmetic (Arb's model, van der Hoeven 2009)
 * over Apfloat. The midpoint carries the working precision; the radius is a 20-digit upper bound, inflated
 * at every step so that its own rounding never makes it too small. Each operation's radius adds the
 * propagated radii and the rounding error of the midpoint, taken as {@code 10^-(p-3)} of the operands'
 * magnitude: Apfloat's operations are accurate to the precision with the last digit or two unsure, so
 * three digits are kept in reserve.
 */
public record Ball(Apfloat mid, Apfloat rad) {
    static final long RADIUS_DIGITS = 20;
    /** 1 + 1e-15: applied to every radius computed in 20-digit arithmetic, so it is an upper bound. */
    private static final Apfloat INFLATE = new Apfloat("1.000000000000001", RADIUS_DIGITS);

    public Ball {
        if (rad.signum() < 0) {
            throw new IllegalArgumentException("negative radius");
        }
    }

    /** An exact value (radius 0). */
    static Ball exact(Apfloat v) {
        return new Ball(v, Apfloat.ZERO);
    }

    /** The smallest magnitude of a point of the ball (0 when the ball holds 0). */
    Apfloat lowerMagnitude() {
        Apfloat m = ApfloatMath.abs(mid).precision(RADIUS_DIGITS).subtract(rad);
        return m.signum() > 0 ? m : Apfloat.ZERO;
    }

    /** Whether every point of the ball is nonzero (the ball excludes 0). */
    boolean excludesZero() {
        return ApfloatMath.abs(mid).compareTo(rad) > 0;
    }

    /** The radius {@code r} made a safe upper bound: rounded to 20 digits and inflated. */
    static Apfloat up(Apfloat r) {
        if (r.signum() == 0) {
            return Apfloat.ZERO;
        }
        return ApfloatMath.abs(r).precision(RADIUS_DIGITS).multiply(INFLATE);
    }

    /** The rounding error of a p-digit result of magnitude at most {@code size}: 10^-(p-3) of it. */
    static Apfloat rounding(Apfloat size, long digits) {
        if (size.signum() == 0) {
            return Apfloat.ZERO;
        }
        return up(ApfloatMath.abs(size).precision(RADIUS_DIGITS)
                .multiply(ExactApfloat.tenToThe(-(digits - 3), RADIUS_DIGITS)));
    }
}
