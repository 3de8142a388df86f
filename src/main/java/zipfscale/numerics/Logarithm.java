package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The natural logarithm of an {@link Apfloat} for the packages above numerics: the value at the precision
 * of the argument, and a rounded-up bound of its magnitude for error bounds. Both go through
 * {@link Elementary#log} (binary fixed point up to 200 digits: about 10 us at 40 digits, where
 * {@code ApfloatMath.log} takes about 1-3 ms).
 */
public final class Logarithm {
    private static final long BOUND_DIGITS = 20;
    private static final Apfloat BOUND_INFLATE = new Apfloat("1.00000000000000001", BOUND_DIGITS);
    private static final Apfloat BOUND_FLOOR = new Apfloat("1e-18", BOUND_DIGITS);

    private Logarithm() {
    }

    /** {@code ln x} for {@code x > 0}, with the precision of {@code x}, within one unit in its last place. */
    public static Apfloat of(Apfloat x) {
        return Elementary.log(x);
    }

    /**
     * A 20-digit number at least {@code |ln x|} for {@code x > 0}: the logarithm of {@code x} cut to 20
     * digits (that cut moves the logarithm by less than 10^-19), within one unit of its 20th digit (at most
     * 10^-19 of it), raised by 10^-17 relative and 10^-18 absolute, which covers both.
     */
    public static Apfloat magnitudeUpperBound(Apfloat x) {
        Apfloat v = ApfloatMath.abs(Elementary.log(x.precision(BOUND_DIGITS)));
        return v.precision(BOUND_DIGITS).multiply(BOUND_INFLATE).add(BOUND_FLOOR);
    }
}
