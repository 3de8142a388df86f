package zipfscale.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import zipfscale.fit.CheckReport;
import zipfscale.fit.ConsistencyCheck;
import zipfscale.fit.FitsFile;
import zipfscale.fit.FitsFileReader;
import zipfscale.fit.MonteCarlo;
import zipfscale.fit.VerdictThresholds;
import zipfscale.pipeline.OutputBatch;
import zipfscale.render.FitsJson;
import zipfscale.render.FitsLatexWriter;
import zipfscale.render.FitsTextTable;

/**
 * {@code zipfscale fits check FILE...}: reads every fits file (all errors of all files are reported
 * together, exit 2, nothing written), checks each, prints a table or {@code --json}, and writes
 * {@code fits-<name>.tex} per file into the output folder, all or nothing. Exit 1 when a relation is
 * INCONSISTENT or a finding rules the theory out.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check fits files against the consistency relations of the theory.")
public final class FitsCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "fits files (CSV: quantity,value,lower,upper,stderr,source)")
    List<Path> files;

    @Option(names = "--json", description = "print JSON instead of the table")
    boolean json;

    @Option(names = "--seed", paramLabel = "N", description = "Monte Carlo seed (default: ${DEFAULT-VALUE})")
    long seed = MonteCarlo.DEFAULT_SEED;

    @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo draws, at least 1000 (default: ${DEFAULT-VALUE})")
    int samples = MonteCarlo.DEFAULT_SAMPLES;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("proofs-output");

    @Override
    public Integer call() {
        if (samples < 1000) {
            throw new InputException("--samples must be at least 1000, not " + samples);
        }
        Diagnostics diagnostics = new Diagnostics();
        List<FitsFile> parsed = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path p : files) {
            String text;
            try {
                text = java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                diagnostics.report(Diagnostic.error(SourceSpan.wholeFile(p.toString()), "cannot read: " + e.getMessage()));
                continue;
            }
            boolean clean = !diagnostics.hasErrors();
            FitsFile f = FitsFileReader.parse(text, p.toString(), diagnostics);
            if (clean && !diagnostics.hasErrors()) {
                zipfscale.fit.JointDraws joint = zipfscale.fit.JointDrawsReader.read(text, p, f, diagnostics);
                f = joint == null ? f : f.withJointDraws(joint);
            }
            Path other = names.putIfAbsent(f.baseName(), p);
            if (other != null) {
                diagnostics.report(Diagnostic.error(SourceSpan.wholeFile(p.toString()), "its output fits-"
                        + f.baseName() + ".tex would overwrite that of " + other));
            }
            parsed.add(f);
        }
        diagnostics.throwIfErrors();

        ConsistencyCheck check = new ConsistencyCheck(seed, samples, VerdictThresholds.DEFAULT);
        OutputBatch batch = new OutputBatch(out);
        List<CheckReport> reports = new ArrayList<>();
        for (FitsFile f : parsed) {
            CheckReport r = check.check(f);
            reports.add(r);
            batch.put("fits-" + f.baseName() + ".tex", FitsLatexWriter.render(r));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.print(FitsJson.render(reports));
        } else {
            for (CheckReport r : reports) {
                w.print(FitsTextTable.render(r));
                w.println();
            }
        }
        batch.commit();
        w.flush();
        return reports.stream().anyMatch(CheckReport::anyInconsistent) ? ExitCodes.NOT_ALL_HOLD : ExitCodes.OK;
    }
}
