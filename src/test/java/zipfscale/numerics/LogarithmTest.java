package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * The logarithm facade against {@code ApfloatMath.log} at 120 digits (another algorithm) on 40-digit
 * arguments from 1e-400 to 1e400 and next to 1: the value within 1e-38 relative (40 digits: one unit in
 * the last place, and the reference's error, below 1e-88 next to 1), and the magnitude bound never below
 * |ln x| and at most 1e-15 relative plus 1e-17 above it.
 */
class LogarithmTest {
    @Test
    void of_andMagnitudeUpperBound_againstApfloat() {
        SplittableRandom r = new SplittableRandom(31);
        for (int i = 0; i < 400; i++) {
            String text = i % 4 == 0
                    ? (r.nextBoolean() ? "1." : "0.9") + "0".repeat(r.nextInt(30)) + (1 + r.nextInt(9)) + r.nextInt(1000)
                    : (1 + r.nextInt(9)) + "." + Math.abs(r.nextLong()) + Math.abs(r.nextLong()) + "e" + (r.nextInt(801) - 400);
            Apfloat x = new Apfloat(text, 40);
            Apfloat ref = ApfloatMath.log(x.precision(120));
            Apfloat ours = Logarithm.of(x);
            if (ref.signum() != 0) {
                Apfloat rel = ApfloatMath.abs(ours.precision(120).subtract(ref)).divide(ApfloatMath.abs(ref));
                assertTrue(rel.compareTo(new Apfloat("1e-38")) <= 0, "ln " + x + ": " + ours + " vs " + ref);
            }
            Apfloat bound = Logarithm.magnitudeUpperBound(x);
            Apfloat abs = ApfloatMath.abs(ref);
            assertTrue(bound.compareTo(abs) >= 0, "bound " + bound + " below |ln " + x + "| = " + abs);
            Apfloat slack = abs.multiply(new Apfloat("1e-15", 20)).add(new Apfloat("1e-17", 20));
            assertTrue(bound.subtract(abs).compareTo(slack) <= 0, "bound " + bound + " far above " + abs);
        }
    }
}
