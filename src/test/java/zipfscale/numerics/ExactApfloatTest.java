package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/** The text conversions give exactly what Apfloat's own (slow) constructors and power give: value and precision. */
class ExactApfloatTest {
    @Test
    void integer_and_decimal_equalApfloatsConstructors() {
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < 2000; i++) {
            BigInteger n = new BigInteger(1 + r.nextInt(400), new java.util.Random(r.nextLong()));
            n = r.nextBoolean() ? n.negate() : n;
            long p = 1 + r.nextInt(120);
            Apfloat slow = new Apfloat(n, p);
            Apfloat fast = ExactApfloat.integer(n, p);
            assertEquals(slow, fast, n + " at " + p);
            assertEquals(slow.precision(), fast.precision(), n + " at " + p);
            BigDecimal d = new BigDecimal(n, r.nextInt(401) - 200);
            Apfloat slowD = new Apfloat(d, p);
            Apfloat fastD = ExactApfloat.decimal(d, p);
            assertEquals(slowD, fastD, d + " at " + p);
            assertEquals(slowD.precision(), fastD.precision(), d + " at " + p);
        }
    }

    @Test
    void tenToThe_equalsApfloatsPower() {
        for (long p = 1; p <= 80; p += 7) {
            for (long k = -150; k <= 150; k += 13) {
                Apfloat slow = ApfloatMath.pow(new Apfloat(10, p), k);
                Apfloat fast = ExactApfloat.tenToThe(k, p);
                assertEquals(slow, fast, "10^" + k + " at " + p);
                assertEquals(slow.precision(), fast.precision(), "10^" + k + " at " + p);
            }
        }
    }
}
