package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Derivation;
import zipfscale.diag.Diagnostics;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/** Plots (issue 8): where the points are, which are dropped, the series' labels. */
class PlotSamplingTest {
    private static final CheckSettings REAL = CheckSettings.defaults(Duration.ofSeconds(10));

    private static PlotResult plot(String text) {
        ScriptFile f = ScriptFile.of("t.zs", "derivation d \"t\"\n" + text + "\n");
        Diagnostics diags = new Diagnostics();
        Derivation d = Elaborator.elaborate(f, ScriptParser.parse(f, diags), diags).get(0);
        diags.throwIfErrors();
        return (PlotResult) new ExhibitChecker(d, REAL).check(d.exhibits().get(0));
    }

    @Test
    void pointsWhereTheCurveIsNotReal_areDroppedAndCounted() {
        // Sqrt(N - 5) on [0, 10] at N = i/10, i = 0..100: not real for i < 50, so 50 dropped and 51 kept
        PlotResult r = plot("plot p:\n    Sqrt(N - 5)\n    for N in [0, 10]");
        assertEquals(101, r.sampled());
        assertEquals(50, r.dropped());
        assertEquals(51, r.curves().get(0).points().size());
        assertEquals(5.0, r.curves().get(0).points().get(0).x());
        assertTrue(r.dropReason().get().contains("N = 0.0"), r.dropReason().get());
    }

    @Test
    void aLogLogPlot_isSampledGeometrically_andDropsNonPositiveValues() {
        // x_i = 10^(4 i / 100) on [1, 1e4]; y = x - 20 is not positive for x <= 20, i.e. i <= 32 (log10 20 = 1.301)
        PlotResult r = plot("plot p:\n    N - 20\n    for N in [1, 1e4] loglog");
        assertEquals(33, r.dropped());
        List<PlotPoint> pts = r.curves().get(0).points();
        for (int k = 0; k < pts.size(); k++) {
            double x = Math.pow(10, 4.0 * (k + 33) / 100);
            // exp/log against pow: a few ulps apart over 4 decades; 1e-12 relative is far above that
            assertEquals(x, pts.get(k).x(), 1e-12 * x);
            assertEquals(x - 20, pts.get(k).y(), 1e-11 * x);
        }
        assertEquals(1e4, pts.get(pts.size() - 1).x(), "the upper end exactly");
    }

    @Test
    void aSeries_givesOneCurveAndLabelPerValue() {
        PlotResult r = plot("plot p:\n    (1 - A*N^(-alpha))^L\n    for N in [1e3, 1e12] log\n    series L = 1, 5, 20\n"
                + "    where A = 10, alpha = 0.5");
        assertEquals(List.of("L = 1", "L = 5", "L = 20"), r.curves().stream().map(PlotCurve::label).toList());
        assertEquals(0, r.dropped());
        // at N = 1e12: p = 1 - 10/1e6, so P = p^20 = 0.99980001899886...; 1e-12 relative covers double rounding
        PlotPoint last = r.curves().get(2).points().get(100);
        assertEquals(Math.pow(1 - 1e-5, 20), last.y(), 1e-12);
    }

    @Test
    void aDerivative_isDifferentiatedBeforeSampling() {
        // d/dx (A x^3) = 3 A x^2 (closed form); at x = 1 with A = 2 that is 6, exact in double
        PlotResult r = plot("plot p:\n    Diff(A*x^3, x)\n    for x in [0, 1]\n    where A = 2");
        assertEquals(6.0, r.curves().get(0).points().get(100).y());
        assertEquals(0.0, r.curves().get(0).points().get(0).y());
    }
}
