package zipfscale.cli;

import picocli.CommandLine.Command;

/** The top command: {@code zipfscale [check|regenerate|eval|bench|fits] ...}. */
@Command(name = "zipfscale",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Derives and verifies the mathematics of neural scaling laws.",
        subcommands = {
            picocli.CommandLine.HelpCommand.class,
            CheckCommand.class,
            RegenerateCommand.class,
            FitsCommand.class,
            EvalCommand.class,
            ExpandCommand.class,
            BenchCommand.class,
        })
public final class ZipfscaleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
