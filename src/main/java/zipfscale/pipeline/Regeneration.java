package zipfscale.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zipfscale.check.CheckResult;
import zipfscale.check.ExhibitResult;
import zipfscale.claims.Derivation;
import zipfscale.render.JsonReport;
import zipfscale.render.LatexDocuments;

/**
 * The outputs of {@code regenerate}, written in one {@link OutputBatch}: {@code report.json},
 * {@code zipfscale.sty}, one {@code .tex} per script and {@code derivations.tex}; then, when pdflatex is
 * available and compiles the document, {@code derivations.pdf} and {@code derivations.log}. When it is not
 * available or fails, the PDF and log of an earlier run are removed, so no stale PDF sits beside the new
 * sources; the {@code .tex} files and the report are written in every case.
 */
public final class Regeneration {
    public static final String PDF = "derivations.pdf";
    public static final String LOG = "derivations.log";

    /** What became of the PDF. */
    public enum PdfStatus {
        COMPILED,
        NO_PDFLATEX,
        FAILED
    }

    /** The files written (in order), the PDF's fate and, when pdflatex ran, its result. */
    public record Outcome(List<String> written, PdfStatus pdf, Optional<PdfLatex.Result> latex) {
    }

    private Regeneration() {
    }

    /**
     * @param exhibits the values and plots computed (issue 8)
     * @param chapters script path to the title of its chapter ({@link ScriptSources#chapters}); scripts
     *     not in it form the main part of the document
     * @param stamp the line of {@code --stamp} (date, commit), or empty for byte-identical output
     */
    public static Outcome write(List<Derivation> derivations, List<CheckResult> results,
            List<ExhibitResult> exhibits, List<zipfscale.fit.ExtrapolationResult> extrapolations,
            Map<String, String> chapters, Path out, Optional<String> stamp, PdfLatex pdflatex) {
        OutputBatch batch = new OutputBatch(out).put("report.json", JsonReport.print(results, exhibits, extrapolations));
        Map<String, String> tex = LatexDocuments.render(derivations, results, exhibits, extrapolations, chapters, stamp);
        tex.forEach(batch::put);
        PdfStatus status;
        Optional<PdfLatex.Result> result = Optional.empty();
        if (!pdflatex.available()) {
            status = PdfStatus.NO_PDFLATEX;
        } else {
            PdfLatex.Result r = pdflatex.compile(tex, LatexDocuments.DOCUMENT, stamp.isEmpty());
            result = Optional.of(r);
            status = r.succeeded() ? PdfStatus.COMPILED : PdfStatus.FAILED;
            if (r.succeeded()) {
                batch.put(PDF, r.pdf()).put(LOG, r.log());
            }
        }
        if (status != PdfStatus.COMPILED) {
            batch.remove(PDF).remove(LOG);
        }
        batch.commit();
        return new Outcome(List.copyOf(batch.staged().keySet()), status, result);
    }
}
