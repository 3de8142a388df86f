package zipfscale.check;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.numerics.ExactApfloat;

/**
 * A value with an absolute error bound, {@code |value - exact| <= error}, as the ratio witness carries it
 * for each side of an asymptotic claim ({@link BoundedEvaluation}). Both are {@link Apfloat}s so that a
 * difference far below double precision (a claim whose sides cancel to a lower order) keeps its digits.
 *
 * @param value the computed value
 * @param error a bound on the absolute error, never negative
 */
record Bounded(Apfloat value, Apfloat error) {
    Bounded {
        if (value == null || error == null || error.signum() < 0) {
            throw new ArithmeticException("invalid bounded value");
        }
    }

    static Bounded of(double value, double error, long precision) {
        return new Bounded(ExactApfloat.decimal(new BigDecimal(value), precision), ExactApfloat.decimal(new BigDecimal(error), 20));
    }

    /** {@code error / |value|} in double: infinite when the value is 0 and the error is not, or too large. */
    double relativeError() {
        if (error.signum() == 0) {
            return 0;
        }
        if (value.signum() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double r = error.divide(ApfloatMath.abs(value).precision(20)).doubleValue();
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }
}
