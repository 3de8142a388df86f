package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * The exp-kernel summand's shortcuts where {@code exp(-u)} underflows (a large amplitude: the head and the
 * jet at the cut-off vanish in double): the same numbers as the general recurrences, and an error bound
 * that still covers the true head (Apfloat at 40 digits, where the terms are about e^-800 and below).
 */
class ZipfKernelSummandTest {
    private static final double Z2 = 1.6449340668482264; // zeta(2), within an ulp (DLMF 25.6.1)

    @Test
    void jetAt_withAnUnderflowingKernel_isTheGeneralJet() {
        // u(16) = 1e9 (Z^-1/2) / 16 ~ 5e7: every coefficient of the jet is exp(-5e7) times a polynomial
        ZipfKernelSummand f = new ZipfKernelSummand(2, 0.5, 1e9, Z2, NamedKernel.EXP);
        Jet fast = f.jetAt(16, 17);
        Jet general = f.at(Jet.variable(16, 17));
        for (int k = 0; k <= 17; k++) {
            assertEquals(0.0, Math.abs(fast.coefficient(k)), "coefficient " + k);
            assertEquals(0.0, Math.abs(general.coefficient(k)), "general coefficient " + k);
        }
    }

    @Test
    void jetAt_withAVisibleKernel_isUnchanged() {
        // u(16) ~ 1.4e5 * 16^-3 ~ 35: exp(-35) = 6e-16, well inside the double range; the closed-form power
        // jets against the O(n^2) general recurrence, 1e-12 relative (17 orders of a few roundings each)
        ZipfKernelSummand f = new ZipfKernelSummand(1.5, 2, 1e6, 2.612375348685488, NamedKernel.EXP);
        Jet fast = f.jetAt(16, 17);
        Jet general = f.at(Jet.variable(16, 17));
        Tolerance tol = Tolerance.relative(1e-12);
        assertTrue(fast.value() > 0);
        for (int k = 0; k <= 17; k++) {
            assertTrue(tol.accepts(fast.coefficient(k), general.coefficient(k)),
                    k + ": " + tol.describe(fast.coefficient(k), general.coefficient(k)));
        }
    }

    @Test
    void addHead_withAnUnderflowingKernel_boundsTheVanishedTerms() {
        ZipfKernelSummand f = new ZipfKernelSummand(2, 0.5, 1e9, Z2, NamedKernel.EXP);
        double[] acc = new double[3];
        f.addHead(1, 16, acc);
        assertEquals(0.0, acc[0]);
        // the true head sum_{k<16} p_k exp(-1e9 Z^-1/2 k^-1) in Apfloat: below the reported extra bound
        Apfloat z = new Apfloat(new BigDecimal(Z2), 40);
        Apfloat amp = new Apfloat(1e9, 40).divide(ApfloatMath.sqrt(z));
        Apfloat head = new Apfloat(0, 40);
        for (int k = 1; k < 16; k++) {
            Apfloat kk = new Apfloat(k, 40);
            head = head.add(ApfloatMath.exp(amp.divide(kk).negate()).divide(kk.multiply(kk).multiply(z)));
        }
        assertTrue(head.compareTo(new Apfloat(new BigDecimal(acc[2]), 40)) <= 0, "true head " + head + " above " + acc[2]);
        assertTrue(acc[2] > 0);
    }
}
