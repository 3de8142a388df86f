package zipfscale.render;

import zipfscale.asymptotic.ProofStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.check.CheckResult;
import zipfscale.check.Evidence;
import zipfscale.check.RatioPoint;
import zipfscale.check.RatioSeries;
import zipfscale.check.Verdict;
import zipfscale.claims.Asymptotic;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.pipeline.CheckRun;

/**
 * The hook for the asymptotic checker: when an asymptotic claim's evidence carries ratio series, its
 * block has a log-log plot (plain TikZ) of f/g against x with the line y = 1, points a log axis cannot show
 * are left out, report.json lists the series, and the document compiles. The series here are synthetic
 * (1 + c x^(-1/2)), built by hand: no checker produces them yet.
 */
class RatioPlotTest {
    private static final Path SCRIPT = Path.of("src/test/resources/latex/small.zs");

    @Test
    void asymptoticClaimWithRatioSeries_getsALogLogPlotWithTheLineYEqualsOne(@TempDir Path dir) throws Exception {
        List<Derivation> ds = CheckRun.read(List.of(SCRIPT));
        Derivation d = ds.get(0);
        List<CheckResult> results = new ArrayList<>();
        for (Claim c : d.claims()) {
            Evidence e = Evidence.none();
            if (c instanceof Asymptotic) {
                e = new Evidence(null, List.of(ProofStep.of("synthetic ratios for the plot")), List.of(), 0, null, 1, 40,
                        List.of(series("1.5", 0.3), series("3", -0.2)));
            }
            results.add(new CheckResult(d, c, c instanceof Asymptotic ? Verdict.REFUTED : Verdict.UNDECIDED,
                    "synthetic", e));
        }
        Map<String, String> files = LatexDocuments.render(ds, results, Optional.empty());
        String tex = files.get("small.tex");
        assertEquals(1, tex.split("\\\\begin\\{tikzpicture\\}", -1).length - 1, "one plot");
        assertFalse(tex.contains("axis}") || tex.contains("\\addplot"), "plain TikZ, no pgfplots");
        assertTrue(tex.contains("cm}{$y = 1$}") && tex.contains("\\color{black}\\pgfsetlinewidth{0.40pt}\\pgfsetdash"),
                "the line y = 1 and its entry");
        assertTrue(tex.contains("cm}{$\\alpha = 1.5$}") && tex.contains("cm}{$\\alpha = 3$}"), tex);
        // 7 plottable points of each series (x = 1e3 ... 1e15); the NaN and the negative ratio are left out
        List<String> curves = curves(tex);
        assertEquals(List.of(7, 7), curves.subList(0, 2).stream().map(c -> c.split("\\\\zs", -1).length - 1).toList(), tex);
        // the first point of the first series, placed by the axes' rule: x on [1e3, 1e15] widened by 3% of its
        // 12 decades at each end onto 8 cm; y on [min/1.2, max*1.2] of the ratios (and 1) onto 4.6 cm
        double ymin = 1 - 0.2 / Math.sqrt(1e3);
        double ymax = 1 + 0.3 / Math.sqrt(1e3);
        double px = 0.03 * 12 / (12 * 1.06) * RatioPlot.WIDTH;
        double py = (Math.log10(ymax) - Math.log10(ymin / 1.2)) / (Math.log10(ymax * 1.2) - Math.log10(ymin / 1.2))
                * RatioPlot.HEIGHT;
        assertTrue(curves.get(0).startsWith(String.format(java.util.Locale.ROOT, "\\zsM{%.3f}{%.3f}", px, py)), curves.get(0));
        assertTrue(JsonReport.print(results).contains("\"ratios\""), "report.json lists the series");

        assumeTrue(Pdflatex.available(), "pdflatex is not on PATH");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Pdflatex.Run run = Pdflatex.compile(dir, "derivations", files.get(LatexDocuments.DOCUMENT));
        assertTrue(run.succeeded(), () -> "pdflatex failed:\n" + run.log());
        assertFalse(run.log().lines().anyMatch(l -> l.startsWith("! ")), "errors in the log");
    }

