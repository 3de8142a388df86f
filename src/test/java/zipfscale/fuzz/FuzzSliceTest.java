package zipfscale.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded slice of the fuzz campaign that runs in {@code mvn verify} (issue 21): 1200 inputs of seed
 * 2026 (about 470 script mutants, 180 generated expressions, 370 eval calls, 180 fits files; one in 40
 * elaborated scripts checked fully, one in 100 double evals compared with the 40-digit mode). 60-100 s on
 * the loaded 2-core machine. The full
 * campaign (1e5 inputs) is {@code bench/fuzz}.
 */
class FuzzSliceTest {

    @Test
    void seededSlice_endsClean(@TempDir Path work) {
        Tally t = FuzzCampaign.slice(2026, 1200, 40, 100, work);
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
