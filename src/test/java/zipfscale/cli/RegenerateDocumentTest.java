package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.pipeline.PdfLatex;

/**
 * {@code regenerate} on {@code derivations/}, the good test scripts and {@code latex/small.zs} (whose long
 * displays exercise the line breaking and the scaling), once, into a temporary folder:
 * every claim of report.json appears in the generated {@code .tex} with its verdict and the equation number
 * of its cite (read back from the {@code \label}, {@code \tag} and verdict mark the writer emits, and
 * from the summary table); no justification step is Symja-syntax text (issue 16); the pdflatex log is
 * clean; a second run gives byte-identical files.
 */
class RegenerateDocumentTest {
    private static final Pattern HEAD = Pattern.compile(
            "\\\\zsclaimhead\\{[^\\n]*\\}\\{\\\\zs(PROVED|CHECKED|REFUTED|UNDECIDED)\\}\\n"
            + "\\\\begin\\{(equation|multline)\\}\\n(.*?)\\\\end\\{\\2\\}", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("\\\\label\\{(claim:[^}]*)\\}");
    private static final Pattern TAG = Pattern.compile("\\\\tag\\{([^}]*)\\}");
    private static final Pattern CITED = Pattern.compile("\\((\\d+[a-z]?)\\)");
    /** The steps that quote why a rule did not apply (the failure's message). */
    private static final Pattern DIAGNOSTIC = Pattern.compile(
            "\\\\item (expansion|left side|right side|max\\\\_sum lemma not applicable):");
    private static final Pattern UNCITED_ROW = Pattern.compile(".*\\}\\{\\(\\d+\\.\\d+\\)\\}\\{\\\\zs[A-Z]+\\}");
    /**
     * {@code \\newlabel{claim:d:id}{{3.2}{14}...}}: a display's label and its number, in the .aux; a
     * {@code \\tag}ged number is braced once more, {@code {{{13}}{14}...}}.
     */
    private static final Pattern NEWLABEL = Pattern.compile(
            "\\\\newlabel\\{((?:claim|value):[^}]*)\\}\\{\\{\\{?([^{}]*)\\}?\\}");
    private static final Pattern OVERFULL = Pattern.compile("Overfull \\\\hbox \\(([0-9.]+)pt too wide\\) ([a-z ]+)");

    @TempDir
    static Path temp;
    private static CliRun first;
    private static Path out;

    /** A claim as the .tex shows it. */
    record Shown(String verdict, String tag) {
    }

    @BeforeAll
    static void regenerate() {
        out = temp.resolve("first");
        first = CliRun.of(args(out));
    }

    @Test
    void exitsOneBecauseTheGoodScriptsHoldRefutedClaims() {
        assertEquals(1, first.exit(), first.err());
        // the scripts of derivations/classic/ form a chapter after the main part (issue 8), so they come last
        String out = first.out();
        assertTrue(out.contains("wrote [report.json, zipfscale.sty, ") && out.contains("small.tex, ")
                && out.indexOf("small.tex, ") < out.indexOf("chinchilla.tex")
                && out.contains("moe.tex, reward-overoptimisation.tex, rl-compute.tex, test-time.tex, derivations.tex"),
                out);
    }

    @Test
    void everyClaimOfTheReportAppearsWithItsVerdictAndEquationNumber() throws IOException {
        Map<String, Shown> shown = claimsInTex();
        String summary = Files.readString(out.resolve("derivations.tex"), StandardCharsets.UTF_8);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        int claims = 0;
        for (JsonNode c : report.get("claims")) {
            claims++;
            String label = "claim:" + c.get("derivation").asText() + ":" + c.get("id").asText();
            Shown s = shown.get(label);
            assertNotNull(s, label + " is not in any .tex");
            assertEquals(c.get("verdict").asText(), s.verdict(), label);
            List<String> cited = new ArrayList<>();
            Matcher m = CITED.matcher(c.get("cite").asText());
            while (m.find()) {
                if (!m.group(1).matches("(19|20)\\d\\d")) {   // a year, "Hoffmann et al. (2022)", is not an equation
                    cited.add(m.group(1));
                }
            }
            List<String> tagged = s.tag() == null ? List.of()
                    : Stream.of(s.tag().split("[^0-9a-z]+")).filter(x -> !x.isEmpty()).toList();
            assertEquals(cited, tagged, label + " (cite \"" + c.get("cite").asText() + "\")");
            String row = summary.lines().filter(l -> l.startsWith("\\zssumrow{\\hyperlink{" + label + "}")).findFirst()
                    .orElseThrow(() -> new AssertionError(label + " has no row in the summary table"));
            assertTrue(row.endsWith("{\\zs" + c.get("verdict").asText() + "}"), row);
            // an uncited claim shows this document's number, section.n (checked against LaTeX's own below)
            assertTrue(s.tag() == null ? UNCITED_ROW.matcher(row).matches() : row.contains("(" + s.tag() + ")"), row);
        }
        assertTrue(claims >= 52, "claims of derivations/, the good scripts and small.zs: " + claims);
        assertEquals(claims, shown.size(), "no claim is shown twice or invented");
    }

    /**
     * Issue 16, point 4: the justification chains are typeset, not printed as Symja text. Symja's products
     * and powers are {@code *} and {@code ^(}; {@link zipfscale.render.LatexText} escapes a {@code ^} of
     * prose as {@code \\textasciicircum}, and typeset mathematics has neither ({@code ^{...}}, products by
     * juxtaposition). So no {@code \\item} of a {@code zschain} of the paper's derivations may contain any
     * of the three (on main before this change, 531 of the 1249 such lines of {@code derivations/} did).
     * The test scripts' chains hold the same, except for the diagnostics of a rule that did not apply
     * ("expansion: ...", "left side: ..."), which quote the failure's message as text: those are only
     * allowed outside {@code derivations/}, and only with those prefixes.
     */
    @Test
    void noJustificationStepIsSymjaText() throws IOException {
        Set<String> paper;
        try (Stream<Path> s = Files.walk(Path.of("derivations"))) {
            paper = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zs"))
                    .map(n -> n.substring(0, n.length() - 3) + ".tex").collect(Collectors.toSet());
        }
        List<String> bad = new ArrayList<>();
        int items = 0;
        int paperItems = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.filter(p -> p.toString().endsWith(".tex")).sorted().toList();
        }
        for (Path f : files) {
            boolean ofPaper = paper.contains(f.getFileName().toString());
            boolean inChain = false;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                inChain = line.contains("\\begin{zschain}") || inChain && !line.contains("\\end{zschain}");
                if (inChain && line.stripLeading().startsWith("\\item")) {
                    items++;
                    paperItems += ofPaper ? 1 : 0;
                    // a star as a super- or subscript (R^{*}, k_{*}: a symbol's name typeset) is mathematics, not a product
                    String bare = line.replace("^{*}", "").replace("_{*}", "");
                    boolean symja = bare.contains("*") || bare.contains("^(") || bare.contains("\\textasciicircum");
                    if (symja && (ofPaper || !DIAGNOSTIC.matcher(line).lookingAt())) {
                        bad.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertTrue(paperItems >= 1000 && items > paperItems, "justification steps found: " + paperItems + " of "
                + "derivations/, " + items + " in all");
        assertEquals(List.of(), bad, bad.size() + " of " + items + " steps print Symja text");
    }

    @Test
    void pdflatexLogHasNoErrorsNoUndefinedReferencesNoOverfullBoxesOverTenPoints() throws IOException {
        assumeTrue(PdfLatex.fromEnvironment().available(), "pdflatex is not on PATH");
        assertTrue(Files.size(out.resolve("derivations.pdf")) > 10_000, "derivations.pdf written");
        String log = Files.readString(out.resolve("derivations.log"), StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("Output written on derivations.pdf"), "the log is the final run's");
        assertFalse(log.lines().anyMatch(l -> l.startsWith("! ")), "errors in the log");
        assertFalse(log.contains("undefined references") || log.contains("Reference `"), "undefined references");
        assertFalse(log.contains("multiply defined"), "labels defined twice");
        assertFalse(log.contains("destination with the same identifier"), "two displays with one hyperref anchor");
        Matcher m = OVERFULL.matcher(log);
        List<String> wide = new ArrayList<>();
        int displays = 0;
        while (m.find()) {
            displays += m.group(2).startsWith("detected at line") ? 1 : 0;
            if (Double.parseDouble(m.group(1)) > 10) {
                wide.add(m.group());
            }
        }
        assertEquals(List.of(), wide, "overfull boxes wider than 10pt");
        assertEquals(0, displays, "overfull claim displays (any width)");
    }

    /**
     * Issue 16, point 6: a cold compilation is one pdflatex run, because the document reads nothing back
     * from its .aux (links to \\zsanchor targets, equation numbers read off the chapters, fixed column
     * widths). The numbers the summary prints are the numbers LaTeX gave the labels (the .aux of that run,
     * kept in the cache), and a second run, which reads that .aux, gives the same PDF byte for byte.
     */
    @Test
    void coldCompilation_isOneRun_withLatexsOwnNumbers_andASecondRunChangesNothing() throws IOException {
        assumeTrue(PdfLatex.fromEnvironment().available(), "pdflatex is not on PATH");
        assertTrue(first.out().contains("pdflatex: 1 run, "), first.out());
        Path kept = out.resolve(".cache").resolve("latex");
        String aux = Files.readString(kept.resolve("derivations.aux"), StandardCharsets.ISO_8859_1);
        String summary = Files.readString(out.resolve("derivations.tex"), StandardCharsets.UTF_8);
        Matcher m = NEWLABEL.matcher(aux);
        int displays = 0;
        while (m.find()) {
            String label = m.group(1);
            String number = m.group(2);
            java.util.Optional<String> row = summary.lines().filter(l -> l.startsWith("\\zssumrow{\\hyperlink{" + label + "}"))
                    .findFirst();
            if (row.isPresent()) {
                displays++;
                assertTrue(row.get().contains("}{(" + number + ")}{"), label + " is " + number + " in the .aux: " + row.get());
            }
        }
        assertTrue(displays >= 52, "summary rows compared with the .aux: " + displays);
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".tex") || p.toString().endsWith(".sty")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        PdfLatex.Result second = PdfLatex.fromEnvironment().keepingAuxiliaryFilesIn(kept)
                .compile(files, "derivations.tex", true);
        assertTrue(second.succeeded(), second.errors().toString());
        assertEquals(1, second.runs(), "the .aux of the first run came back unchanged");
        assertArrayEquals(Files.readAllBytes(out.resolve("derivations.pdf")), second.pdf(), "a second run changes nothing");
    }

    @Test
    void sameInputTwice_givesByteIdenticalTexAndReport() throws IOException {
        Path second = temp.resolve("second");
        CliRun again = WithoutPdflatex.run(args(second));
        assertEquals(1, again.exit(), again.err());
        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tex") || n.endsWith(".sty")
                    || n.equals("report.json")).sorted().toList();
        }
        assertTrue(names.size() >= 8, names.toString());
        try (Stream<Path> s = Files.list(second)) {
            assertEquals(names, s.map(p -> p.getFileName().toString()).filter(names::contains).sorted().toList());
        }
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(out.resolve(n)), Files.readAllBytes(second.resolve(n)), n);
        }
    }

    /**
     * derivations/, the good scripts and the golden test's script (two long displays), into {@code out}.
     * A generous Symja time limit: a call that overruns 10 s on a loaded machine would change a verdict's
     * reason between the two runs, and this test is about the printers' determinism.
     */
    private static String[] args(Path out) {
        return new String[] {"regenerate", "derivations", "src/test/resources/scripts/good",
            "src/test/resources/latex/small.zs", "--timeout", "60", "--out", out.toString()};
    }

    /** Label to verdict and tag, over every script's .tex. */
    private static Map<String, Shown> claimsInTex() throws IOException {
        Map<String, Shown> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(RegenerateDocumentTest.out)) {
            files = s.filter(p -> p.toString().endsWith(".tex") && !p.endsWith("derivations.tex")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "one .tex per script: " + files);
        for (Path f : files) {
            Matcher m = HEAD.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                Matcher label = LABEL.matcher(m.group(3));
                assertTrue(label.find(), "a claim display without a label in " + f);
                Matcher tag = TAG.matcher(m.group(3));
                Shown previous = out.put(label.group(1), new Shown(m.group(1), tag.find() ? tag.group(1) : null));
                assertEquals(null, previous, label.group(1) + " twice");
            }
        }
        return out;
    }
}
