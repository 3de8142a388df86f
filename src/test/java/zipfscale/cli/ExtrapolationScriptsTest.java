package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code extrapolate} statement end to end: a truth of the fitted form is CHECKED, a misspecified one
 * (two power laws at low noise) is REFUTED with the target, truth and interval, the run is deterministic,
 * and the issue-8 derivation holds.
 */
class ExtrapolationScriptsTest {
    private static final String DIR = "src/test/resources/scripts/extrapolation/";

    @TempDir
    Path temp;

    private JsonNode run(String script, int exit) throws Exception {
        CliRun r = CliRun.of("check", script, "--json", "--out", temp.resolve("o").toString());
        assertEquals(exit, r.exit(), r.out() + r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void misspecifiedTruth_isRefutedAtTheFirstTarget() throws Exception {
        JsonNode e = run(DIR + "misspecified.zs", 1).get("extrapolations").get(0);
        assertEquals("REFUTED", e.get("verdict").asText());
        JsonNode first = e.get("predictions").get(0);
        assertFalse(first.get("inside").asBoolean());
        double truth = first.get("truth").asDouble();
        assertTrue(truth < first.get("lower").asDouble() || truth > first.get("upper").asDouble());
        // the truth at 1e19 by hand: 1.7 + 30e19^(-0.1) + 3000e19^(-0.3) (closed form; double rounding only)
        assertEquals(1.7 + 30 * Math.pow(1e19, -0.1) + 3000 * Math.pow(1e19, -0.3), truth, 1e-12);
        assertTrue(e.get("reason").asText().contains("C = 1.00000e+19"), e.get("reason").asText());
        assertTrue(first.get("relative_error").asDouble() > first.get("relative_bound").asDouble());
    }

    /** The second wrong variant of the GPT-4 law: a logarithmic correction the form cannot follow. */
    @Test
    void logCorrectedTruth_isRefuted() throws Exception {
        JsonNode e = run(DIR + "log-corrected.zs", 1).get("extrapolations").get(0);
        assertEquals("REFUTED", e.get("verdict").asText());
        JsonNode first = e.get("predictions").get(0);
        assertFalse(first.get("inside").asBoolean());
        // the truth at 1e20 by hand: 1.7 + 30 (1e20)^(-0.1) (1 + 5/log 1e20) (closed form; double rounding only)
        assertEquals(1.7 + 30 * Math.pow(1e20, -0.1) * (1 + 5 / Math.log(1e20)), first.get("truth").asDouble(), 1e-12);
    }

    @Test
    void wellSpecifiedTruth_isChecked_andTheReportHasEveryField() throws Exception {
        JsonNode e = run(DIR + "well-specified.zs", 0).get("extrapolations").get(0);
        assertEquals("CHECKED", e.get("verdict").asText());
        for (String f : new String[] {"id", "title", "file", "line", "window", "points", "noise", "seed", "fit",
            "predictions", "verdict", "reason"}) {
            assertTrue(e.has(f), f);
        }
        assertEquals(24, e.get("points").asInt());
        assertEquals(24, e.get("samples").size());
        for (String p : new String[] {"a", "b", "c"}) {
            JsonNode q = e.get("fit").get(p);
            assertTrue(q.get("lower").asDouble() <= q.get("value").asDouble()
                    && q.get("value").asDouble() <= q.get("upper").asDouble(), p + ": " + q);
        }
        for (JsonNode p : e.get("predictions")) {
            assertTrue(p.get("inside").asBoolean(), p.toString());
        }
    }

    @Test
    void sameScript_sameReport() throws Exception {
        CliRun one = CliRun.of("check", DIR, "--json", "--out", temp.resolve("a").toString());
        CliRun two = CliRun.of("check", DIR, "--json", "--out", temp.resolve("b").toString());
        assertEquals(one.out(), two.out());
    }

    @Test
    void gpt4Derivation_holds() throws Exception {
        JsonNode e = run("derivations/classic/gpt4-extrapolation.zs", 0).get("extrapolations").get(0);
        assertEquals("CHECKED", e.get("verdict").asText());
        assertEquals(4, e.get("predictions").size());
    }

    @Test
    void minimisedTruth_isTheClosedFormMinimum() throws Exception {
        JsonNode e = run(DIR + "minimised.zs", 0).get("extrapolations").get(0);
        for (JsonNode s : e.get("samples")) {
            double c = s.get("C").asDouble();
            // closed form 1 + 2 sqrt(A B / C), A = 4, B = 9; Brent's tolerance 1e-8 in log N changes the
            // minimum in the 16th digit (it is quadratic at the minimum), so 1e-12 is double rounding
            assertEquals(1 + 2 * Math.sqrt(36 / c), s.get("truth").asDouble(), 1e-12);
        }
        assertEquals("CHECKED", e.get("verdict").asText());
    }

    @Test
    void truthTheEngineCannotEvaluate_isUndecided() throws Exception {
        JsonNode e = run(DIR + "undecided.zs", 1).get("extrapolations").get(0);
        assertEquals("UNDECIDED", e.get("verdict").asText());
        assertTrue(e.get("fit").isNull());
        assertTrue(e.get("reason").asText().startsWith("the truth cannot be evaluated"), e.get("reason").asText());
    }

    @Test
    void minimumAtTheEndOfItsRange_isNamedInTheReason() throws Exception {
        JsonNode e = run(DIR + "pinned.zs", 0).get("extrapolations").get(0);
        assertTrue(e.get("reason").asText().contains("lies at an end of [1.00000, 10.0000]"), e.get("reason").asText());
        // the truth at the window's start is the value at N = 10: E0 + A/10 + 10 B/C (closed form)
        assertEquals(1 + 0.4 + 90 / 1e6, e.get("samples").get(0).get("truth").asDouble(), 1e-12);
        JsonNode free = run(DIR + "minimised.zs", 0).get("extrapolations").get(0);
        assertFalse(free.get("reason").asText().contains("lies at an end"), free.get("reason").asText());
    }
}
