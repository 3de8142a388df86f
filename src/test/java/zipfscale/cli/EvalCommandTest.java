package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code zipfscale eval}: values, JSON shape, and exit code 2 with a positioned message on bad input. */
class EvalCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void json_inDouble_hasValueErrorDigitsMethod() throws Exception {
        Run r = run("eval", "missing(alpha=2, D=1e6)", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        // reference: values.csv missing,2,,1e6 = 0.000690988039822193813610163826164; 1e-12 relative contract
        double v = Double.parseDouble(n.get("value").asText());
        assertTrue(Math.abs(v / 0.000690988039822193813610163826164 - 1) < 1e-12, r.out());
        assertTrue(Double.parseDouble(n.get("error").asText()) < 1e-15, r.out());
        assertTrue(n.get("digits").asInt() >= 12, r.out());
        assertTrue(n.get("method").asText().contains("Euler-Maclaurin"), r.out());
    }

    @Test
    void digits30_matchesTheIssueReference() throws Exception {
        // issue 4 acceptance: tail(alpha=1.5, M=1000) = 0.0242039283519229307735679676995 (30 digits)
        Run r = run("eval", "tail(alpha=1.5, M=1000)", "--digits", "30", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        BigDecimal v = new BigDecimal(n.get("value").asText());
        BigDecimal ref = new BigDecimal("0.0242039283519229307735679676995");
        assertTrue(v.subtract(ref).abs().compareTo(ref.multiply(new BigDecimal("1e-28"))) <= 0, r.out());
        assertEquals(30, n.get("digits").asInt());
    }

    @Test
    void plainOutput_showsValueAndBound() {
        Run r = run("eval", "mellin(g=inv1pu, s=0.25)");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("mellin = 4.44288293815836"), r.out());
        assertTrue(r.out().contains("error <= "), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing(alpha=1.5, D=1e12                | 1:26 | expected ',' or ')'",
        "missing(alpha=1.5 D=1e12)                | 1:19 | expected ',' or ')'",
        "tial(alpha=1.5)                          | 1:1  | unknown function 'tial'",
        "tail(alpha=1.5)                          | 1:1  | missing argument 'M'",
        "tail(alpha=1.5, N=3)                     | 1:17 | unknown argument 'N'",
        "mellin(g=foo, s=0.5)                     | 1:10 | unknown kernel 'foo'",
        "tail(alpha=1.5e, M=3)                    | 1:16 | malformed exponent",
        "tail(alpha=abc, M=3)                     | 1:12 | must be a number",
        "tail(alpha=1.5, alpha=2)                 | 1:17 | given twice",
    })
    void malformedCall_exits2_withColumn(String call, String position, String message) {
        Run r = run("eval", call);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("<eval>:" + position + ": error: "), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing(alpha=0.9, D=1e12)        | alpha = 0.9 is outside its domain (1, inf)",
        "dynsum(alpha=2, beta=0, tau=10)   | beta = 0.0 is outside its domain (0, inf)",
        "expsum(alpha=2, D=-1)             | D = -1.0 is outside its domain [0, inf)",
        "mellin(g=inv1pu, s=1.5)           | s = 1.5 is outside its domain (0, 1)",
    })
    void domainError_exits2_namingParameterValueDomain(String call, String message) {
        Run r = run("eval", call);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void everyFunction_isReachable() {
        String[] calls = {"zeta(alpha=3)", "tail(alpha=2, M=10)", "missing(alpha=2, D=10)", "expsum(alpha=2, D=10)",
            "threshold(alpha=2, D=10, m0=2)", "dynsum(alpha=2, beta=1, c=2, tau=5)",
            "kernelsum(alpha=2, beta=1, a=1, tau=5, g=gauss)", "mellin(g=poisson3, s=0.5)",
            "tail(alpha=2, M=10, c=1)", "expsum(alpha=2, D=10, c=-0.5)"};
        for (String c : calls) {
            Run r = run("eval", c);
            assertEquals(0, r.code(), c + ": " + r.err());
            assertTrue(!r.out().contains("NaN"), r.out());
        }
    }

    @Test
    void positionalArguments_followTheDocumentedOrder() throws Exception {
        // zeta(2) = Pi^2/6 = 1.6449340668482264365 (Euler, closed form); 1e-13 relative: the double engine's contract
        Run r = run("eval", "zeta(2)", "--json");
        assertEquals(0, r.code(), r.err());
        double v = Double.parseDouble(new ObjectMapper().readTree(r.out()).get("value").asText());
        assertTrue(Math.abs(v / (Math.PI * Math.PI / 6) - 1) < 1e-13, r.out());
        // the same call written both ways gives the same value (same inputs, same engine: exactly equal)
        Run positional = run("eval", "tail(1.5, 1000)", "--json");
        Run named = run("eval", "tail(alpha=1.5, M=1000)", "--json");
        assertEquals(0, positional.code(), positional.err());
        assertEquals(named.out(), positional.out());
    }

    @Test
    void positionalArguments_tooManyOrAfterNamed_areErrorsWithAColumn() {
        Run many = run("eval", "zeta(2, 3)");
        assertEquals(2, many.code());
        assertTrue(many.err().contains("<eval>:1:9: error: zeta takes at most 1 arguments"), many.err());
        Run mixed = run("eval", "tail(alpha=1.5, 10)");
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("positional arguments come before named ones"), mixed.err());
    }
}
