package zipfscale.cas;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;

/**
 * The facade over Symja: the only way the engine asks for algebra. Sandboxed and time-limited:
 * <ul>
 *   <li>only our tree goes in, written by {@link SymjaWriter} with whitelisted functions and fresh symbol
 *       names, so no script text ever reaches Symja's evaluator (no {@code Run}, {@code Import}, Java);</li>
 *   <li>Symja's file system access stays off and its polynomial library runs without threads
 *       ({@code Config.JAS_NO_THREADS}), so the JVM exits promptly;</li>
 *   <li>every call runs on a worker thread with a time limit; a call that overruns is abandoned with its
 *       worker (a daemon thread) and the next call gets a fresh engine.</li>
 * </ul>
 * Answers are {@link CasResult}s: witnesses to be confirmed numerically, never verdicts.
 */
public final class Symja {
    private static final Symja SHARED = new Symja();

    static {
        Config.JAS_NO_THREADS = true;
        Config.FILESYSTEM_ENABLED = false;
    }

    private ExecutorService worker;
    /** The worker's thread, to stop it when its call is abandoned. */
    private volatile Thread workerThread;
    private ExprEvaluator evaluator;
    private volatile boolean warm;

    private Symja() {
    }

    /** The engine of this process (Symja takes about 1.5 s to start; start it once). */
    public static Symja shared() {
        return SHARED;
    }

    /**
     * Symja's answers by input text, for the run: claims of one derivation ask the same questions (the same
     * constants, the same side conditions) again and again. The input names symbols zz1, zz2, ... in order
     * of appearance, so equal text is an equal question; the answer is read back with the caller's own
     * naming. Only answers are kept, never time-outs or failures.
     */
    private final java.util.Map<String, IExpr> answers = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, IExpr> eldest) {
            return size() > 20_000;
        }
    };

    /**
     * Applies Symja's {@code method} ({@code Simplify}, {@code FullSimplify}, {@code Together},
     * {@code Factor}, {@code Expand}) to {@code e} under {@code assumptions}.
     */
    public synchronized CasResult apply(String method, Expr e, List<Comparison> assumptions, Duration timeout) {
        if (!List.of("Simplify", "FullSimplify", "Together", "Factor", "Expand", "PowerExpand", "Apart").contains(method)) {
            throw new IllegalArgumentException("not an allowed Symja method: " + method);
        }
        if (ImproperIntegral.in(e)) {
            return new CasResult.Failed("not asked: Symja 3.0.0 does not evaluate integrals to infinity with parameters");
        }
        SymbolNaming naming = new SymbolNaming();
        SymjaWriter writer = new SymjaWriter(naming);
        String input;
        try {
            String body = writer.write(e);
            boolean takesAssumptions = method.equals("Simplify") || method.equals("FullSimplify");
            if (takesAssumptions && !assumptions.isEmpty()) {
                String a = assumptions.stream().map(writer::write).collect(Collectors.joining("&&"));
                input = method + "(" + body + "," + a + ")";
            } else {
                input = method + "(" + body + ")";
            }
        } catch (IllegalArgumentException ex) {
            return new CasResult.Failed(ex.getMessage());
        }
        IExpr answer = answers.get(input);
        if (answer == null && Thread.currentThread().isInterrupted()) {
            // the caller's budget is spent: no new work for the engine
            return new CasResult.Failed("interrupted (time budget spent)");
        }
        try {
            if (answer == null) {
                answer = run(input, timeout);
                answers.put(input, answer);
            }
        } catch (TimeoutException ex) {
            return new CasResult.Failed("Symja did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException ex) {
            return new CasResult.Failed("Symja failed: " + ex.getCause());
        }
        try {
            return new CasResult.Done(new SymjaReader(naming).read(answer), method);
        } catch (SymjaReader.Unreadable ex) {
            return new CasResult.Failed(ex.getMessage());
        }
    }

    /**
     * Starts the engine on its worker thread and returns at once (Symja takes 1.5-3 s to start, time the
     * caller can spend on other work). The first call still allows for the start-up in its time limit
     * until the engine is up. Nothing is assigned, so later answers are the same with or without it.
     */
    public synchronized void warmUp() {
        if (worker != null) {
            return;
        }
        startWorker();
        worker.submit(() -> {
            engine();
            // loads the classes of the usual calls
            evaluator.eval("Together(1/a + 1/b) + Simplify(a^2 - a*a)");
            return null;
        });
    }

    private void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "symja");
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
        evaluator = null;
        warm = false;
    }

    /** The evaluator, created on the worker thread (Symja's EvalEngine is thread-local). */
    private ExprEvaluator engine() {
        if (evaluator == null) {
            java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            EvalEngine engine = new EvalEngine("zipfscale", 256, 1000, quiet, quiet, true);
            engine.setQuietMode(true);
            evaluator = new ExprEvaluator(engine, false, (short) 100);
            warm = true;
        }
        return evaluator;
    }

    private IExpr run(String input, Duration timeout) throws TimeoutException, ExecutionException {
        if (worker == null) {
            startWorker();
        }
        Future<IExpr> f = worker.submit(() -> engine().eval(input));
        try {
            // the first call also pays Symja's start-up
            long millis = timeout.toMillis() + (warm ? 0 : 5000);
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            // the caller's claim budget is spent while Symja still computes: the call is abandoned like a
            // time-out, or every later call would queue behind it on the same worker
            abandon(f);
            Thread.currentThread().interrupt();
            throw new ExecutionException(ex);
        } catch (TimeoutException ex) {
            abandon(f);
            throw ex;
        }
    }

    /**
     * Gives up the running call with its worker and engine; the next call starts a fresh one. Symja checks for
     * interruption only between evaluation steps, and code inside one built-in (a polynomial GCD of JAS) runs on:
     * an abandoned worker that has not ended after {@link #GRACE_MILLIS} is stopped, or it would hold a core
     * for the rest of the run (seen: one Together call running for 25 minutes of a regenerate). Stopping it can
     * leave only that worker's engine in a bad state, and that engine is never used again; an answer of a
     * later engine is a witness like any other, confirmed numerically.
     */
    private void abandon(Future<IExpr> f) {
        f.cancel(true);
        Thread t = workerThread;
        worker.shutdownNow();
        worker = null;
        workerThread = null;
        warm = false;
        if (t != null) {
            Thread reaper = new Thread(() -> stopLater(t), "symja-reaper");
            reaper.setDaemon(true);
            reaper.start();
        }
    }

    private static final long GRACE_MILLIS = 2000;

    @SuppressWarnings({"deprecation", "removal"}) // Thread.stop: the only way to end a computation that ignores interrupts
    private static void stopLater(Thread t) {
        try {
            t.join(GRACE_MILLIS);
            if (t.isAlive()) {
                t.stop();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException ex) {
            // a JVM without Thread.stop (Java 20+): the daemon runs on until its call ends
        }
    }
}
