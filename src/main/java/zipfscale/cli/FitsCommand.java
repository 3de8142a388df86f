package zipfscale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zipfscale fits check|fit ...}: fitted exponents against the theory's consistency relations. */
@Command(name = "fits",
        mixinStandardHelpOptions = true,
        description = "Check fitted scaling exponents against the theory (68)-(69); fit raw loss curves; IsoFLOP frontiers.",
        subcommands = {FitsCheckCommand.class, FitsFitCommand.class, FitsFrontierCommand.class})
public final class FitsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: check, fit or frontier");
    }
}
