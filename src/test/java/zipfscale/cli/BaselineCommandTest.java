package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline OLD.json} (issue 16): a regression made on purpose (a PROVED claim edited into a false
 * one, a claim deleted) is listed and makes the exit code 1 although the run itself would exit 1 anyway
 * only for the false claim; an improvement is listed and leaves exit 0; a baseline that is not a report is
 * bad input (exit 2). Also {@code --junit} writes its file from the command line.
 */
class BaselineCommandTest {

    private static final String GOOD = String.join("\n",
            "derivation base \"Baseline\"",
            "assume x > 0",
            "claim doubling \"x + x = 2x\":",
            "    x + x == 2*x",
            "claim square \"(x + 1)^2\":",
            "    (x + 1)^2 == x^2 + 2*x + 1",
            "claim kept \"kept\":",
            "    x*x == x^2",
            "");

    @Test
    void regressionMadeOnPurpose_isListed_andExitsOne(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("base.zs");
        Files.writeString(script, GOOD);
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("check", "--no-cache", "--out", out.toString(), script.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        Path saved = dir.resolve("old.json");
        Files.copy(out.resolve("report.json"), saved);
        // doubling made false, square deleted, a new claim added
        Files.writeString(script, GOOD.replace("x + x == 2*x", "x + x == 3*x")
                .replace("claim square \"(x + 1)^2\":\n    (x + 1)^2 == x^2 + 2*x + 1\n", "")
                + "claim fresh \"new\":\n    x - x == 0\n");
        Path junit = dir.resolve("ci/junit.xml");
        CliRun second = CliRun.of("check", "--no-cache", "--out", out.toString(), "--baseline", saved.toString(),
                "--junit", junit.toString(), script.toString());
        assertEquals(1, second.exit());
        assertTrue(second.out().contains("REGRESSION claim base/doubling: PROVED -> REFUTED"), second.out());
        assertTrue(second.out().contains("REGRESSION claim base/square: PROVED -> (gone)"), second.out());
        assertTrue(second.out().contains("claim base/fresh: PROVED (new)"), second.out());
        assertTrue(Files.readString(junit).contains("<failure type=\"REFUTED\""));
    }

    @Test
    void improvement_isListed_andExitsZero(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("base.zs");
        Files.writeString(script, GOOD.replace("x + x == 2*x", "x + x == 3*x"));
        Path out = dir.resolve("out");
        assertEquals(1, CliRun.of("check", "--no-cache", "--out", out.toString(), script.toString()).exit());
        Path saved = dir.resolve("old.json");
        Files.copy(out.resolve("report.json"), saved);
        Files.writeString(script, GOOD);
        CliRun fixed = CliRun.of("check", "--no-cache", "--out", out.toString(), "--baseline", saved.toString(),
                script.toString());
        assertEquals(0, fixed.exit(), fixed.out());
        assertTrue(fixed.out().contains("improved claim base/doubling: REFUTED -> PROVED"), fixed.out());
        assertTrue(fixed.out().contains("baseline: 0 regressions, 1 improvements"), fixed.out());
    }

    @Test
    void baselineThatIsNotAReport_isBadInput(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("base.zs");
        Files.writeString(script, GOOD);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[1, 2");
        CliRun r = CliRun.of("check", "--no-cache", "--out", dir.resolve("out").toString(), "--baseline",
                bad.toString(), script.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.json: error: "), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written for bad input");
    }
}
