package zipfscale.cli;

import picocli.CommandLine.Command;

/**
 * The top command: {@code zipfscale [check|regenerate|eval|bench|fits] ...}. Its subcommands are added by
 * {@link Main#commandLine} (all of them, or only the one named on the command line: picocli builds the
 * model of every command it is given by reflection, a tenth of a second of a one-claim run).
 */
@Command(name = "zipfscale",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Derives and verifies the mathematics of neural scaling laws.")
public final class ZipfscaleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
