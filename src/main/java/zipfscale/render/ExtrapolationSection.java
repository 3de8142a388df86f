package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import zipfscale.claims.Binding;
import zipfscale.claims.Extrapolation;
import zipfscale.fit.ExtrapolationFit;
import zipfscale.fit.ExtrapolationResult;

/**
 * An {@code extrapolate} statement in the typeset derivation: a head with its verdict, the truth as a
 * display (with {@code \min} over the minimised variable), the window, noise and seed, the fitted
 * {@code a C^b + c} with 95% intervals, a table of the targets (prediction, 95% prediction interval,
 * truth, relative error against the interval's implied bound) and a log-log figure ({@link TikzPlot}): the
 * noisy samples, the fitted curve extended to the targets, the prediction band and the truth.
 */
final class ExtrapolationSection {
    private final LatexPrinter printer;

    ExtrapolationSection(LatexPrinter printer) {
        this.printer = printer;
    }

    /**
     * For the document's summary: a table of every extrapolation (linked to its section, with its verdict
     * and the largest implied relative error bound), or "" when there is none.
     */
    static String summary(List<ExtrapolationResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(results.size()).append(results.size() == 1 ? " extrapolation" : " extrapolations")
                .append(" (\\texttt{extrapolate}: a fit of $a C^{b} + c$ on a window, its 95\\% prediction interval "
                        + "against the truth above it).\n\n");
        b.append("{\\footnotesize\n\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{0.27\\linewidth} "
                + ">{\\raggedright\\arraybackslash}p{0.36\\linewidth} p{0.13\\linewidth} p{0.12\\linewidth}@{}}\n");
        b.append("\\toprule\nExtrapolation & Title & Bound & Verdict \\\\\n\\midrule\n\\endhead\n\\bottomrule\n"
                + "\\endfoot\n");
        for (ExtrapolationResult r : results) {
            Extrapolation e = r.extrapolation();
            double bound = r.targets().stream().mapToDouble(t -> t.prediction().relativeBound()).max().orElse(Double.NaN);
            b.append("\\hyperlink{").append(LatexLabels.claim(r.derivation(), e.id())).append("}{")
                    .append(ProseText.identifier(e.id())).append("} & ").append(LatexText.escape(e.title()))
                    .append(" & ").append(Double.isNaN(bound) ? "--" : pct(bound)).append(" & ")
                    .append(ClaimBlock.mark(r.verdict())).append(" \\\\\n");
        }
        return b.append("\\end{longtable}\n}\n\n").toString();
    }

    String render(ExtrapolationResult r) {
        Extrapolation e = r.extrapolation();
        StringBuilder b = new StringBuilder();
        b.append("% extrapolation ").append(LatexStyle.comment(e.id())).append(", line ").append(e.span().line())
                .append('\n');
        b.append("\\zsclaimhead{").append(ProseText.identifier(e.id())).append("}{\\zsanchor{")
                .append(LatexLabels.claim(r.derivation(), e.id())).append("}")
                .append(LatexText.escape(e.title().isBlank() ? e.id() : e.title())).append("}{")
                .append(ClaimBlock.mark(r.verdict())).append("}\\label{")
                .append(LatexLabels.claim(r.derivation(), e.id())).append("}\n");
        String c = printer.symbol(e.variable());
        b.append("\\zsitem{Truth}{}\n\\begin{equation*}\n\\zsfit{L(").append(c).append(") = ");
        if (e.minimize() != null) {
            b.append("\\min_{").append(printer.symbol(e.minimize().variable())).append(" \\in [")
                    .append(num(e.minimize().lower())).append(", ").append(num(e.minimize().upper())).append("]} ");
        }
        b.append(printer.print(e.truth())).append("}\n\\end{equation*}\n");
        if (!e.where().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            for (Binding w : e.where()) {
                j.add("$" + printer.symbol(w.name()) + " = " + printer.print(w.value()) + "$");
            }
            b.append("\\zsitem{where}{").append(j).append(".}\n");
        }
        b.append("\\zsitem{Fit}{$L = a ").append(c).append("^{b} + c$ on ").append(e.points())
                .append(" log-spaced points of $").append(c).append(" \\in [").append(num(e.lower())).append(", ")
                .append(num(e.upper())).append("]$, each the truth times $1 + ").append(num(e.noise()))
                .append("\\,z$ with $z$ standard normal (seed ").append(e.seed()).append(")")
                .append(fit(r.fit())).append(".}\n");
        if (!e.cites().isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            e.cites().forEach(t -> j.add(ProseText.of(t)));
            b.append("\\zsitem{cite}{").append(j).append("}\n");
        }
        b.append("\\zsitem{Reason}{").append(ProseText.of(r.reason())).append("}\n");
        if (!r.targets().isEmpty()) {
            b.append(table(r.targets(), c));
        }
        if (r.fit() != null) {
            b.append(plot(r, c));
        }
        return b.append('\n').toString();
    }

