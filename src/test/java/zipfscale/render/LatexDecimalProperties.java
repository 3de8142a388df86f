package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the evidence tables read back as what they claim to be: {@code LatexDecimal.format(v, d)}
 * parsed back ({@code m} or {@code m \times 10^{e}}) is within half a unit in the d-th digit of v, i.e.
 * relative error at most 5e-d (the definition of rounding to d significant digits). Values span about
 * 1e-3600 to 1e3600 with both signs (mostly 1e-40 to 1e52), so both the plain and the scientific form are reached (checked).
 */
class LatexDecimalProperties {
    private static final long SEED = 20261123L;
    private static final Pattern SCIENTIFIC = Pattern.compile("(-?[0-9.]+) \\\\times 10\\^\\{(-?\\d+)\\}");

    @Test
    void formattedValue_isTheValueRoundedToTheGivenDigits() {
        AtomicInteger plain = new AtomicInteger();
        AtomicInteger scientific = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L),
                        integers().between(-40, 40).map(s -> Math.abs(s) > 30 ? s * 90 : s), integers().between(1, 24))
                .checkAssert((unscaled, scale, digits) -> {
                    BigDecimal v = BigDecimal.valueOf(unscaled, scale);
                    String text = LatexDecimal.format(v.toString(), digits);
                    Matcher m = SCIENTIFIC.matcher(text);
                    BigDecimal back;
                    if (m.matches()) {
                        scientific.incrementAndGet();
                        back = new BigDecimal(m.group(1)).scaleByPowerOfTen(Integer.parseInt(m.group(2)));
                        BigDecimal mantissa = new BigDecimal(m.group(1)).abs();
                        assertTrue(mantissa.compareTo(BigDecimal.ONE) >= 0 && mantissa.compareTo(BigDecimal.TEN) < 0,
                                text);
                    } else {
                        plain.incrementAndGet();
                        back = new BigDecimal(text);
                    }
                    if (v.signum() == 0) {
                        assertEquals(0, back.signum(), text);
                        return;
                    }
                    BigDecimal rel = back.subtract(v).abs().divide(v.abs(), MathContext.DECIMAL64);
                    assertTrue(rel.compareTo(new BigDecimal("5e-" + digits)) <= 0, v + " -> " + text + " (" + rel + ")");
                    assertTrue(back.stripTrailingZeros().precision() <= digits, text + " has at most " + digits + " significant digits");
                });
        assertTrue(plain.get() > 50 && scientific.get() > 50, "both forms reached: plain " + plain + ", scientific "
                + scientific);
    }

    @Test
    void refutedSides_getDigitsUntilTheyDiffer() {
        assertEquals(10, LatexDecimal.distinguishing("0.5", "0.25", 10, 24));
        assertEquals(10, LatexDecimal.distinguishing("1", "0.999999999", 10, 24));
        assertEquals(12, LatexDecimal.distinguishing("1.00000000001", "1.00000000002", 10, 24));
        assertEquals(24, LatexDecimal.distinguishing("2", "2", 10, 24));
        assertEquals("\\text{Infinity}", LatexDecimal.format("Infinity", 10));
    }

    @Test
    void anExponentBeyondBigDecimalsRange_isStillPrintedAsAPowerOfTen() {
        // x^x at x = 1e9 is 10^(9e9) (log10 of it: 9e9, beyond an int scale): seen as \text{9.90...e8565705513}
        assertEquals("9.904626579 \\times 10^{8565705513}", LatexDecimal.format("9.9046265792229937e8565705513", 10));
        assertEquals("-1 \\times 10^{-12345678901}", LatexDecimal.format("-1.0E-12345678901", 10));
        // a mantissa that rounds up to 10 moves the exponent by one
        assertEquals("1 \\times 10^{8565705514}", LatexDecimal.format("9.99999e8565705513", 3));
    }

    @Test
    void aLongMantissa_mayBreakAfterEveryFifthDigit_andReadsBackUnchanged() {
        String v = "9.27301853180107354459513E+85";
        String plain = LatexDecimal.format(v, 24);
        String broken = LatexDecimal.breakable(v, 24);
        assertEquals("9.27301\\allowbreak{}85318\\allowbreak{}01073\\allowbreak{}54459\\allowbreak{}513 \\times 10^{85}", broken);
        assertEquals(plain, broken.replace("\\allowbreak{}", ""));
        assertEquals(LatexDecimal.format("0.25", 10), LatexDecimal.breakable("0.25", 10), "short values unchanged");
    }
}
