package zipfscale.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zipfscale.check.CheckSettings;

/** Options shared by {@code check} and {@code regenerate}. */
public final class CheckOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Scripts (.zs) or folders of scripts. Default: derivations/")
    List<Path> paths;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the random evaluation points (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit of each Symja call in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = 10;

    @Option(names = "--claim-timeout", paramLabel = "SECONDS",
            description = "Wall-clock budget of each claim over both witnesses, in seconds; past it the claim is "
                    + "UNDECIDED (default: ${DEFAULT-VALUE}).")
    double claimTimeoutSeconds = 30;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("proofs-output");

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of the verdict cache (default: OUT/.cache).")
    Path cache;

    @Option(names = "--no-cache", description = "Check everything anew; read and write no cache.")
    boolean noCache;

    @Option(names = "--watch", description = "Stay running: after every save of a script, check again what "
            + "changed and print the verdicts that changed. Ctrl-C ends.")
    boolean watch;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write JUnit XML for CI: one testcase per claim, value, plot and extrapolation.")
    Path junit;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "Compare the verdicts with a saved report.json: list regressions (exit 1) and "
                    + "improvements.")
    Path baseline;

    /** The verdict cache of this run: {@code --cache DIR}, else {@code OUT/.cache}; none with {@code --no-cache}. */
    zipfscale.pipeline.cache.VerdictCache verdictCache() {
        return cacheDirectory().map(zipfscale.pipeline.cache.VerdictCache::at)
                .orElse(zipfscale.pipeline.cache.VerdictCache.none());
    }

    /** The cache folder, or empty with {@code --no-cache}. */
    java.util.Optional<Path> cacheDirectory() {
        return noCache ? java.util.Optional.empty() : java.util.Optional.of(cache != null ? cache : out.resolve(".cache"));
    }

    List<Path> pathsOrDefault() {
        return paths == null || paths.isEmpty() ? List.of(Path.of("derivations")) : paths;
    }

    CheckSettings settings() {
        if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds)) {
            throw new zipfscale.diag.InputException("--timeout must be a positive number of seconds, got "
                    + timeoutSeconds);
        }
        if (!(claimTimeoutSeconds > 0) || Double.isInfinite(claimTimeoutSeconds) || claimTimeoutSeconds * 1000 < 1) {
            throw new zipfscale.diag.InputException("--claim-timeout must be a positive number of seconds, got "
                    + claimTimeoutSeconds);
        }
        return CheckSettings.defaults(Duration.ofMillis((long) (timeoutSeconds * 1000))).withSeed(seed)
                .withClaimTimeout(Duration.ofMillis((long) (claimTimeoutSeconds * 1000)));
    }
}
