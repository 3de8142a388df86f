package zipfscale.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import zipfscale.diag.InputException;

/**
 * Entry point: runs the picocli command tree and exits with its code. Bad input (an
 * {@link InputException} from any stage) becomes exit code 2 with its positioned message on stderr and
 * no stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** Runs a command line and returns its exit code, printing to the given writers (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ZipfscaleCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            if (cause instanceof InputException bad) {
                commandLine.getErr().println(bad.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (cause instanceof WallClock.OutOfTime late) {
                commandLine.getErr().println(late.getMessage());
                return ExitCodes.NOT_ALL_HOLD;
            }
            commandLine.getErr().println("zipfscale: internal error: " + cause);
            for (StackTraceElement el : cause.getStackTrace()) {
                commandLine.getErr().println("    at " + el);
            }
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("zipfscale: " + ex.getMessage());
            if (ex instanceof picocli.CommandLine.UnmatchedArgumentException unmatched) {
                // a misspelt command or option: "Did you mean: check?"
                picocli.CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, c.getErr());
            }
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }
}
