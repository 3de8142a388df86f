package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * {@link MellinClosedForm} against Apfloat at 40 digits (its own gamma, sin and pi): over random s the
 * reported bound covers the true error every time, and Commons Math's gamma stays ten times inside
 * {@link MellinClosedForm#GAMMA_RELATIVE}, the bound taken for it.
 */
class MellinClosedFormTest {
    private static final long P = 40;

    private static BigDecimal exact(Kernel g, double s) {
        Apfloat sp = new Apfloat(new BigDecimal(s), P);
        Apfloat pi = ApfloatMath.pi(P);
        Apfloat v;
        if (g == NamedKernel.EXP) {
            v = ApfloatMath.gamma(sp);
        } else if (g == NamedKernel.GAUSS) {
            v = ApfloatMath.gamma(sp.divide(new Apfloat(2, P))).divide(new Apfloat(2, P));
        } else if (g == NamedKernel.INV1PU) {
            v = pi.divide(ApfloatMath.sin(pi.multiply(sp)));
        } else {
            v = new Apfloat(1, P).subtract(sp).multiply(pi).divide(ApfloatMath.sin(pi.multiply(sp)));
        }
        return new BigDecimal(v.toString(true));
    }

    @Test
    void closedForms_areHonestAgainstApfloat() {
        Random r = new Random(28);
        Kernel[] kernels = {NamedKernel.EXP, NamedKernel.GAUSS, NamedKernel.INV1PU, NamedKernel.INV1PU2};
        double[] tops = {20, 20, 1, 2};
        double worstGamma = 0;
        for (int i = 0; i < 400; i++) {
            int which = i % 4;
            double s = which < 2 ? 0.001 + (tops[which] - 0.001) * r.nextDouble() : tops[which] * (0.001 + 0.998 * r.nextDouble());
            Kernel g = kernels[which];
            assertTrue(MellinClosedForm.knows(g, s));
            Estimate e = MellinClosedForm.of(g, s);
            BigDecimal truth = exact(g, s);
            double err = new BigDecimal(e.value()).subtract(truth).abs().doubleValue();
            assertTrue(err <= e.error(), g + " at s = " + s + ": error " + err + " above bound " + e.error());
            if (which < 2) {
                worstGamma = Math.max(worstGamma, err / Math.abs(truth.doubleValue()));
            }
        }
        assertTrue(worstGamma < MellinClosedForm.GAMMA_RELATIVE / 10, "Commons Math gamma off by " + worstGamma);
    }

    @Test
    void mellinTransform_usesTheClosedFormForNamedKernelsOnly() {
        assertEquals("closed form pi/sin(pi s)", MellinTransform.mellin(NamedKernel.INV1PU, 0.25).method());
        assertTrue(MellinTransform.mellin(new ExprKernel(zipfscale.cas.ExpressionReader.read("1/(1+u)", "t", 1, 1), "u"), 0.25)
                .method().startsWith("Mellin quadrature"));
    }

    @Test
    void sinPi_reducesWithoutLoss() {
        // sin(pi (1 - 1e-9)) = sin(pi 1e-9): the reduction keeps every digit where pi*s would lose 7
        double v = MellinClosedForm.sinPi(1 - 1e-9);
        double expected = Math.sin(Math.PI * new BigDecimal(1).subtract(new BigDecimal(1 - 1e-9)).doubleValue());
        assertTrue(Tolerance.relative(1e-15).accepts(v, expected), Tolerance.relative(1e-15).describe(v, expected));
    }
}
