package zipfscale.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.claims.Derivation;

/**
 * No input makes {@code check} run past (claims x claim budget) + start-up (issue 13 acceptance): Stirling's
 * formula and a Gamma ratio at a growing argument ran for more than two minutes on main (9071560, measured
 * 2026-12-02 on the 2-core reference machine, killed by timeout 120).
 */
class ClaimBudgetRunTest {

    @Test
    void claimsThatUsedToHang_endWithinTheirBudgets(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("stirling.zs");
        Files.writeString(script, """
                derivation stirling "Stirling"

                claim stirling "DLMF 5.11.3":
                    Gamma(x) ~ Sqrt(2*Pi)*x^(x - 1/2)*Exp(-x) as x -> Infinity

                claim ratio "DLMF 5.11.12":
                    Gamma(x + 1/2)/Gamma(x) ~ x^(1/2) as x -> Infinity
                """);
        List<Derivation> ds = CheckRun.read(List.of(script));
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(10)).withClaimTimeout(Duration.ofSeconds(3));
        long start = System.nanoTime();
        List<CheckResult> rs = CheckRun.check(ds, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2, rs.size());
        // 2 claims x 3 s, plus 20 s for Symja's start-up on a loaded machine
        assertTrue(seconds < 2 * 3 + 20, "took " + seconds + " s");
    }
}