    private static String fit(ExtrapolationFit.Result f) {
        if (f == null) {
            return "";
        }
        return "; least squares in $\\log L$, residual bootstrap (" + f.resamples() + " resamples) for the 95\\% "
                + "intervals: $a = " + parameter(f.a()) + "$, $b = " + parameter(f.b()) + "$, $c = "
                + parameter(f.c()) + "$";
    }

    private static String parameter(ExtrapolationFit.Parameter p) {
        return num(p.value()) + "\\ [" + num(p.lower()) + ", " + num(p.upper()) + "]";
    }

    private static String table(List<ExtrapolationResult.Target> targets, String c) {
        StringBuilder b = new StringBuilder();
        b.append("\\begin{center}\n{\\footnotesize\n\\begin{tabular}{@{}rrrrcrr@{}}\n\\toprule\n$").append(c)
                .append("$ & prediction & 95\\% prediction interval & truth & inside & rel.\\ error & implied bound"
                        + " \\\\\n\\midrule\n");
        for (ExtrapolationResult.Target t : targets) {
            ExtrapolationFit.Prediction p = t.prediction();
            b.append('$').append(num(p.c())).append("$ & $").append(num6(p.predicted())).append("$ & $[")
                    .append(num6(p.lower())).append(", ").append(num6(p.upper())).append("]$ & $")
                    .append(num6(t.truth())).append("$ & ").append(t.inside() ? "yes" : "\\textbf{no}").append(" & ")
                    .append(pct(t.relativeError())).append(" & ").append(pct(p.relativeBound())).append(" \\\\\n");
        }
        return b.append("\\bottomrule\n\\end{tabular}\n}\n\\end{center}\n").toString();
    }

    private static String plot(ExtrapolationResult r, String c) {
        List<TikzPlot.Point> samples = new ArrayList<>();
        List<TikzPlot.Point> truth = new ArrayList<>();
        for (ExtrapolationResult.Sample s : r.samples()) {
            samples.add(new TikzPlot.Point(s.c(), s.observed()));
            truth.add(new TikzPlot.Point(s.c(), s.truth()));
        }
        for (ExtrapolationResult.Target t : r.targets()) {
            truth.add(new TikzPlot.Point(t.prediction().c(), t.truth()));
        }
        List<List<TikzPlot.Point>> band = List.of(band(r, 0), band(r, -1), band(r, 1));
        double[] xs = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] ys = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        List<List<TikzPlot.Point>> all = new ArrayList<>(band);
        all.add(samples);
        all.add(truth);
        for (List<TikzPlot.Point> curve : all) {
            for (TikzPlot.Point p : curve) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y()) && p.x() > 0 && p.y() > 0) {
                    xs[0] = Math.min(xs[0], p.x());
                    xs[1] = Math.max(xs[1], p.x());
                    ys[0] = Math.min(ys[0], p.y());
                    ys[1] = Math.max(ys[1], p.y());
                }
            }
        }
        if (xs[0] > xs[1]) {
            return "\\zsitem{figure}{no point of the fit can be shown on log-log axes.}\n";
        }
        String blue = "blue!80!black";
        TikzPlot plot = new TikzPlot(PlotAxis.covering(xs[0], xs[1], true, 0.03, "$" + c + "$"),
                PlotAxis.covering(ys[0], ys[1], true, 0.05, "loss $L$"), 8, 5);
        plot.curve(samples, new LineStyle("black", "*", "", false, false), "noisy samples");
        plot.curve(band.get(0), new LineStyle(blue, "", "", true, true), "fit $a " + c + "^{b} + c$");
        plot.curve(band.get(1), new LineStyle(blue, "", "dashed", true, false), "95\\% prediction band");
        plot.curve(band.get(2), new LineStyle(blue, "", "dashed", true, false), "");
        plot.curve(truth, new LineStyle("red!80!black", "x", "", true, false), "truth");
        return "\\begin{center}\n\\zsplot{" + plot.render() + "}\n\\end{center}\n";
    }

    /** The band's prediction (0), lower (-1) or upper (1) end. */
    private static List<TikzPlot.Point> band(ExtrapolationResult r, int which) {
        List<TikzPlot.Point> b = new ArrayList<>();
        for (ExtrapolationFit.Prediction p : r.band()) {
            b.add(new TikzPlot.Point(p.c(), which == 0 ? p.predicted() : which < 0 ? p.lower() : p.upper()));
        }
        return b;
    }

    private static String num(double v) {
        return LatexDecimal.format(Double.toString(v), 4);
    }

    private static String num6(double v) {
        return LatexDecimal.format(Double.toString(v), 6);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3g\\%%", 100 * v);
    }
}
