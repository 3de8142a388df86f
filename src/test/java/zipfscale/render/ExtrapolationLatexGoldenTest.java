package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Derivation;
import zipfscale.pipeline.CheckRun;

/**
 * Golden LaTeX of an {@code extrapolate} statement ({@code scripts/extrapolation/misspecified.zs}: the
 * REFUTED case, with its table and figure). Rewrite with {@code -Dzipfscale.updateGolden=true} after an
 * intended change and review the diff.
 */
class ExtrapolationLatexGoldenTest {
    private static final Path SCRIPT = Path.of("src/test/resources/scripts/extrapolation/misspecified.zs");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/extrapolation-misspecified.tex");

    @Test
    void misspecifiedExtrapolation_regeneratesItsGoldenLatex() throws Exception {
        List<Derivation> derivations = CheckRun.read(List.of(SCRIPT));
        Map<String, String> files = LatexDocuments.render(derivations, List.of(), List.of(),
                CheckRun.extrapolations(derivations), Map.of(), Optional.empty());
        String tex = files.get("misspecified.tex");
        assertTrue(tex.contains("\\zsplot{\\begin{tikzpicture}") && !tex.contains("axis}") && tex.contains("\\zsREFUTED"), tex);
        if (Boolean.getBoolean("zipfscale.updateGolden")) {
            Files.writeString(GOLDEN, tex, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), tex);
    }
}
