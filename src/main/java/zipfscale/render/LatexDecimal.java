package zipfscale.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The numbers of a numeric witness (decimal strings such as {@code 0.1336541581914570782},
 * {@code 6.454E+2453}) in LaTeX math: rounded to a number of significant digits, plain between 1e-4 and
 * 1e6, else {@code m \times 10^{e}}. Text that is not a decimal ({@code Infinity}, {@code ?}) is printed as
 * escaped text.
 */
final class LatexDecimal {
    private static final BigDecimal SMALL = new BigDecimal("1e-4");
    private static final BigDecimal LARGE = new BigDecimal("1e6");

    private LatexDecimal() {
    }

    /** {@code value} rounded to {@code significant} digits, as LaTeX math (without the dollars). */
    static String format(String value, int significant) {
        BigDecimal v = parse(value);
        if (v == null) {
            java.util.regex.Matcher m = HUGE_EXPONENT.matcher(value.trim());
            if (m.matches()) {
                // 9.90e8565705513: an exponent beyond BigDecimal's int scale (x^x at x = 1e9)
                BigDecimal mantissa = new BigDecimal(m.group(1)).round(new MathContext(significant, RoundingMode.HALF_EVEN));
                if (mantissa.signum() == 0) {
                    return "0";
                }
                int shift = mantissa.precision() - mantissa.scale() - 1;   // normalise to [1, 10)
                java.math.BigInteger e = new java.math.BigInteger(m.group(2)).add(java.math.BigInteger.valueOf(shift));
                return mantissa.movePointLeft(shift).stripTrailingZeros().toPlainString() + " \\times 10^{" + e + "}";
            }
            return "\\text{" + LatexText.escape(value) + "}";
        }
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal r = v.round(new MathContext(significant, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        BigDecimal abs = r.abs();
        if (abs.compareTo(SMALL) >= 0 && abs.compareTo(LARGE) < 0) {
            return r.toPlainString();
        }
        int exponent = r.precision() - r.scale() - 1;
        BigDecimal mantissa = r.movePointLeft(exponent);
        return mantissa.toPlainString() + " \\times 10^{" + exponent + "}";
    }

    private static final java.util.regex.Pattern HUGE_EXPONENT =
            java.util.regex.Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]*)?)[eE]([+-]?[0-9]{10,})");

    /**
     * {@link #format} with a permitted line break after every fifth digit of a long mantissa, for a table
     * cell of fixed width (a refutation's witness shows up to 24 digits of each side).
     */
    static String breakable(String value, int significant) {
        String f = format(value, significant);
        int dot = f.indexOf('.');
        if (dot < 0) {
            return f;
        }
        int end = dot + 1;
        while (end < f.length() && Character.isDigit(f.charAt(end))) {
            end++;
        }
        if (end - dot - 1 <= 10) {
            return f;
        }
        StringBuilder b = new StringBuilder(f.substring(0, dot + 1));
        for (int i = dot + 1; i < end; i++) {
            if (i > dot + 1 && (i - dot - 1) % 5 == 0) {
                b.append("\\allowbreak{}");
            }
            b.append(f.charAt(i));
        }
        return b.append(f.substring(end)).toString();
    }

    /**
     * The fewest significant digits, from {@code min} to {@code max}, at which {@code a} and {@code b}
     * print differently ({@code max} when they never do): a refutation's two sides are shown with enough
     * digits to see that they differ.
     */
    static int distinguishing(String a, String b, int min, int max) {
        for (int d = min; d < max; d++) {
            if (!format(a, d).equals(format(b, d))) {
                return d;
            }
        }
        return max;
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
