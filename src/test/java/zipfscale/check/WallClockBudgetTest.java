package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A budget returns the work's value in time, the fallback past it, and the work's exception as itself. */
class WallClockBudgetTest {

    @Test
    void fastWork_givesItsValue() {
        assertEquals("done", new WallClockBudget(Duration.ofSeconds(5)).run("fast", () -> "done", () -> "late"));
    }

    @Test
    void slowWork_givesTheFallbackInTime() {
        long start = System.nanoTime();
        String r = new WallClockBudget(Duration.ofMillis(200)).run("slow", () -> {
            Thread.sleep(60_000);
            return "done";
        }, () -> "late");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("late", r);
        // 0.2 s budget; 3 s leaves room for a loaded machine (2 cores shared by several builds)
        assertTrue(seconds < 3, "took " + seconds + " s");
    }

    @Test
    void failingWork_throwsItsOwnException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WallClockBudget(Duration.ofSeconds(5)).run("failing", () -> {
                    throw new IllegalArgumentException("bad");
                }, () -> "late"));
        assertEquals("bad", e.getMessage());
    }

    @Test
    void describe_readsInSeconds() {
        assertEquals("30 s", new WallClockBudget(Duration.ofSeconds(30)).describe());
        assertEquals("0.5 s", new WallClockBudget(Duration.ofMillis(500)).describe());
    }
}
