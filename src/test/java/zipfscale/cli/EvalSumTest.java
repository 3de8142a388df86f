package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code eval 'sum(EXPR, k, lo, hi)'} (issue 14): value, bound, and exit code 2 for what it refuses. */
class EvalSumTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Reference: mpmath 1.3 at 50 digits,
     * {@code python3 -c "from mpmath import *; mp.dps=50; print(zeta(mpf(1)/2) - zeta(mpf(1)/2, mpf(10)**15 + 1))"}
     * = 63245551.743013093641779358841050560537869075658146 (the finite sum is zeta(s) - zeta(s, n+1) for every
     * s != 1, an identity of the Hurwitz function, DLMF 25.11.4). Tolerance 1e-12 relative: the double mode's promise.
     */
    @Test
    void sumOfInverseSquareRootsToTenToTheFifteen_withinOneInTenToTheTwelve() throws Exception {
        Run r = run("eval", "sum(k^(-1/2), k, 1, 1e15)", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        double v = Double.parseDouble(n.get("value").asText());
        double ref = 63245551.743013093641779358841050560537869075658146;
        assertTrue(Math.abs(v - ref) <= 1e-12 * ref, r.out());
        assertTrue(Double.parseDouble(n.get("error").asText()) >= Math.abs(v - ref), "bound covers the error: " + r.out());
    }

    @Test
    void sumAtFortyDigits() throws Exception {
        // the same mpmath reference; 40 digits asked, so 1e-39 relative (one unit in the last digit)
        Run r = run("eval", "sum(k^(-1/2), k, 1, 1e15)", "--digits", "40", "--json");
        assertEquals(0, r.code(), r.err());
        BigDecimal v = new BigDecimal(new ObjectMapper().readTree(r.out()).get("value").asText());
        BigDecimal ref = new BigDecimal("63245551.743013093641779358841050560537869075658146");
        assertTrue(v.subtract(ref).abs().compareTo(ref.multiply(new BigDecimal("1e-39"))) <= 0, r.out());
    }

    @Test
    void divergentSumIsRefusedWithExitCodeTwo() {
        Run r = run("eval", "sum(1/k, k, 1, Infinity)");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("<eval>:1:") && r.err().contains("not established"), r.err());
    }

    @Test
    void malformedSumIsAnInputError() {
        Run r = run("eval", "sum(k^2, k, 1)");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("4 arguments"), r.err());
        Run s = run("eval", "sum(k^a, k, 1, 10)");
        assertEquals(2, s.code(), s.out());
        assertTrue(s.err().contains("'a' has no value"), s.err());
    }
}
