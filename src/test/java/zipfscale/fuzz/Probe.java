package zipfscale.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs one input in-process under the harness's own wall-clock budget and classifies what it did. A run
 * that outlives its budget is a {@link Outcome#HANG}; its worker thread is abandoned (daemon) and a fresh
 * one serves the next input.
 */
final class Probe {
    /** A positioned diagnostic line: {@code FILE:LINE:COL: error: ...}. */
    static final Pattern POSITIONED = Pattern.compile("^.+:\\d+:\\d+: error: .+");
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$<>]+\\(.*\\)\\s*$");
    private static final long STACK_BYTES = 8L << 20;

    private ExecutorService worker = newWorker();
    /** The command tree, reused (built on the worker thread; a new worker builds a new one). */
    private zipfscale.cli.InProcessCommandLine commandLine;

    /** The result of one command line run in-process. */
    record Ran(int exit, String out, String err) {
        boolean stackTrace() {
            return TRACE.matcher(out).find() || TRACE.matcher(err).find();
        }
    }

    /** What happened, with a short detail that names the class of a failure. */
    record Result(Outcome outcome, String detail) {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} within {@code budgetMillis}; null when it did not end in time. */
    <T> T within(long budgetMillis, Supplier<T> work) throws Throwable {
        Future<T> f = worker.submit(work::get);
        try {
            return f.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            commandLine = null;
            return null;
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    /** The command line {@code args} through {@link Main#run}, as the launcher would run it. */
    Ran command(long budgetMillis, String... args) {
        try {
            return within(budgetMillis, () -> {
                if (commandLine == null) {
                    commandLine = new zipfscale.cli.InProcessCommandLine();
                }
                zipfscale.cli.InProcessCommandLine.Result res = commandLine.run(args);
                return new Ran(res.exit(), res.out(), res.err());
            });
        } catch (Throwable t) {
            return new Ran(3, "", "escaped Main.run: " + t + "\n" + trace(t));
        }
    }

    /** Classifies a finished command line by exit code and output. */
    static Result classify(Ran r, boolean positionsRequired) {
        if (r == null) {
            return new Result(Outcome.HANG, "no end within the budget");
        }
        if (r.stackTrace()) {
            return new Result(Outcome.STACK_TRACE, firstLine(r.err()));
        }
        switch (r.exit()) {
            case 0:
                return new Result(Outcome.ACCEPTED, "exit 0");
            case 1:
                if (r.err().contains("no result within the time limit")) {
                    return new Result(Outcome.OWN_TIMEOUT, firstLine(r.err()));
                }
                return new Result(Outcome.ACCEPTED, "exit 1");
            case 2:
                return errorClass(r.err(), positionsRequired);
            case 3:
                return new Result(Outcome.INTERNAL_ERROR, firstLine(r.err()));
            default:
                return new Result(Outcome.BAD_EXIT, "exit " + r.exit());
        }
    }

    /** Bad input: every line naming an error is positioned (scripts) or is a named error (eval, fits). */
    static Result errorClass(String err, boolean positionsRequired) {
        // the message lines; a diagnostic's source line and caret are indented
        List<String> lines = err.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
        if (err.isBlank()) {
            return new Result(Outcome.UNPOSITIONED_ERROR, "exit 2 without a message");
        }
        boolean positioned = !lines.isEmpty() && lines.stream().allMatch(l -> POSITIONED.matcher(l).matches());
        if (positioned) {
            return new Result(Outcome.POSITIONED_ERROR, "");
        }
        if (positionsRequired) {
            String bad = lines.isEmpty() ? firstLine(err)
                    : lines.stream().filter(l -> !POSITIONED.matcher(l).matches()).findFirst().orElse("");
            return new Result(Outcome.UNPOSITIONED_ERROR, bad);
        }
        return new Result(Outcome.DOMAIN_OR_USAGE_ERROR, "");
    }

    static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
