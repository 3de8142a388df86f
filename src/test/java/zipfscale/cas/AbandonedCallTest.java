package zipfscale.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/**
 * A Symja call that overruns its time limit, or whose caller's claim budget is spent, is abandoned with its
 * worker, and the worker is stopped: JAS's polynomial GCD does not look at interrupts, and a worker left
 * running held a core for 25 minutes of a regenerate while every later call queued behind it.
 */
class AbandonedCallTest {
    /**
     * A sum of rational functions whose Together runs in JAS's GCD over big rationals for minutes without
     * looking at interrupts (measured: still running 8 s after an interrupt; the first two fractions alone
     * take 0.3 s).
     */
    private static Expr heavy() {
        return ExpressionReader.read("(x^40 + 3*y^39 + z)/((x + 1)^20*(y + 2)^20 + 2) - (y^30 + x)/((x - y)^25 + 5)"
                + " + 1/(x^17*y^13 + z^9 + 1) + 1/(x^23*z^11 + y^19 + 2)", "heavy", 1, 1);
    }

    /** An engine that is up, so that the heavy call's time limit is not stretched by Symja's start-up. */
    private static void warm() {
        assertInstanceOf(CasResult.Done.class, Symja.shared().apply("Expand", Expr.pow(Expr.add(Expr.sym("w"),
                Expr.num(2)), Expr.num(3)), List.of(), Duration.ofSeconds(30)));
    }

    private static long busySymjaWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("symja") && t.isAlive() && t.getState() == Thread.State.RUNNABLE)
                .count();
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 50 && busySymjaWorkers() > 0; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void aCallPastItsTimeLimitIsStoppedAndTheNextCallAnswers() throws InterruptedException {
        warm();
        CasResult r = Symja.shared().apply("Together", heavy(), List.of(), Duration.ofMillis(50));
        assertTrue(r instanceof CasResult.Failed f && f.reason().contains("did not answer"), "50 ms is not enough: " + r);
        settle();
        assertEquals(0, busySymjaWorkers(), "the abandoned worker was stopped within its grace period");
        CasResult next = Symja.shared().apply("Expand", Expr.pow(Expr.add(Expr.sym("a"), Expr.num(1)), Expr.num(2)),
                List.of(), Duration.ofSeconds(20));
        assertInstanceOf(CasResult.Done.class, next, "a fresh engine answers the next call");
    }

    @Test
    void aCallWhoseCallerIsInterruptedIsAbandonedToo() throws InterruptedException {
        warm();
        AtomicReference<CasResult> seen = new AtomicReference<>();
        Thread caller = new Thread(() -> seen.set(Symja.shared().apply("Together", heavy(), List.of(), Duration.ofSeconds(600))));
        caller.start();
        Thread.sleep(500);
        caller.interrupt();   // what WallClockBudget does when a claim's budget is spent
        caller.join(10_000);
        assertTrue(!caller.isAlive() && seen.get() instanceof CasResult.Failed f && f.reason().contains("InterruptedException"),
                "the caller returned: " + seen.get());
        settle();
        assertEquals(0, busySymjaWorkers(), "no worker left computing for an interrupted caller");
        CasResult next = Symja.shared().apply("Expand", Expr.pow(Expr.add(Expr.sym("b"), Expr.num(1)), Expr.num(2)),
                List.of(), Duration.ofSeconds(20));
        assertInstanceOf(CasResult.Done.class, next);
    }
}
