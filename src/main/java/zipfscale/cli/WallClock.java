package zipfscale.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Option;

/**
 * The wall-clock budget of a one-shot command ({@code eval}; meant for {@code expand} too): the option
 * {@code --timeout SECONDS} and {@link #run}, which computes on a worker thread and gives up at the
 * deadline with {@link OutOfTime} (exit code 1, one line on stderr, nothing on stdout). A command uses it
 * as a picocli mixin: {@code @Mixin WallClock clock;} then {@code clock.run("eval", () -> compute())},
 * printing only after {@code run} returns.
 *
 * <p>Implementation note: numeric loops do not poll for interruption, so the worker is interrupted and
 * left behind as a daemon thread; the command line ends the process right after the message (Main
 * halts), so it never outlives the command.
 */
public final class WallClock {
    /** Default budget in seconds. */
    public static final double DEFAULT_SECONDS = 30;

    /** The launcher's -Xss8m: expression trees and series are walked recursively. */
    private static final long STACK_BYTES = 8L << 20;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Wall-clock budget of the whole evaluation in seconds (default: ${DEFAULT-VALUE}); "
                    + "past it the command stops with exit code 1.")
    double seconds = DEFAULT_SECONDS;

    /** A command that ran out of its wall-clock budget: exit code 1, no stack trace. */
    public static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTime(String message) {
            super(message);
        }
    }

    /** Runs {@code work} within the budget; its exceptions are rethrown as they are. */
    public <T> T run(String command, Callable<T> work) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new zipfscale.diag.InputException("--timeout must be a positive number of seconds, got "
                    + String.format(Locale.ROOT, "%s", seconds));
        }
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(null, task, command + "-worker", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get((long) Math.ceil(seconds * 1e9), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new OutOfTime("zipfscale " + command + ": no result within the time limit of "
                    + String.format(Locale.ROOT, "%.3g", seconds) + " s (--timeout SECONDS raises it); nothing was printed");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutOfTime("zipfscale " + command + ": interrupted");
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
