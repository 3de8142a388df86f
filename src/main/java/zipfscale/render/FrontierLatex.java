package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zipfscale.fit.IsoFlopFrontier;
import zipfscale.fit.IsoFlopFrontier.Profile;

/**
 * The LaTeX fragment of {@code fits frontier} (for {@code \input}; needs tikz;
 * pictures, {@link TikzPlot}, each scaled down only when wider than half the line): left, the
 * IsoFLOP profiles (every run's loss against N, one mark style per budget, each budget's fitted parabola and its
 * minimiser); right, the frontier {@code N_opt} against {@code C} on log-log axes with the fitted power law.
 */
public final class FrontierLatex {
    private static final int CURVE_POINTS = 40;
    /** The side of each square plot box, cm: two pictures with their labels side by side in 16 cm. */
    static final double BOX = 5;

    private FrontierLatex() {
    }

    public static String render(IsoFlopFrontier.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("% IsoFLOP profiles and compute-optimal frontier (zipfscale fits frontier); needs \\usepackage{tikz}\n");
        b.append("\\begin{figure}[ht]\n\\centering\n");
        b.append(half(profiles(r))).append("\\hfill\n").append(half(frontier(r)));
        b.append(String.format(Locale.ROOT, "\\caption{IsoFLOP profiles of \\texttt{%s} (a parabola in $\\log N$ per"
                + " budget) and the frontier $N_{\\mathrm{opt}} \\propto C^{a_N}$, $a_N = %s$ [%s, %s] (bootstrap 95\\%%,"
                + " seed %d).}%n", LatexText.escape(r.runs().file()), FitsNumbers.num(r.aN().value()),
                FitsNumbers.num(r.aN().lower()), FitsNumbers.num(r.aN().upper()), r.seed()));
        b.append("\\end{figure}\n");
        return b.toString();
    }

    /** A picture at its size, scaled down only when wider than half the line (box register 0, in a group). */
    private static String half(String tikz) {
        return "{\\sbox0{" + tikz + "}\\ifdim\\wd0>0.49\\linewidth\\resizebox{0.49\\linewidth}{!}{\\usebox0}"
                + "\\else\\usebox0\\fi}\n";
    }

    /** Left: every run's loss against N (log N), one mark style per budget, and each budget's parabola. */
    private static String profiles(IsoFlopFrontier.Result r) {
        double[] nn = r.runs().n();
        double[] loss = r.runs().loss();
        double nLo = Double.POSITIVE_INFINITY;
        double nHi = Double.NEGATIVE_INFINITY;
        double lLo = Double.POSITIVE_INFINITY;
        double lHi = Double.NEGATIVE_INFINITY;
        for (Profile p : r.profiles()) {
            for (int i : p.group().runs()) {
                if (nn[i] > 0 && Double.isFinite(nn[i]) && Double.isFinite(loss[i])) {
                    nLo = Math.min(nLo, nn[i]);
                    nHi = Math.max(nHi, nn[i]);
                    lLo = Math.min(lLo, loss[i]);
                    lHi = Math.max(lHi, loss[i]);
                }
            }
        }
        if (nLo > nHi) {
            return "no run to plot";
        }
        TikzPlot plot = new TikzPlot(PlotAxis.covering(nLo, nHi, true, 0.05, "$N$"),
                PlotAxis.covering(lLo, lHi, false, 0.08, "loss"), BOX, BOX).title("IsoFLOP profiles")
                .legendPlace(TikzPlot.LegendPlace.BELOW);
        int k = 0;
        for (Profile p : r.profiles()) {
            LineStyle marks = LineStyle.cycle(k++);
            List<TikzPlot.Point> runs = new ArrayList<>();
            for (int i : p.group().runs()) {
                runs.add(new TikzPlot.Point(nn[i], loss[i]));
            }
            plot.curve(runs, new LineStyle(marks.color(), marks.mark(), "", false, false),
                    "$C = " + tex(p.group().c()) + "$");
            if (p.coefN() != null && !Double.isNaN(p.coefN()[0])) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i : p.group().runs()) {
                    lo = Math.min(lo, Math.log(nn[i]));
                    hi = Math.max(hi, Math.log(nn[i]));
                }
                double[] c = p.coefN();
                List<TikzPlot.Point> parabola = new ArrayList<>();
                for (int j = 0; j < CURVE_POINTS; j++) {
                    double u = lo + (hi - lo) * j / (CURVE_POINTS - 1);
                    parabola.add(new TikzPlot.Point(Math.exp(u), c[0] + c[1] * u + c[2] * u * u));
                }
                plot.curve(parabola, new LineStyle(marks.color(), "", "", true, false), "");
            }
        }
        return plot.render();
    }

    /** Right: N_opt against C, log-log, with the fitted power law k_N C^(a_N). */
    private static String frontier(IsoFlopFrontier.Result r) {
        List<TikzPlot.Point> points = new ArrayList<>();
        for (Profile p : r.profiles()) {
            if (p.usable()) {
                points.add(new TikzPlot.Point(p.group().c(), p.nOpt()));
            }
        }
        double cLo = points.stream().mapToDouble(TikzPlot.Point::x).filter(v -> v > 0).min().orElse(Double.NaN);
        double cHi = points.stream().mapToDouble(TikzPlot.Point::x).filter(v -> v > 0).max().orElse(Double.NaN);
        List<TikzPlot.Point> law = Double.isNaN(cLo) ? List.of() : List.of(
                new TikzPlot.Point(cLo, r.kN() * Math.pow(cLo, r.aN().value())),
                new TikzPlot.Point(cHi, r.kN() * Math.pow(cHi, r.aN().value())));
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (TikzPlot.Point p : concat(points, law)) {
            if (p.x() > 0 && p.y() > 0 && Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                yLo = Math.min(yLo, p.y());
                yHi = Math.max(yHi, p.y());
            }
        }
        if (Double.isNaN(cLo) || yLo > yHi) {
            return "no usable budget";
        }
        return new TikzPlot(PlotAxis.covering(cLo, cHi, true, 0.05, "$C$"),
                PlotAxis.covering(yLo, yHi, true, 0.05, "$N_{\\mathrm{opt}}$"), BOX, BOX).title("Frontier")
                .curve(points, new LineStyle("black", "*", "", false, false), "")
                .curve(law, new LineStyle("black", "", "", true, false), "").render();
    }

    private static List<TikzPlot.Point> concat(List<TikzPlot.Point> a, List<TikzPlot.Point> b) {
        List<TikzPlot.Point> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String tex(double v) {
        int e = (int) Math.floor(Math.log10(v));
        double m = v / Math.pow(10, e);
        return String.format(Locale.ROOT, "%.2f \\times 10^{%d}", m, e);
    }
}
