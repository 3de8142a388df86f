package zipfscale.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded slice of the fuzz campaign that runs in {@code mvn verify} (issue 21): 1500 inputs of seed
 * 2026 (about 600 script mutants, 230 generated expressions, 450 eval calls, 220 fits files; 4 full
 * checks, 4 comparisons with the 40-digit mode). About a minute on the loaded 2-core machine. The full
 * campaign (1e5 inputs) is {@code bench/fuzz}.
 */
class FuzzSliceTest {

    @Test
    void seededSlice_endsClean(@TempDir Path work) {
        Tally t = FuzzCampaign.slice(2026, 1500, 400, 100, work);
        assertEquals(0, t.failureCount(), t.report());
        // the slice reaches every stage and both kinds of end, so it cannot pass vacuously
        for (String kind : new String[] {"script", "expression", "eval", "fits"}) {
            assertTrue(t.get(kind + "." + Outcome.ACCEPTED.name()) > 0, kind + " never accepted\n" + t.report());
            assertTrue(t.get(kind + "." + Outcome.POSITIONED_ERROR.name()) > 0, kind + " never rejected\n" + t.report());
        }
        assertTrue(t.get("eval." + Outcome.BOUND_KEPT.name()) > 0, t.report());
        assertTrue(t.counts.keySet().stream().anyMatch(k -> k.startsWith("check.full.")), t.report());
    }
}
