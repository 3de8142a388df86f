package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/**
 * The signs interval arithmetic reads off Gamma between its poles and Zeta below 1 (the harmonic-sum rule
 * needs them for Gamma(1 - s) and Zeta(-1/2)): each enclosure's sign against values computed independently
 * (Commons Math's Gamma; Zeta by the functional equation, DLMF 25.4.1, from Zeta(1 - s) > 1), and boxes that
 * reach a pole or a zero get no sign.
 */
class IntervalSpecialSignsTest {

    private static Interval enclose(String f, double lo, double hi, boolean loOpen, boolean hiOpen) {
        return new IntervalEvaluator(Map.of("y", new Interval(lo, hi, loOpen, hiOpen)))
                .enclose(Expr.call(f, Expr.sym("y")));
    }

    /** Zeta(s) for s < 0 by the functional equation: 2 (2 pi)^(s-1) sin(pi s/2) Gamma(1 - s) Zeta(1 - s). */
    private static double zetaNegative(double s) {
        return 2 * Math.pow(2 * Math.PI, s - 1) * Math.sin(Math.PI * s / 2) * Gamma.gamma(1 - s) * Zeta.riemann(1 - s).value();
    }

    @Test
    void gamma_hasTheSignOfItsGap() {
        for (int n = 0; n < 5; n++) {
            Interval g = enclose("Gamma", -n - 0.99, -n - 0.01, false, false);
            boolean negative = n % 2 == 0;
            assertTrue(negative ? g.negative() : g.positive(), "gap " + n + ": " + g);
            for (int i = 1; i < 50; i++) {
                double x = -n - i / 50.0;
                assertTrue(negative == (Gamma.gamma(x) < 0), "Commons Gamma at " + x);
            }
        }
        // (-1, 0) open at 0: Gamma(1 - s) for s in (1, 3/2)
        assertTrue(enclose("Gamma", -0.5, 0, false, true).negative());
        // a box that reaches a pole, or straddles one, has no sign
        assertFalse(enclose("Gamma", -1, -0.5, false, false).negative());
        assertFalse(enclose("Gamma", -1.5, -0.5, false, false).negative() || enclose("Gamma", -1.5, -0.5, false, false).positive());
        assertFalse(enclose("Gamma", -0.5, 0, false, false).negative(), "0 itself is a pole");
    }

    @Test
    void zeta_isNegativeBetweenMinusTwoAndOne() {
        // DLMF 25.6.1: Zeta(0) = -1/2; Zeta(-1) = -1/12 (25.6.3 with B_2 = 1/6); the functional equation elsewhere
        assertTrue(zetaNegative(-1) < 0 && Math.abs(zetaNegative(-1) + 1.0 / 12) < 1e-14);
        for (double s : new double[] {-1.9, -1.5, -0.5, -0.1}) {
            assertTrue(zetaNegative(s) < 0, "Zeta(" + s + ")");
        }
        assertTrue(enclose("Zeta", -1.9, 0.9, false, false).negative());
        assertTrue(enclose("Zeta", 0, 1, false, true).negative(), "up to the pole, open there");
        // Zeta(-2) = 0 and the pole at 1: boxes that reach them have no sign
        assertFalse(enclose("Zeta", -2, 0, false, false).negative());
        assertFalse(enclose("Zeta", 0, 1, false, false).negative());
        assertTrue(zetaNegative(-2.5) > 0, "beyond -2 the sign changes (Zeta(-2.5) > 0): the rule must stop at -2");
    }
}
