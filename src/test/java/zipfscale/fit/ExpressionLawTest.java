package zipfscale.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.diag.InputException;

class ExpressionLawTest {
    @Test
    void recognisedFormsKeepTheirDedicatedParametrisation() {
        assertEquals(new PowerLawWithFloor("D"), KnownLaws.read("E + A * x^(-a)", List.of("D", "loss"), "d.csv"));
        assertEquals(new PowerLawWithFloor("C"), KnownLaws.read("E+A*C^(-a)", List.of("C", "loss"), "d.csv"));
        assertInstanceOf(TwoTermPowerLaw.class, KnownLaws.read("E + A*N^(-alpha) + B*D^(-beta)",
                List.of("N", "D", "loss"), "d.csv"));
    }

    @Test
    void generalLawsFindTheirExponentsInEveryShape() {
        LossLaw a = KnownLaws.read("E + A/N^alpha + B*D^(-beta)", List.of("N", "D", "loss"), "d.csv");
        assertEquals(Map.of("alpha", "N", "beta", "D"), a.exponents());
        assertEquals(List.of("A", "B", "E", "alpha", "beta"), a.parameters());
        LossLaw k = KnownLaws.read("(Dc/D)^aD", List.of("D", "loss"), "d.csv");
        assertEquals(Map.of("aD", "D"), k.exponents());
        LossLaw x = KnownLaws.read("c + k*x^(-p)", List.of("tokens", "loss"), "d.csv");
        assertEquals(List.of("tokens"), x.variables());
        assertEquals(Map.of("p", "tokens"), x.exponents());
    }

    /** log(0.5 + 3 * 10^-0.4) at D = 10, p = 0.4 (by hand: 3 * 0.3981072 = 1.1943215, + 0.5, log = 0.5272824). */
    @Test
    void valueAndGradientComeFromTheDoubleEvaluator() {
        LossLaw l = KnownLaws.read("c0 + c1/D^p", List.of("D", "loss"), "d.csv");
        double[] theta = {0.5, 3, 0.4}; // parameters sorted: c0, c1, p
        assertEquals(0.5272824, l.logValue(new double[] {10}, theta), 1e-7);
        // d/dp log L = -ln(10) * 1.1943215/1.6943215 = -1.6230845 (central differences, step 1e-6: error ~1e-12)
        assertEquals(-1.6230845, l.logGradient(new double[] {10}, theta)[2], 1e-6);
        assertTrue(Double.isNaN(l.logValue(new double[] {10}, new double[] {-5, 1, 0.4})), "log of a negative loss");
    }

    /** Issue 19: a law needs no power term (a reward curve d (a - b d)); its scales are found for the start grid. */
    @Test
    void lawsWithoutAnExponentAreReadAndScalesAreFound() {
        LossLaw e = KnownLaws.read("E + A*Exp(-k*D)", List.of("D", "loss"), "d");
        assertEquals(List.of("A", "E", "k"), e.parameters());
        assertEquals(Map.of(), e.exponents());
        ExpressionLaw r = KnownLaws.general("R0 + (A - R0)/(1 + (Cmid/C)^B)", List.of("C", "reward"), "reward", "r");
        assertEquals(List.of("C"), r.variables());
        assertEquals(Map.of("Cmid", "C"), r.scales());
        assertEquals(Map.of("B", "C"), r.exponents());
    }

    @Test
    void lawsWithBadSyntaxArePositionedErrors() {
        assertTrue(assertThrows(InputException.class, () -> KnownLaws.read("E + A*D^(", List.of("D", "loss"), "d"))
                .getMessage().startsWith("--law:1:"));
    }
}
