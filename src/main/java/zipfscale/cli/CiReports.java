package zipfscale.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import zipfscale.pipeline.BaselineComparison;
import zipfscale.pipeline.CheckRun;
import zipfscale.pipeline.OutputBatch;
import zipfscale.render.JunitReport;

/**
 * {@code --junit FILE} and {@code --baseline OLD.json} of {@code check} and {@code regenerate} (issue 16).
 * The baseline is read before the run (so that {@code --baseline proofs-output/report.json} compares with
 * the previous run, and a bad file is bad input before anything is checked); the JUnit file is written
 * after it, by temporary file and move.
 */
final class CiReports {
    private final CheckOptions options;
    private final Optional<JsonNode> baseline;

    CiReports(CheckOptions options) {
        this.options = options;
        this.baseline = Optional.ofNullable(options.baseline).map(BaselineComparison::readBaseline);
    }

    /**
     * Writes the JUnit file, prints the comparison with the baseline; returns {@code exit}, or
     * {@link ExitCodes#NOT_ALL_HOLD} when the baseline comparison found a regression.
     */
    int finish(CheckRun.Run run, String report, PrintWriter out, int exit) {
        if (options.junit != null) {
            Path file = options.junit.toAbsolutePath();
            new OutputBatch(file.getParent()).put(file.getFileName().toString(),
                    JunitReport.print(run.results(), run.exhibits(), run.extrapolations())).commit();
        }
        if (baseline.isEmpty()) {
            return exit;
        }
        BaselineComparison c = BaselineComparison.compare(baseline.get(), report);
        out.print(c.describe());
        out.flush();
        return c.regressions().isEmpty() ? exit : ExitCodes.NOT_ALL_HOLD;
    }
}
