package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TikzPlot}: a tikzpicture of PGF basic-layer paths (no pgfplots axis, no TikZ parser), coordinates that map the axes' ranges onto the box, points
 * the axes cannot show dropped with the line broken there, bars, legends; and the pictures compile.
 */
class TikzPlotTest {
    /** A stroked line: its style ends with round joins, then the moveto and linetos. */
    private static final Pattern LINE = Pattern.compile("\\\\pgfsetroundjoin((?:\\\\zs[ML]\\{[^}]*\\}\\{[^}]*\\})+)\\\\pgfusepath");
    /** Dots: zero-length strokes with round caps. */
    private static final Pattern DOTS = Pattern.compile("\\\\pgfsetroundcap\\\\pgfsetlinewidth\\{[^}]*\\}((?:\\\\zs[ML]\\{[^}]*\\}\\{[^}]*\\})+)\\\\pgfusepath");

    private static List<TikzPlot.Point> points(double... xy) {
        List<TikzPlot.Point> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(new TikzPlot.Point(xy[i], xy[i + 1]));
        }
        return out;
    }

    private static List<String> all(Pattern p, String tikz) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(tikz);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void output_isATikzPicture_withoutAnAxisEnvironment() {
        String tikz = new TikzPlot(new PlotAxis(1, 1e6, true, "$x$"), new PlotAxis(1e-12, 3, true, "ratio"), 8, 4)
                .curve(points(10, 1, 100, 0.1), LineStyle.cycle(0), "a").render();
        assertTrue(tikz.startsWith("\\begin{tikzpicture}") && tikz.endsWith("\\end{tikzpicture}"), tikz);
        for (String slow : List.of("axis}", "axis[", "\\addplot", "\\addlegendentry", "pgfplots", "\\draw", "\\node")) {
            assertFalse(tikz.contains(slow), slow + " in\n" + tikz);
        }
        // the labelled decades of both axes as tick labels: 7 decades on x, every other one labelled
        // 10^2 at 2/6 of 8 cm; 10^0 at 12/(12 + log10 3) of 4 cm
        assertTrue(tikz.contains("\\zsTt{2.667cm}{-0.060cm}{$10^{2}$}") && tikz.contains("\\zsTr{-0.060cm}{0.000cm}{$10^{-12}$}")
                && tikz.contains("\\zsTr{-0.060cm}{3.847cm}{$10^{0}$}") && !tikz.contains("{$10^{3}$}"), tikz);
        assertTrue(tikz.contains("\\zsTy{\\dimen0-3pt}{2.000cm}{\\small ratio}")
                && tikz.contains("\\zsTt{4.000cm}{\\dimen0-2pt}{\\small $x$}"), "axis labels");
    }

    @Test
    void coordinates_mapTheRangesOntoTheBox() {
        // x in [0, 10] onto 5 cm (0.5 cm a unit), y in [1e-2, 1e2] log onto 4 cm (1 cm a decade)
        String tikz = new TikzPlot(new PlotAxis(0, 10, false, ""), new PlotAxis(1e-2, 1e2, true, ""), 5, 4)
                .curve(points(0, 1e-2, 4, 1, 10, 1e2), LineStyle.lines(0), "").render();
        assertEquals(List.of("\\zsM{0.000}{0.000}\\zsL{2.000}{2.000}\\zsL{5.000}{4.000}"), all(LINE, tikz));
        assertTrue(tikz.contains("\\zsM{0.000}{0.000}\\zsL{5.000}{0.000}\\zsL{5.000}{4.000}\\zsL{0.000}{4.000}"
                + "\\pgfpathclose\\pgfusepath{stroke}"), "the box: " + tikz);
    }

    @Test
    void nanOrInfinitePoints_areDropped_andTheLineIsBrokenThere() {
        String tikz = new TikzPlot(new PlotAxis(0, 5, false, ""), new PlotAxis(0, 5, false, ""), 5, 5)
                .curve(points(1, 1, 2, 2, 2.5, Double.NaN, 3, 3, 3.5, Double.POSITIVE_INFINITY, 4, 4, 4.5, 4.5),
                        LineStyle.lines(0), "")
                .render();
        // two lines: (1, 1)-(2, 2) and (4, 4)-(4.5, 4.5); the single point (3, 3) between the gaps gets a dot
        assertEquals(List.of("\\zsM{1.000}{1.000}\\zsL{2.000}{2.000}", "\\zsM{4.000}{4.000}\\zsL{4.500}{4.500}"),
                all(LINE, tikz));
        assertEquals(List.of("\\zsM{3.000}{3.000}\\zsL{3.000}{3.000}"), all(DOTS, tikz));
        assertFalse(tikz.toLowerCase().contains("nan") || tikz.contains("Infinity"), tikz);
    }

    @Test
    void nonPositivePoints_areDroppedOnALogAxis() {
        String tikz = new TikzPlot(new PlotAxis(1, 100, true, ""), new PlotAxis(1, 100, true, ""), 2, 2)
                .curve(points(1, 1, 10, 0, 10, -3, 100, 100), LineStyle.cycle(0), "").render();
        // two runs of one point each: dots only, no line
        assertEquals(List.of(), all(LINE, tikz));
        assertEquals(List.of("\\zsM{0.000}{0.000}\\zsL{0.000}{0.000}\\zsM{2.000}{2.000}\\zsL{2.000}{2.000}"),
                all(DOTS, tikz));
    }

    @Test
    void referenceLine_spansTheBoxAtItsHeight() {
        // y = 1 on [0.5, 2] log: log10(2) / log10(4) = 1/2 of 4 cm
        String tikz = new TikzPlot(new PlotAxis(1, 10, true, ""), new PlotAxis(0.5, 2, true, ""), 8, 4)
                .horizontal(1, LineStyle.reference(), "$y = 1$").render();
        assertTrue(tikz.contains("\\pgfsetdash{{3pt}{3pt}}{0pt}\\pgfsetroundjoin\\zsM{0.000}{2.000}\\zsL{8.000}{2.000}"),
                tikz);
        assertTrue(tikz.contains("cm}{$y = 1$}"), "legend entry");
    }

    @Test
    void bars_riseFromZero() {
        // y in [0, 2] onto 4 cm; bars at k = 1, 2 on [0.5, 2.5] onto 4 cm, 0.2 cm wide
        String tikz = new TikzPlot(new PlotAxis(0.5, 2.5, false, "$k$", true), new PlotAxis(0, 2, false, ""), 4, 4)
                .bars(points(1, 0.5, 2, 2), 0.2, "red!40", "red").render();
        assertTrue(tikz.contains("\\pgfsetfillcolor{red!40}\\pgfsetstrokecolor{red}\\pgfsetlinewidth{0.3pt}"
                + "\\zsM{0.900}{0.000}\\zsL{1.100}{0.000}\\zsL{1.100}{1.000}\\zsL{0.900}{1.000}\\pgfpathclose"
                + "\\zsM{2.900}{0.000}\\zsL{3.100}{0.000}\\zsL{3.100}{4.000}\\zsL{2.900}{4.000}\\pgfpathclose"
                + "\\pgfusepath{fill,stroke}"), tikz);
        // integer ticks only on x: k = 1, 2
        assertEquals(2, tikz.split("cm\\}\\{-0\\.060cm\\}\\{\\$", -1).length - 1, tikz);
        assertTrue(tikz.contains("\\zsTt{1.000cm}{-0.060cm}{$1$}") && tikz.contains("\\zsTt{3.000cm}{-0.060cm}{$2$}"), tikz);
    }

    @Test
    void legend_goesBesideForShortEntries_andBelowForLongOnes() {
        PlotAxis x = new PlotAxis(1, 10, true, "$x$");
        PlotAxis y = new PlotAxis(1, 10, true, "");
        String beside = new TikzPlot(x, y, 8, 4).curve(points(2, 2), LineStyle.cycle(0), "$a = 1$").render();
        assertTrue(beside.contains("\\pgfpathrectanglecorners") && !beside.contains("\\pgftransformshift"), beside);
        assertTrue(beside.contains("\\zsTl{9.030cm}{3.700cm}{$a = 1$}"), "right of the box: " + beside);
        String longEntry = "$\\alpha = 1.5$, $\\beta = 0.25$, $\\gamma = 3$, $\\delta = 2$; slope $-0.50$";
        String below = new TikzPlot(x, y, 8, 4).curve(points(2, 2), LineStyle.cycle(0), longEntry).render();
        assertTrue(below.contains("\\pgftransformshift") && below.contains("cm}{" + longEntry + "}"), below);
    }

    @Test
    void aLegendEntry_needsAPointShown() {
        String tikz = new TikzPlot(new PlotAxis(1, 10, true, ""), new PlotAxis(1, 10, true, ""), 8, 4)
                .curve(points(0, 1, 20, 2), LineStyle.cycle(0), "$a = 1$").render();
        assertFalse(tikz.contains("$a = 1$"), tikz);
    }

    @Test
    void crowdedXLabels_areThinned() {
        // 7 labels like "1.2 \\cdot 10^{6}" (about 1.5 cm each) do not fit along 4 cm: every other is dropped
        String tikz = new TikzPlot(new PlotAxis(1e6, 7e6, false, ""), new PlotAxis(0, 1, false, ""), 4, 3).render();
        assertTrue(tikz.contains("10^{6}$}") && !tikz.contains("{$2 \\cdot 10^{6}$}"), tikz);
    }

    @Test
    void pictures_compileWithPdflatex_insideTheTextWidth(@TempDir Path dir) throws Exception {
        assumeTrue(Pdflatex.available(), "pdflatex is not on PATH");
        StringBuilder body = new StringBuilder();
        TikzPlot ratio = new TikzPlot(new PlotAxis(1e3, 1e15, true, "$x$"), new PlotAxis(0.8, 1.25, true, "ratio"),
                RatioPlot.WIDTH, RatioPlot.HEIGHT);
        for (int i = 0; i < 9; i++) {
            ratio.curve(points(1e3, 1 + 0.01 * i, 1e9, 1 + 0.001 * i, 1e15, 1), LineStyle.cycle(i), "$\\alpha = " + i + "$");
        }
        ratio.horizontal(1, LineStyle.reference(), "$y = 1$");
        // not inside \zsplot, which would scale a picture wider than the line down: its width is the test
        body.append("\\begin{center}\n").append(ratio.render()).append("\n\\end{center}\n");
        TikzPlot wide = new TikzPlot(new PlotAxis(-3, 1e5, false, "$N$"), new PlotAxis(1e-12, 3, true, "$|f/g - 1|$"),
                RatioPlot.WIDTH, RatioPlot.HEIGHT);
        wide.curve(points(1, 1e-3, 1e4, 1e-9), LineStyle.cycle(0),
                "$\\alpha_{1} = 1.5$, $\\beta_{2} = 0.25$, $\\gamma = 3$; slope $-0.50$");
        body.append("\\begin{center}\n").append(wide.render()).append("\n\\end{center}\n");
        String doc = "\\documentclass[11pt]{article}\n\\usepackage[margin=2.5cm]{geometry}\n\\usepackage{zipfscale}\n"
                + "\\begin{document}\n" + body + "\\end{document}\n";
        Files.writeString(dir.resolve(LatexStyle.FILE), LatexStyle.render());
        Pdflatex.Run run = Pdflatex.compile(dir, "plots", doc);
        assertTrue(run.succeeded(), () -> "pdflatex failed:\n" + run.log());
        assertFalse(run.log().contains("Overfull \\hbox"), run.log());
    }
}
