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
    void badExpression_exitsTwo() {
        String[] r = run("expand", "Gamma(x", "--as", "x");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("<expression>:1:"), r[2]);
    }
}
