package zipfscale.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One command tree of {@link Main} reused for many runs in one JVM (the fuzz campaign's runner): building
 * picocli's tree takes about as long as a double {@code eval}; picocli resets every option to its initial
 * value before each parse, so runs do not leak into each other. Exceptions are mapped as {@link Main} maps
 * them. Not thread-safe: one instance per thread.
 */
public final class InProcessCommandLine {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final picocli.CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));

    /** What one run printed and its exit code. */
    public record Result(int exit, String out, String err) {
    }

    public Result run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }
}
