package zipfscale.numerics;

import zipfscale.diag.DomainException;

/**
 * The accepted range of requested significant digits for the high-precision mode: up to 80, the digits of
 * the references of the honesty sweep ({@code bench/honesty_sweep --reference-digits 80}, issue 17, tested at
 * 80 digits in {@code HurwitzZetaTest}); the command line ({@code eval --digits}) offers 1 to 60.
 */
final class PreciseDigits {
    static final int MIN = 1;
    static final int MAX = 80;

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
