package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;

/**
 * Taylor jets against derivatives known in closed form; tolerance 1e-13 relative (a few roundings per
 * recurrence step, 8 orders).
 */
class JetTest {
    private static final Tolerance TOL = Tolerance.relative(1e-13);

    @Test
    void pow_hasBinomialCoefficients() {
        // (x0+h)^p = sum C(p,k) x0^(p-k) h^k
        double x0 = 3.7;
        double p = -2.4;
        Jet j = Jet.variable(x0, 8).pow(p);
        double c = 1;
        for (int k = 0; k <= 8; k++) {
            double expected = c * Math.pow(x0, p - k);
            assertTrue(TOL.accepts(j.coefficient(k), expected), k + ": " + TOL.describe(j.coefficient(k), expected));
            c *= (p - k) / (k + 1);
        }
    }

    @Test
    void power_isThePowJetInLinearTime() {
        // the closed-form jet of x^a against the O(n^2) recurrence of pow, 17 orders (Euler-Maclaurin's)
        for (double a : new double[] {-2.4, -0.5, 1.5, -12}) { // no subnormal coefficient at 1e9
            for (double x0 : new double[] {1, 16, 1e9}) {
                Jet fast = Jet.power(x0, a, 17);
                Jet slow = Jet.variable(x0, 17).pow(a);
                for (int k = 0; k <= 17; k++) {
                    assertTrue(TOL.accepts(fast.coefficient(k), slow.coefficient(k)),
                            a + " at " + x0 + ", " + k + ": " + TOL.describe(fast.coefficient(k), slow.coefficient(k)));
                }
            }
        }
    }

    @Test
    void expOfLog1p_isOnePlusX() {
        Jet x = Jet.variable(0.3, 6);
        Jet back = x.log1p().exp();
        assertTrue(TOL.accepts(back.value(), 1.3));
        assertTrue(TOL.accepts(back.coefficient(1), 1.0));
        for (int k = 2; k <= 6; k++) {
            assertTrue(Math.abs(back.coefficient(k)) < 1e-14, "k=" + k + ": " + back.coefficient(k));
        }
        assertTrue(!TOL.accepts(back.coefficient(1), 1.0 + 1e-10));
    }

    @Test
    void apJet_agreesWithJet() {
        Jet j = Jet.variable(2.5, 7).pow(-1.5).times(-0.7).exp();
        ApJet a = ApJet.variable(new Apfloat("2.5", 40), 7, 40).pow(new Apfloat("-1.5", 40))
                .times(new Apfloat("-0.7", 40)).exp();
        for (int k = 0; k <= 7; k++) {
            assertTrue(TOL.accepts(j.coefficient(k), a.coefficient(k).doubleValue()), "k=" + k);
        }
    }
}
