package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every golden script. {@code bad/*.zs} begin with {@code # expect error: LINE:COL message}: the
 * command must exit 2 with that positioned message, print no stack trace and write nothing.
 * {@code good/*.zs} list {@code # expect ID VERDICT} for each claim and each value with a verdict: the
 * report must give exactly those verdicts (the exit code is 1 when one does not hold), and every REFUTED claim must carry a witness (a point and both sides' values).
 */
class GoldenScriptsTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/scripts");
    private static final Pattern EXPECT_ERROR = Pattern.compile("# expect error: (\\d+):(\\d+) (.*)");
    private static final Pattern EXPECT_VERDICT = Pattern.compile("# expect (\\w+) (PROVED|CHECKED|REFUTED|UNDECIDED)");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> badScriptsExitTwoWithPositionAndWriteNothing() throws IOException {
        List<Path> files = list(SCRIPTS.resolve("bad"));
        assertTrue(files.size() >= 20, "the corpus of malformed scripts has at least 20 files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String first = firstLine(f);
            Matcher m = EXPECT_ERROR.matcher(first);
            assertTrue(m.matches(), f + " must begin with '# expect error: LINE:COL message'");
            Path out = temp.resolve(f.getFileName() + "-out");
            Files.createDirectories(out);
            Path sentinel = out.resolve("report.json");
            Files.writeString(sentinel, "previous run");
            CliRun run = CliRun.of("check", f.toString(), "--out", out.toString());
            assertEquals(2, run.exit(), run.err());
            String expectedPrefix = f + ":" + m.group(1) + ":" + m.group(2) + ": error: ";
            assertTrue(run.err().startsWith(expectedPrefix), "expected '" + expectedPrefix + "...' but got:\n" + run.err());
            assertTrue(run.err().contains(m.group(3)), "message should contain '" + m.group(3) + "':\n" + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
            assertEquals("previous run", Files.readString(sentinel), "the previous report is untouched");
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(1, s.count(), "nothing else written");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> goodScriptsGetTheirExpectedVerdicts() throws IOException {
        return list(SCRIPTS.resolve("good")).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Map<String, String> expected = new LinkedHashMap<>();
            for (String line : Files.readAllLines(f)) {
                Matcher m = EXPECT_VERDICT.matcher(line);
                if (m.matches()) {
                    expected.put(m.group(1), m.group(2));
                }
            }
            assertFalse(expected.isEmpty(), f + " lists its expected verdicts");
            Path out = temp.resolve(f.getFileName() + "-out");
            // a generous Symja time limit, so that a loaded machine does not turn a verdict into UNDECIDED
            CliRun run = CliRun.of("check", f.toString(), "--json", "--timeout", "60", "--out", out.toString());
            JsonNode report = new ObjectMapper().readTree(run.out());
            Map<String, String> actual = new LinkedHashMap<>();
            for (JsonNode c : report.get("claims")) {
                actual.put(c.get("id").asText(), c.get("verdict").asText());
                if (c.get("verdict").asText().equals("REFUTED")) {
                    JsonNode witness = c.get("evidence").get("samples").get(0);
                    assertTrue(witness.has("point") && witness.has("lhs") && witness.has("rhs"),
                            c.get("id") + " is refuted with a witness");
                }
            }
            for (JsonNode v : report.get("values")) {
                // a value statement with 'expect in [lo, hi]' (or one that could not be evaluated) has a verdict
                if (v.has("verdict")) {
                    actual.put(v.get("id").asText(), v.get("verdict").asText());
                }
            }
            assertEquals(expected, actual, run.out());
            boolean allHold = expected.values().stream().allMatch(v -> v.equals("PROVED") || v.equals("CHECKED"));
            assertEquals(allHold ? 0 : 1, run.exit());
            assertEquals(run.out(), Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8),
                    "--json prints exactly report.json");
        }));
    }

    @org.junit.jupiter.api.Test
    void falseCorpusHasAtLeastTwentyRefutedClaims() throws IOException {
        long refuted = Files.readAllLines(SCRIPTS.resolve("good/false-claims.zs")).stream()
                .filter(l -> l.matches("# expect \\w+ REFUTED")).count();
        assertTrue(refuted >= 20, "found " + refuted);
    }

    /**
     * Issue 18: the soundness corpus ({@code good/soundness-*.zs}) keeps at least 40 traps (false claims,
     * expected REFUTED or UNDECIDED, never CHECKED or PROVED), and each true twin (an id ending in
     * {@code _twin}) is expected PROVED or CHECKED, so that the corpus cannot shrink or pass vacuously.
     */
    @org.junit.jupiter.api.Test
    void soundnessCorpusHasAtLeastFortyTrapsAndTheirTwinsHold() throws IOException {
        Pattern expect = Pattern.compile("# expect (\\w+) (PROVED|CHECKED|REFUTED|UNDECIDED)");
        int traps = 0;
        int twins = 0;
        for (Path f : list(SCRIPTS.resolve("good"))) {
            if (!f.getFileName().toString().startsWith("soundness-")) {
                continue;
            }
            for (String line : Files.readAllLines(f)) {
                Matcher m = expect.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                boolean holds = m.group(2).equals("PROVED") || m.group(2).equals("CHECKED");
                if (m.group(1).endsWith("_twin")) {
                    twins++;
                    assertTrue(holds, f + ": the true twin " + m.group(1) + " must be PROVED or CHECKED");
                } else {
                    traps++;
                    assertFalse(holds, f + ": the trap " + m.group(1) + " must never be CHECKED or PROVED");
                }
            }
        }
        assertTrue(traps >= 40, "soundness traps: " + traps);
        assertTrue(twins >= 30, "true twins: " + twins);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".zs")).sorted().toList());
        }
    }

    private static String firstLine(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
