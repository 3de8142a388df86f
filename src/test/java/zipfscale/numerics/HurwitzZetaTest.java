package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our high-precision Hurwitz zeta (Euler–Maclaurin in Apfloat) against Apfloat's own
 * {@code ApfloatMath.zeta(s, a)}, a different algorithm; 1e-28 relative at 30 digits (both carry guard
 * digits), and the double version against the same to 1e-14 (its bound is about 7e-15).
 */
class HurwitzZetaTest {
    private static final Tolerance PRECISE = Tolerance.relative(1e-28);
    private static final Tolerance DOUBLE = Tolerance.relative(1e-14);

    @ParameterizedTest
    @CsvSource({"1.05, 1", "1.5, 1001", "2.75, 3.25", "4.403, 3600000000001", "1.2, 0.5"})
    void eulerMaclaurin_agreesWithApfloatZeta(String s, String a) {
        Apfloat sp = new Apfloat(new BigDecimal(s), 50);
        Apfloat ap = new Apfloat(new BigDecimal(a), 50);
        PreciseEstimate ours = HurwitzZeta.value(sp, ap, 30);
        Apfloat theirs = HurwitzZeta.apfloatZeta(sp, ap, 30);
        BigDecimal o = new BigDecimal(ours.value().toString(true));
        BigDecimal t = new BigDecimal(theirs.toString(true));
        assertTrue(PRECISE.accepts(o, t), o + " vs " + t);
        // the double mode computes for the binary value of its inputs (4.403 is not a double): compare there
        double sd = Double.parseDouble(s);
        double ad = Double.parseDouble(a);
        double atDouble = HurwitzZeta.apfloatZeta(new Apfloat(new BigDecimal(sd), 50), new Apfloat(new BigDecimal(ad), 50), 30)
                .doubleValue();
        Estimate d = HurwitzZeta.value(sd, ad);
        assertTrue(DOUBLE.accepts(d.value(), atDouble), DOUBLE.describe(d.value(), atDouble));
        assertTrue(Math.abs(d.value() - atDouble) <= d.error(), "bound " + d.error());
    }

    /**
     * Above 40 digits the Euler–Maclaurin part starts further out ({@link HurwitzZeta#preciseMinX}), so that
     * its 40 Bernoulli terms still reach the precision: at 50, 60 and 80 digits (PreciseDigits.MAX, the
     * references of the honesty sweep) the value is ours (no fall-back
     * to {@code ApfloatMath.zeta}, which took 1.3 s a call at 60 digits), within its reported bound of
     * Apfloat's own value (a different algorithm, with 10 guard digits), and the bound is below 10^-digits
     * of the value. s = 1.0066 is the nearest to the pole that the corpus met at 60 digits.
     */
    @ParameterizedTest
    @CsvSource({"1.00662087741678618613150320015847682952880859375, 1, 60", "1.8989341709168139349, 1, 60",
            "2.75, 3.25, 60", "1.5, 1001, 50", "1.00662087741678618613150320015847682952880859375, 1, 80",
            "2.75, 3.25, 80", "1.5, 1001, 80"})
    void eulerMaclaurin_reachesHighPrecisions(String s, String a, int digits) {
        Apfloat sp = new Apfloat(new BigDecimal(s), digits + 20);
        Apfloat ap = new Apfloat(new BigDecimal(a), digits + 20);
        assertNotNull(PreciseFunctions.eulerMaclaurinZeta(sp, ap, digits), "Euler-Maclaurin met its precision");
        PreciseEstimate ours = HurwitzZeta.value(sp, ap, digits);
        Apfloat theirs = HurwitzZeta.apfloatZeta(sp, ap, digits);
        Apfloat gap = org.apfloat.ApfloatMath.abs(ours.value().subtract(theirs));
        Apfloat allowed = ours.error().add(org.apfloat.ApfloatMath.abs(theirs)
                .multiply(new Apfloat("1e-" + (digits + 5), digits + 20)));
        assertTrue(gap.compareTo(allowed) <= 0, gap + " above " + allowed);
        assertTrue(ours.error().compareTo(org.apfloat.ApfloatMath.abs(ours.value())
                .multiply(new Apfloat("1e-" + digits, digits + 20))) < 0, "bound " + ours.error());
    }
}
