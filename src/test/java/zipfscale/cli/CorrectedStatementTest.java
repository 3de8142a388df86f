package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refuted {@code ~} claim's corrected statement is a true leading term, never one whose coefficient cancels
 * to 0. Zeta(s, x) - x^(1-s)/(s-1) ~ x^(1-s)/2 (wrong: DLMF 25.11.43 gives x^(-s)/2) was "corrected" to
 * ((s-1)^(-1) - 1/(s-1)) x^(1-s), which is 0; then to nothing; since the expander drops coefficients the sign
 * oracle shows to be 0, to DLMF 25.11.43's true second term (1/2) x^(-s).
 */
class CorrectedStatementTest {
    @Test
    void aCancellingLeadingTermIsNotOfferedAsTheCorrection(@TempDir Path dir) throws IOException {
        Path s = dir.resolve("hz.zs");
        Files.writeString(s, "derivation hz \"hz\"\nassume x > 1\nassume s > 1\nclaim wrong:\n"
                + "    Zeta(s, x) - x^(1 - s)/(s - 1) ~ x^(1 - s)/2 as x -> Infinity\n"
                + "claim wrong_constant:\n    Gamma(x + 1/2)/Gamma(x) - Sqrt(x) ~ x^(-1/2)/8 as x -> Infinity\n");
        InProcessCommandLine.Result r = new InProcessCommandLine().run("check", s.toString(), "--no-cache",
                "--out", dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        String wrong = r.out().substring(r.out().indexOf(" wrong "), r.out().indexOf(" wrong_constant "));
        assertTrue(wrong.contains("REFUTED"), wrong);
        String flat = wrong.replaceAll("\\s+", " ");
        assertFalse(flat.contains("x^(1 - s) as x"), wrong);
        assertTrue(flat.contains("corrected: Zeta(s, x) - x^(1 - s)/(s - 1) ~ (1/2)*x^(-s)"), wrong);
        // a correction that is a leading term is still offered (DLMF 5.11.13: G_1 = -1/8)
        assertTrue(r.out().replaceAll("\\s+", " ").contains("corrected: Gamma(x + 1/2)/Gamma(x) - Sqrt(x) ~ (-1/8)*x^(-1/2)"),
                r.out());
    }
}
