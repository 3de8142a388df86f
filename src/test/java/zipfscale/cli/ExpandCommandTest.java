package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code zipfscale expand}: the printed terms are DLMF's (5.11.13 for Gamma(x + 1/2)/Gamma(x): 1, -1/8,
 * 1/128; 5.11.1 for LogGamma(x): 1/12, -1/360), an undecided sign exits 1 with its reason, bad input exits 2.
 */
class ExpandCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void gammaRatio_threeTerms() {
        String[] r = run("expand", "Gamma(x + 1/2)/Gamma(x)", "--as", "x", "--terms", "3");
        assertEquals("0", r[0], r[2]);
        assertEquals("Gamma(x + 1/2)/Gamma(x) = x^(1/2) + (-1/8)*x^(-1/2) + (1/128)*x^(-3/2) + O(x^(-5/2))"
                + "   as x -> Infinity\n", r[1]);
    }

    @Test
    void logGamma_json_and_why() {
        String[] r = run("expand", "LogGamma(x)", "--as", "x", "--terms", "6", "--json");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("\"coefficient\":\"1/12\""), r[1]);
        assertTrue(r[1].contains("\"coefficient\":\"-1/360\""), r[1]);
        assertTrue(r[1].contains("DLMF 5.11.1"), r[1]);
        String[] why = run("expand", "LogGamma(x)", "--as", "x", "--terms", "2", "--why");
        assertTrue(why[1].contains("Stirling series [DLMF 5.11.1]"), why[1]);
    }

    @Test
    void undecidedSign_exitsOneWithTheReason_andAnAssumptionDecidesIt() {
        String[] r = run("expand", "x^b + x", "--as", "x", "--terms", "1");
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("unknown: the sign of"), r[1]);
        String[] ok = run("expand", "x^b + x", "--as", "x", "--terms", "1", "--assume", "b > 1");
        assertEquals("0", ok[0], ok[2]);
        assertTrue(ok[1].contains("= x^b + O(x)"), ok[1]);
    }

    @Test
    void sums_reachTheHarmonicAndEulerMaclaurinRules() {
        // sum k^(-3/2) e^(-k/n) = Zeta(3/2) + Gamma(-1/2) n^(-1/2) + ... (Gamma(w) Zeta(w + 3/2): Gamma's pole at 0,
        // then the zeta pole at -1/2; FGD 1995, Section 4)
        String[] r = run("expand", "Sum(k^(-3/2)*Exp(-k/n), {k, 1, Infinity})", "--as", "n", "--terms", "2", "--why");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].startsWith("Sum(k^(-3/2)*Exp(-k/n), {k, 1, Infinity}) = Zeta(3/2) + "), r[1]);
        assertTrue(r[1].contains("n^(-1/2)") && r[1].contains("Flajolet-Gourdon-Dumas 1995"), r[1]);
        // H_n = Log(n) + EulerGamma + O(1/n) (DLMF 2.10.8)
        String[] h = run("expand", "Sum(1/k, {k, 1, n})", "--as", "n", "--terms", "2");
        assertEquals("0", h[0], h[1] + h[2]);
        assertTrue(h[1].contains("Log(n) + EulerGamma"), h[1]);
        // the step kernel is refused with the reason
        String[] step = run("expand", "Sum(Boole(k/n < 1), {k, 1, Infinity})", "--as", "n", "--assume", "n > 0");
        assertEquals("1", step[0]);
        assertTrue(step[1].contains("decays too slowly"), step[1]);
    }

    @Test
    void badExpression_exitsTwo() {
        String[] r = run("expand", "Gamma(x", "--as", "x");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("<expression>:1:"), r[2]);
    }
}
