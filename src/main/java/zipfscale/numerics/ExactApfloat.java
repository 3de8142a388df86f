package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apfloat.Apfloat;

/**
 * Exact integers, decimals and powers of ten as {@link Apfloat}s, through Apfloat's decimal text parser.
 *
 * <p>Implementation note: {@code new Apfloat(BigInteger, precision)} converts through a generic radix
 * conversion that costs about 0.2-0.7 ms even for small integers (measured with Apfloat 1.12.0 at 40
 * digits), and {@code ExactApfloat.tenToThe(-k, p)} about 10 us; the decimal text of the same
 * number costs 1-3 us and gives the identical value and precision (the constructor truncates to
 * {@code precision} digits either way; checked in {@code ExactApfloatTest} against the constructors).
 */
public final class ExactApfloat {
    private ExactApfloat() {
    }

    /** {@code n} with {@code precision} digits: the same value and precision as {@code new Apfloat(n, precision)}. */
    public static Apfloat integer(BigInteger n, long precision) {
        return new Apfloat(n.toString(), precision);
    }

    /** {@code v} with {@code precision} digits: the same value and precision as {@code new Apfloat(v, precision)}. */
    public static Apfloat decimal(BigDecimal v, long precision) {
        return new Apfloat(v.unscaledValue().toString() + "e" + (-(long) v.scale()), precision);
    }

    /** {@code 10^k} exactly, with {@code precision} digits (equal to {@code ExactApfloat.tenToThe(k, precision)}). */
    public static Apfloat tenToThe(long k, long precision) {
        return new Apfloat("1e" + k, precision);
    }
}
