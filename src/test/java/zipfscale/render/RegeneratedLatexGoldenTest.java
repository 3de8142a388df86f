package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.claims.Derivation;
import zipfscale.pipeline.CheckRun;

/**
 * Golden files: the LaTeX regenerated from {@code src/test/resources/latex/small.zs} (one claim of each
 * kind and verdict, where/for/cite, notation, a definition, a long display) equals
 * {@code src/test/resources/golden/small.tex} and {@code small-derivations.tex} byte for byte. After an
 * intended change of the output, rewrite them with {@code mvn verify -Dzipfscale.updateGolden=true}
 * and review the diff before committing.
 */
class RegeneratedLatexGoldenTest {
    private static final Path SCRIPT = Path.of("src/test/resources/latex/small.zs");
    private static final Path VALUES = Path.of("src/test/resources/latex/values.zs");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("zipfscale.updateGolden");

    @Test
    void smallScript_regeneratesItsGoldenLatex() throws IOException {
        List<Derivation> derivations = CheckRun.read(List.of(SCRIPT));
        List<CheckResult> results = CheckRun.check(derivations, CheckSettings.defaults(Duration.ofSeconds(20)));
        Map<String, String> files = LatexDocuments.render(derivations, results, Optional.empty());
        assertEquals(List.of("zipfscale.sty", "small.tex", "derivations.tex"), List.copyOf(files.keySet()));
        compare(files.get("small.tex"), GOLDEN.resolve("small.tex"));
        compare(files.get("derivations.tex"), GOLDEN.resolve("small-derivations.tex"));
        compare(files.get("zipfscale.sty"), GOLDEN.resolve("zipfscale.sty"));
    }

    /** Values and plots (issue 8) among the claims: {@code latex/values.zs} gives {@code golden/values.tex}. */
    @Test
    void valuesScript_regeneratesItsGoldenLatex() throws IOException {
        List<Derivation> derivations = CheckRun.read(List.of(VALUES));
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(20));
        Map<String, String> files = LatexDocuments.render(derivations, CheckRun.check(derivations, settings),
                CheckRun.computeExhibits(derivations, settings), List.of(), Map.of(), Optional.empty());
        compare(files.get("values.tex"), GOLDEN.resolve("values.tex"));
    }

    private static void compare(String actual, Path golden) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing; write it with -Dzipfscale.updateGolden=true");
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int i = 0;
            while (i < Math.min(e.length, a.length) && e[i].equals(a[i])) {
                i++;
            }
            assertEquals(i < e.length ? e[i] : "<end of file>", i < a.length ? a[i] : "<end of file>",
                    golden + " differs first at line " + (i + 1)
                            + " (rewrite with -Dzipfscale.updateGolden=true if the change is intended)");
        }
        assertEquals(expected, actual, golden.toString());
    }
}