    /**
     * A {@code ~} claim that holds gets |f/g - 1| on log-log axes instead (issue 16): for f/g = 1 + c x^(-1/2)
     * the points are |c| x^(-1/2) and the legend's least-squares slope is -1/2 (exact by construction, the
     * points lie on a line; printed to two decimals), no line y = 1; a series whose ratio is 1 to double
     * precision has nothing to show and says so.
     */
    @Test
    void holdingSimClaim_plotsTheDeviationFromOne_withItsSlope(@TempDir Path dir) throws Exception {
        List<Derivation> ds = CheckRun.read(List.of(SCRIPT));
        Derivation d = ds.get(0);
        List<CheckResult> results = new ArrayList<>();
        for (Claim c : d.claims()) {
            Evidence e = Evidence.none();
            if (c instanceof Asymptotic) {
                e = new Evidence(null, List.of(ProofStep.of("synthetic ratios for the plot")), List.of(), 0, null, 1, 40,
                        List.of(series("1.5", 0.3, false), series("3", -0.2, false)));
            }
            results.add(new CheckResult(d, c, c instanceof Asymptotic ? Verdict.CHECKED : Verdict.UNDECIDED,
                    "synthetic", e));
        }
        String tex = LatexDocuments.render(ds, results, Optional.empty()).get("small.tex");
        assertEquals(1, tex.split("\\\\begin\\{tikzpicture\\}", -1).length - 1, "one plot");
        assertTrue(tex.contains("{\\small $|f/g - 1|$}"), tex);
        assertFalse(tex.contains("{$y = 1$}"));
        // x = 1e3: 0.3 * 1e3^(-1/2) = 9.486833e-03, the largest deviation; y on [min/3, 3 max] with the least
        // 0.2 * 1e15^(-1/2): the first point sits at log(3 max/min) / log(9 max/min) of the height
        double max = 0.3 / Math.sqrt(1e3);
        double min = 0.2 / Math.sqrt(1e15);
        double py = Math.log10(3 * max / min) / Math.log10(9 * max / min) * RatioPlot.HEIGHT;
        double px = 0.03 * 12 / (12 * 1.06) * RatioPlot.WIDTH;
        assertTrue(curves(tex).get(0).startsWith(String.format(java.util.Locale.ROOT, "\\zsM{%.3f}{%.3f}", px, py)), tex);
        assertTrue(tex.contains("$\\alpha = 1.5$; slope $-0.50$") && tex.contains("$\\alpha = 3$; slope $-0.50$"), tex);

        List<RatioPoint> flat = List.of(new RatioPoint(1e3, 1.0), new RatioPoint(1e6, 1 + 1e-16));
        Evidence none = new Evidence(null, List.of(), List.of(), 0, null, 1, 40,
                List.of(new RatioSeries("D", Map.of(), flat)));
        Claim sim = d.claims().stream().filter(c -> c instanceof Asymptotic).findFirst().orElseThrow();
        String flatTex = LatexDocuments.render(ds, List.of(new CheckResult(d, sim, Verdict.PROVED, "synthetic", none)),
                Optional.empty()).get("small.tex");
        assertTrue(flatTex.contains("the ratio is 1 to double precision at every point"), flatTex);
    }

    /** The path of each line in drawing order: the series, then y = 1, then the legend's samples. */
    private static List<String> curves(String tex) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\\\pgfsetroundjoin((?:\\\\zs[ML]\\{[^}]*\\}\\{[^}]*\\})+)\\\\pgfusepath")
                .matcher(tex);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** f/g = 1 + c x^(-1/2) at x = 1e3 ... 1e15, plus two points a log axis cannot show. */
    private static RatioSeries series(String alpha, double c) {
        return series(alpha, c, true);
    }

    private static RatioSeries series(String alpha, double c, boolean unplottable) {
        List<RatioPoint> points = new ArrayList<>();
        for (int k = 3; k <= 15; k += 2) {
            double x = Math.pow(10, k);
            points.add(new RatioPoint(x, 1 + c / Math.sqrt(x)));
        }
        if (unplottable) {
            points.add(new RatioPoint(1e16, Double.NaN));
            points.add(new RatioPoint(1e17, -1));
        }
        return new RatioSeries("D", Map.of("alpha", alpha), points);
    }
}
