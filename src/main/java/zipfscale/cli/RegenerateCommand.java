package zipfscale.cli;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.check.CheckResult;
import zipfscale.claims.Derivation;
import zipfscale.pipeline.CheckRun;
import zipfscale.pipeline.PdfLatex;
import zipfscale.pipeline.Regeneration;
import zipfscale.pipeline.ScriptSources;
import zipfscale.pipeline.Stamp;
import zipfscale.render.ExhibitTable;
import zipfscale.render.VerdictTable;

/**
 * {@code zipfscale regenerate}: the main job. Checks every derivation and regenerates everything under
 * {@code proofs-output/} in one all-or-nothing write: report.json, the LaTeX ({@code zipfscale.sty}, one
 * {@code .tex} per script, {@code derivations.tex}) and, when pdflatex is on PATH, {@code derivations.pdf}.
 * Exit 0 when every claim holds and the PDF was built or pdflatex is absent (said once on stderr); 1 when a
 * claim does not hold or pdflatex failed on the document (its first error lines on stderr); 2 for bad input.
 */
@Command(name = "regenerate", mixinStandardHelpOptions = true,
        description = "Check all derivations and regenerate proofs-output/ (report.json, the .tex files, "
                + "derivations.pdf when pdflatex is on PATH). Exit 0 when every claim is PROVED or CHECKED, 1 "
                + "otherwise or when pdflatex fails, 2 for bad input.")
public final class RegenerateCommand implements Callable<Integer> {

    @Mixin
    CheckOptions options;

    @Option(names = "--stamp", description = "Put the date and the git commit in derivations.tex "
            + "(without it the output is byte-identical from run to run).")
    boolean stamp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (options.watch) {
            boolean[] first = {true};
            return Watching.run(options, spec, run -> {
                write(run, new CiReports(options), first[0]);
                first[0] = false;
            });
        }
        CiReports ci = new CiReports(options);
        return write(CheckRun.run(options.pathsOrDefault(), options.settings(), options.verdictCache()), ci, true);
    }

    /** pdflatex, starting from the auxiliary files of the last compilation kept in the cache folder. */
    private PdfLatex pdflatex() {
        PdfLatex p = PdfLatex.fromEnvironment();
        return options.cacheDirectory().map(d -> p.keepingAuxiliaryFilesIn(d.resolve("latex"))).orElse(p);
    }

    /** Writes the outputs of {@code run}; prints the tables when {@code tables} (not on a watch's re-runs). */
    private int write(CheckRun.Run run, CiReports ci, boolean tables) {
        List<Derivation> derivations = run.derivations();
        List<CheckResult> results = run.results();
        Optional<String> line = stamp ? Optional.of(Stamp.now(Clock.systemUTC())) : Optional.empty();
        Regeneration.Outcome outcome = Regeneration.write(derivations, results, run.exhibits(), run.extrapolations(),
                ScriptSources.chapters(options.pathsOrDefault()), options.out, line, pdflatex());
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (tables) {
            out.print(VerdictTable.print(results));
            out.print(ExhibitTable.print(run.exhibits()));
            out.print(zipfscale.render.ExtrapolationText.print(run.extrapolations()));
            out.print(run.cache().describe());
        }
        out.println("wrote " + outcome.written() + " to " + options.out);
        outcome.latex().filter(PdfLatex.Result::succeeded).ifPresent(r -> out.println(String.format(Locale.ROOT,
                "pdflatex: %d %s, %.1f s", r.runs(), r.runs() == 1 ? "run" : "runs", r.time().toMillis() / 1000.0)));
        out.flush();
        switch (outcome.pdf()) {
            case NO_PDFLATEX:
                err.println("zipfscale: pdflatex is not on PATH: wrote the .tex files, not "
                        + Regeneration.PDF);
                break;
            case FAILED:
                err.println("zipfscale: pdflatex failed on derivations.tex (the .tex files are written, "
                        + Regeneration.PDF + " is not):");
                outcome.latex().ifPresent(r -> r.errors().forEach(l -> err.println("  " + l)));
                break;
            default:
                break;
        }
        err.flush();
        int exit = outcome.pdf() == Regeneration.PdfStatus.FAILED || !run.allHold() ? ExitCodes.NOT_ALL_HOLD
                : ExitCodes.OK;
        return ci.finish(run, zipfscale.render.JsonReport.print(results, run.exhibits(), run.extrapolations()), out,
                exit);
    }
}
