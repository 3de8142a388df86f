package zipfscale.check;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A wall-clock budget for one piece of work (a claim's two witnesses, an {@code eval}, an {@code expand}):
 * the work runs on its own thread; past the budget the caller gets the fallback (an UNDECIDED "no verdict
 * within 30 s", an error) and goes on, and the worker is interrupted. Exceptions of the work reach the
 * caller as themselves.
 *
 * <p>Implementation note: Java cannot stop a thread that ignores interrupts; the abandoned worker is a
 * daemon thread, and the long loops it may be in (Symja calls, the expander) check the interrupt flag, so
 * it ends soon after. Its result, if any, is dropped.
 */
public final class WallClockBudget {
    /** The default per-claim budget of {@code check} ({@code --claim-timeout}). */
    public static final Duration DEFAULT_CLAIM_BUDGET = Duration.ofSeconds(30);
    /** The launcher's -Xss8m: expression trees are walked recursively. */
    private static final long STACK_BYTES = 8L << 20;

    private final Duration limit;

    public WallClockBudget(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a budget must be positive: " + limit);
        }
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** The budget in words: "30 s", "0.5 s". */
    public String describe() {
        long ms = limit.toMillis();
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0)) + " s";
    }

    /** Runs {@code work} within the budget; past it returns {@code onTimeout.get()}. */
    public <T> T run(String name, Callable<T> work, Supplier<T> onTimeout) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(null, task, name, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return onTimeout.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
