package zipfscale.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import zipfscale.diag.InputException;

/**
 * Entry point: runs the picocli command tree and exits with its code. Bad input (an
 * {@link InputException} from any stage) becomes exit code 2 with its positioned message on stderr and
 * no stack trace.
 */
public final class Main {

    /** The subcommands in the order of the help text. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private Main() {
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("help", CommandLine.HelpCommand::new);
        m.put("check", CheckCommand::new);
        m.put("regenerate", RegenerateCommand::new);
        m.put("fits", FitsCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("expand", ExpandCommand::new);
        m.put("bench", BenchCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** Runs a command line and returns its exit code, printing to the given writers (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err, args.length > 0 ? args[0] : "");
        return cl.execute(args);
    }

    /** The full command tree (help, suggestions for a misspelt command). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, "");
    }

    /**
     * The command tree for a command line whose first word is {@code first}: only that subcommand when it
     * names one (the others are never run, and building their models costs start-up time), else all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new ZipfscaleCommand());
        Supplier<Object> only = SUBCOMMANDS.get(first);
        if (only != null) {
            cl.addSubcommand(first, only.get());
        } else {
            SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
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
