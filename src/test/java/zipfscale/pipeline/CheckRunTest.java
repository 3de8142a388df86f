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

    /**
     * Issue 16's cold start: an identity that expands to 0 in exact arithmetic is PROVED without the symbolic
     * backend (neither started nor asked), so a one-claim check never pays Symja's start-up; a run with two
     * claims to check starts it in the background (warmUp), and a claim that needs it asks it.
     */
    @Test
    void aPolynomialIdentity_neverStartsSymja(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.zs");
        java.nio.file.Files.writeString(one, "derivation one \"One claim\"\nassume alpha > 1\n"
                + "claim square \"(alpha + 1)^2\":\n    (alpha + 1)^2 == alpha^2 + 2*alpha + 1\n");
        Path two = dir.resolve("two.zs");
        java.nio.file.Files.writeString(two, "derivation two \"Two claims\"\nassume alpha > 1\n"
                + "claim square \"(alpha + 1)^2\":\n    (alpha + 1)^2 == alpha^2 + 2*alpha + 1\n"
                + "claim exps \"Exp(a) Exp(b)\":\n    Exp(alpha)*Exp(2*alpha) == Exp(3*alpha)\n");
        CheckSettings base = CheckSettings.defaults(Duration.ofSeconds(20));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger warmed = new java.util.concurrent.atomic.AtomicInteger();
        zipfscale.check.SymbolicBackend counting = new zipfscale.check.SymbolicBackend() {
            @Override
            public zipfscale.cas.CasResult apply(String method, zipfscale.expr.Expr e,
                    List<zipfscale.expr.Comparison> assumptions) {
                asked.incrementAndGet();
                return base.symbolic().apply(method, e, assumptions);
            }

            @Override
            public void warmUp() {
                warmed.incrementAndGet();
            }
        };
        CheckSettings settings = base.withBackends(counting, base.numeric());
        List<CheckResult> r1 = CheckRun.check(CheckRun.read(List.of(one)), settings, 1);
        assertEquals(Verdict.PROVED, r1.get(0).verdict());
        assertEquals(0, asked.get(), "Symja asked for a polynomial identity");
        assertEquals(0, warmed.get(), "Symja started for one claim");
        List<CheckResult> r2 = CheckRun.check(CheckRun.read(List.of(two)), settings, 1);
        assertEquals(1, warmed.get(), "two claims to check start Symja in the background");
        assertTrue(asked.get() > 0, "Exp(a) Exp(2a) == Exp(3a) is beyond exact expansion: Symja is asked");
        assertEquals(Verdict.PROVED, r2.get(1).verdict());
    }
}
