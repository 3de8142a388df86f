package zipfscale.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.fit.Bootstrap;
import zipfscale.fit.IsoFlopFrontier;
import zipfscale.fit.IsoFlopRuns;
import zipfscale.fit.IsoFlopRunsReader;
import zipfscale.pipeline.OutputBatch;
import zipfscale.render.FrontierFiles;
import zipfscale.render.FrontierLatex;

/**
 * {@code zipfscale fits frontier RUNS.csv}: Hoffmann et al.'s Approach 2 on raw runs (IsoFLOP profiles,
 * their minimisers, {@code N_opt ~ C^a_N}, {@code D_opt ~ C^b_D}) with a bootstrap over runs; writes
 * {@code frontier-<name>.csv} (a fits file), its draws, and {@code frontier-<name>.tex} (TikZ figure).
 */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "IsoFLOP frontier (Approach 2) from raw runs: columns N, D (or tau), loss, and C or budget.")
public final class FitsFrontierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUNS.csv", description = "CSV: N, D or tau, loss, and C (compute) or budget (a group label)")
    Path runsFile;

    @Option(names = "--bin-width", paramLabel = "DECADES",
            description = "width of a compute bin when there is no budget column (default: ${DEFAULT-VALUE})")
    double binWidth = IsoFlopFrontier.DEFAULT_BIN_WIDTH;

    @Option(names = "--seed", paramLabel = "N", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed = Bootstrap.DEFAULT_SEED;

    @Option(names = "--resamples", paramLabel = "N", description = "bootstrap resamples, at least 50 (default: ${DEFAULT-VALUE})")
    int resamples = Bootstrap.DEFAULT_RESAMPLES;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("proofs-output");

    @Override
    public Integer call() {
        String file = runsFile.toString();
        String text;
        try {
            text = Files.readString(runsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(SourceSpan.wholeFile(file), "cannot read: " + e.getMessage()));
        }
        Diagnostics diagnostics = new Diagnostics();
        if (resamples < 50) {
            diagnostics.error(new SourceSpan("--resamples", 1, 1, 1), "--resamples must be at least 50, not " + resamples, null);
        }
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            diagnostics.error(new SourceSpan("--bin-width", 1, 1, 1), "--bin-width must be a positive number of decades,"
                    + " not " + binWidth, null);
        }
        IsoFlopRuns runs = IsoFlopRunsReader.read(text, file, diagnostics);
        diagnostics.throwIfErrors();
        IsoFlopFrontier.Result result;
        try {
            result = IsoFlopFrontier.run(runs, binWidth, seed, resamples);
        } catch (IllegalArgumentException e) {
            throw new InputException(Diagnostic.error(SourceSpan.wholeFile(file), e.getMessage()));
        }
        String name = baseName(runsFile);
        String drawsName = "frontier-" + name + "-draws.csv";
        OutputBatch batch = new OutputBatch(out);
        batch.put("frontier-" + name + ".csv", FrontierFiles.fitsFile(result, drawsName));
        batch.put(drawsName, FrontierFiles.draws(result));
        batch.put("frontier-" + name + ".tex", FrontierLatex.render(result));
        PrintWriter w = spec.commandLine().getOut();
        w.print(FrontierFiles.table(result));
        batch.commit();
        w.println("  wrote " + out.resolve("frontier-" + name + ".csv") + " (check it with: zipfscale fits check "
                + out.resolve("frontier-" + name + ".csv") + "), its draws, and " + out.resolve("frontier-" + name + ".tex"));
        w.flush();
        return ExitCodes.OK;
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
