package zipfscale.cas;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Keeps Symja's own printing off the process's standard streams. Symja 3.0.0 calls
 * {@code printStackTrace()} on some of its exceptions whatever its configuration
 * ({@code EvalEngine.evalASTBuiltinFunction}: "ArgumentTypeException: Infinite expression 1/0 encountered."
 * on the console of a regenerate), so what the Symja worker threads write to {@code System.err} and
 * {@code System.out} is dropped; every other thread's output passes unchanged.
 */
final class WorkerOutput extends FilterOutputStream {
    /** The name of the threads whose output is dropped: the facade's workers. */
    static final String WORKER = "symja";

    private WorkerOutput(OutputStream target) {
        super(target);
    }

    /** Installs the filter on System.err and System.out, once per process. */
    static synchronized void install() {
        if (!(System.err instanceof Filtered)) {
            System.setErr(new Filtered(System.err));
        }
        if (!(System.out instanceof Filtered)) {
            System.setOut(new Filtered(System.out));
        }
    }

    private static boolean fromWorker() {
        return WORKER.equals(Thread.currentThread().getName());
    }

    @Override
    public void write(int b) throws IOException {
        if (!fromWorker()) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (!fromWorker()) {
            out.write(b, off, len);
        }
    }

    /** A print stream over the filter (the type marks it as installed). */
    private static final class Filtered extends PrintStream {
        Filtered(PrintStream target) {
            super(new WorkerOutput(target), true);
        }
    }
}
