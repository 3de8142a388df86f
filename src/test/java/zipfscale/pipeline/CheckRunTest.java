package zipfscale.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.check.Verdict;
import zipfscale.claims.Derivation;
import zipfscale.render.JsonReport;

/**
 * Checking claims on several threads gives the report of one thread, byte for byte and in script order
 * (the claims are independent; Symja is serialised behind its facade), and a checker's exception reaches
 * the caller as itself.
 */
class CheckRunTest {
    private static final List<Path> SCRIPTS = List.of(Path.of("derivations/05-remark-5-1.zs"),
            Path.of("derivations/10-compute-optimal.zs"));

    @Test
    void twoThreads_giveTheReportOfOne() {
        List<Derivation> ds = CheckRun.read(SCRIPTS);
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(20));
        List<CheckResult> one = CheckRun.check(ds, settings, 1);
        List<CheckResult> two = CheckRun.check(ds, settings, 2);
        assertEquals(JsonReport.print(one), JsonReport.print(two));
        // not vacuous: both files' claims, in order, with more than one verdict among them
        assertEquals(ds.stream().mapToInt(d -> d.claims().size()).sum(), two.size());
        assertEquals("threshold_two", two.get(0).claim().info().id());
        assertTrue(two.stream().anyMatch(r -> r.verdict() == Verdict.PROVED));
        assertTrue(two.stream().anyMatch(r -> r.verdict() == Verdict.CHECKED));
    }

    @Test
    void aCheckersException_reachesTheCallerUnwrapped() {
        List<Derivation> ds = CheckRun.read(List.of(Path.of("derivations/10-compute-optimal.zs")));
        CheckSettings base = CheckSettings.defaults(Duration.ofSeconds(20));
        CheckSettings failing = base.withBackends((m, e, a) -> {
            throw new UnsupportedOperationException("backend down");
        }, base.numeric());
        UnsupportedOperationException ex = assertThrows(UnsupportedOperationException.class,
                () -> CheckRun.check(ds, failing, 2));
        assertEquals("backend down", ex.getMessage());
    }
}
