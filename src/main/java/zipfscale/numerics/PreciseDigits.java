package zipfscale.numerics;

import zipfscale.diag.DomainException;

/** The accepted range of requested significant digits for the high-precision mode. */
final class PreciseDigits {
    static final int MIN = 1;
    static final int MAX = 60;

    private PreciseDigits() {
    }

    static void check(int digits) {
        if (digits < MIN || digits > MAX) {
            throw new DomainException("digits", digits, "{" + MIN + ", ..., " + MAX + "}", null);
        }
    }

    /**
     * The exact value of a double as an Apfloat. Implementation note: {@code new Apfloat(double, prec)}
     * converts through a double-precision radix conversion and is NOT exact (0.875 became
     * 0.87499999999999984 in Apfloat 1.12.0); BigDecimal's double constructor is exact.
     */
    static org.apfloat.Apfloat exact(double v, long precision) {
        return ExactApfloat.decimal(new java.math.BigDecimal(v), precision);
    }

    /** Working precision: the requested digits plus guard digits. */
    static long working(int digits) {
        return digits + 10L;
    }
}
