package zipfscale.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.check.CheckResult;
import zipfscale.pipeline.CheckRun;
import zipfscale.pipeline.OutputBatch;
import zipfscale.render.ExhibitTable;
import zipfscale.render.JsonReport;
import zipfscale.render.VerdictTable;

/** {@code zipfscale check [PATH...]}: checks every claim, prints a table (or JSON), writes report.json. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every claim of the scripts, compute their values and plots; write report.json. "
                + "Exit 0 when every claim is PROVED or CHECKED and every value is established (and in its "
                + "expected range), 1 otherwise, 2 for bad input.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    CheckOptions options;

    @Option(names = "--json", description = "Print report.json on stdout instead of the table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (options.watch) {
            boolean[] first = {true};
            return Watching.run(options, spec, run -> {
                if (first[0]) {
                    report(run, new CiReports(options));
                    first[0] = false;
                } else {
                    new OutputBatch(options.out).put("report.json",
                            JsonReport.print(run.results(), run.exhibits(), run.extrapolations())).commit();
                }
            });
        }
        CiReports ci = new CiReports(options);
        return report(CheckRun.run(options.pathsOrDefault(), options.settings(), options.verdictCache()), ci);
    }

    private int report(CheckRun.Run run, CiReports ci) {
        List<CheckResult> results = run.results();
        String report = JsonReport.print(results, run.exhibits(), run.extrapolations());
        new OutputBatch(options.out).put("report.json", report).commit();
        spec.commandLine().getOut().print(json ? report
                : VerdictTable.print(results) + ExhibitTable.print(run.exhibits())
                        + zipfscale.render.ExtrapolationText.print(run.extrapolations()) + run.cache().describe());
        if (json) {
            spec.commandLine().getErr().print(run.cache().describe());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().flush();
        return ci.finish(run, report, json ? spec.commandLine().getErr() : spec.commandLine().getOut(),
                run.allHold() ? ExitCodes.OK : ExitCodes.NOT_ALL_HOLD);
    }
}
