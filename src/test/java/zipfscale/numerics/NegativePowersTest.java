package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * {@link NegativePowers} against Apfloat's {@code exp(-s log k)} at 40 digits: every {@code k^-s} of the
 * table is within the stated relative bound, for random s in [-100, 100] (the supported range).
 */
class NegativePowersTest {

    @Test
    void everyPower_isWithinItsBound() {
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            double s = i == 0 ? 100 : i == 1 ? -100 : -100 + 200 * r.nextDouble();
            int n = 2 + r.nextInt(100);
            double[] p = NegativePowers.upTo(s, n);
            double bound = NegativePowers.relativeError(s, n);
            Apfloat ms = new Apfloat(new BigDecimal(-s), 40);
            for (int k = 1; k <= n; k++) {
                Apfloat exact = ApfloatMath.exp(ms.multiply(ApfloatMath.log(new Apfloat(k, 40))));
                BigDecimal e = new BigDecimal(exact.toString(true));
                double rel = new BigDecimal(p[k]).subtract(e).abs().doubleValue() / e.doubleValue();
                assertTrue(rel <= bound, k + "^-" + s + ": relative error " + rel + " above " + bound);
            }
        }
    }

    @Test
    void logTable_isMathLog() {
        for (int k = 1; k < 200; k++) {
            assertTrue(NegativePowers.log(k) == Math.log(k), "log " + k);
        }
    }
}
