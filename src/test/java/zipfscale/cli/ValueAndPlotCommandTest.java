package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with values and plots (issue 8): a value outside its expected range fails the run like a
 * refuted claim; the report and the text output carry values and plots; derivation names are unique
 * across the files of a run; scripts in a subfolder form a chapter of the document.
 */
class ValueAndPlotCommandTest {
    private static final String HEADER = "derivation d \"t\"\nclaim c:\n    (1 + x)^2 == 1 + 2*x + x^2\n";

    @TempDir
    Path temp;

    private Path script(String name, String text) throws IOException {
        Path p = temp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aValueOutsideItsExpectedRange_failsTheRunLikeARefutedClaim() throws IOException {
        // 2^10 = 1024
        Path inside = script("inside.zs", HEADER + "value v \"two to the ten\":\n    2^n\n    where n = 10\n"
                + "    expect in [1000, 1100]\n");
        Path outside = script("outside.zs", HEADER + "value v \"two to the ten\":\n    2^n\n    where n = 10\n"
                + "    expect in [1000, 1020]\n");
        CliRun ok = CliRun.of("check", inside.toString(), "--out", temp.resolve("o1").toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("= 1024.0000000000000000  CHECKED"), ok.out());
        CliRun bad = CliRun.of("check", outside.toString(), "--out", temp.resolve("o2").toString());
        assertEquals(1, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("REFUTED  1024.0000000000000000 lies outside the expected range [1000, 1020]"),
                bad.out());
    }

    @Test
    void theReportListsValuesAndPlotsWithTheContractsFields() throws IOException {
        Path s = script("both.zs", HEADER + "value v:\n    2^n\n    where n = 10\n    cite \"n: chosen\"\n"
                + "plot p \"squares\":\n    x^k\n    for x in [1, 2]\n    series k = 1, 2\n    axis \"x\" \"x^k\"\n");
        CliRun run = CliRun.of("check", s.toString(), "--json", "--out", temp.resolve("o").toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode v = report.get("values").get(0);
        for (String field : new String[] {"id", "derivation", "file", "line", "title", "expression", "inputs", "value",
            "digits", "cites"}) {
            assertTrue(v.has(field), field);
        }
        assertFalse(v.has("verdict"), "no expect, no verdict");
        assertEquals(1024.0, v.get("value").asDouble());
        assertEquals(10.0, v.get("inputs").get("n").asDouble());
        JsonNode p = report.get("plots").get(0);
        for (String field : new String[] {"id", "derivation", "file", "line", "title", "variable", "range", "scale",
            "series", "dropped"}) {
            assertTrue(p.has(field), field);
        }
        assertEquals("linear", p.get("scale").asText());
        assertEquals("k = 2", p.get("series").get(1).get("label").asText());
        JsonNode last = p.get("series").get(1).get("points").get(100);
        assertEquals(2.0, last.get(0).asDouble());
        assertEquals(4.0, last.get(1).asDouble());
    }

    @Test
    void twoDerivationsWithOneNameInTwoFiles_isAnInputErrorAtTheSecond() throws IOException {
        Path a = script("a.zs", HEADER);
        Path b = script("b.zs", "# the same name as a.zs\n" + HEADER);
        Path out = temp.resolve("o");
        CliRun run = CliRun.of("check", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith(b + ":2:1: error: a second derivation named 'd' (the first is at " + a + ":1:1)"),
                run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void scriptsInASubfolder_formAChapterAfterTheMainPart() throws IOException {
        Path root = temp.resolve("derivations");
        script("derivations/b-main.zs", "derivation main_one \"Main\"\nclaim c:\n    x + x == 2*x\n");
        script("derivations/classic/a-law.zs", "derivation classic_one \"Classic\"\nclaim c:\n    x*x == x^2\n");
        script("derivations/classic/README.md", "# Classic laws & more\n\nScripts of issue 8.\n");
        // "zz" sorts after "classic": the main part still comes first
        script("derivations/zz-main.zs", "derivation main_two \"Main 2\"\nclaim c:\n    x - x == 0\n");
        Path out = temp.resolve("o");
        CliRun run = WithoutPdflatex.run("regenerate", root.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        String doc = Files.readString(out.resolve("derivations.tex"));
        String inputs = doc.substring(doc.indexOf("\\input{"));
        assertEquals("\\input{b-main}\n\\input{zz-main}\n\\clearpage\n\\part{Classic laws \\& more}\n\\input{a-law}\n"
                + "\\end{document}\n", inputs);
    }
}
