package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plot drawn as a {@code tikzpicture} of PGF basic-layer commands, every coordinate computed here in cm
 * with three decimals: a box of {@code width} x {@code height} cm over two {@link PlotAxis}, light grid lines
 * and ticks at the {@link NiceTicks}, tick labels, axis labels, a title, curves ({@link LineStyle}),
 * horizontal reference lines, segments, bars, point labels, and a legend beside the box or below it. It
 * replaces pgfplots, whose fixed-point arithmetic, log transforms and tick computation cost pdflatex about
 * 0.25 s per axis although each plot has only a handful of points. Needs only the package {@code tikz}.
 *
 * <p>Implementation note: paths are {@code \pgfpathmoveto}/{@code \pgfpathlineto} of {@code \pgfqpoint}s
 * (through two macros defined inside each picture, {@code \zsM} and {@code \zsL}) and text is
 * {@code \pgftext} ({@code \zsT}), not {@code \draw} and {@code \node}: measured with pdflatex, a TikZ
 * coordinate costs about 85 microseconds (its parser runs pgfmath on each number) and a TikZ node 2.4 ms,
 * against about 25 microseconds and 0.3 ms here; with {@code \draw} and {@code \node} the 82 figures of the
 * derivations document took 9 s of pdflatex's time. The axis labels, title and a legend below the box are
 * placed from the picture's bounding box so far ({@code \pgfpointanchor{current bounding box}}), since the
 * width of the tick labels is known only to TeX.
 *
 * <p>Points the axes cannot show (not finite, not positive on a log axis, outside the range) are dropped,
 * and a curve's line is broken where one was dropped rather than joined across the gap. The axes' ranges
 * are the caller's, so a caller that wants every point computes them from the data
 * ({@link PlotAxis#covering}).
 */
final class TikzPlot {
    /** One data point. */
    record Point(double x, double y) {
    }

    /** Where the legend goes: right of the box, below it, or beside when its entries are short. */
    enum LegendPlace { BESIDE, BELOW, AUTO }

    private record Entry(LineStyle style, String text) {
    }

    /** Entries estimated wider than this (cm) put an AUTO legend below the box. */
    static final double BESIDE_MAX = 4.6;
    private static final double ROW = 0.42;
    private static final double SAMPLE = 0.6;
    /**
     * The macros each picture defines for itself (TeX groups keep them local): {@code \zsM}/{@code \zsL}
     * moveto/lineto (x, y) in cm; {@code \zsT?{x}{y}{text}} text in footnotesize at dimensions (x, y) with
     * anchor t(op), b(ottom), r(ight), l(eft), lb (left bottom) or y (a y-axis label: bottom, turned 90
     * degrees). {@code \pgftext} counts a box only partly in the picture's bounding box (a top-anchored
     * text not at all below its anchor), so each text's box is measured ({@code \zsS}: box 2, its height
     * plus depth in dimen 2) and a discarded path over it ({@code \zsB}) puts it into the bounding box.
     */
    static final String MACROS = "\\def\\zsM#1#2{\\pgfpathmoveto{\\pgfqpoint{#1cm}{#2cm}}}"
            + "\\def\\zsL#1#2{\\pgfpathlineto{\\pgfqpoint{#1cm}{#2cm}}}"
            + "\\def\\zsB#1#2#3#4{\\pgfpathmoveto{\\pgfqpoint{\\dimexpr#1\\relax}{\\dimexpr#2\\relax}}"
            + "\\pgfpathlineto{\\pgfqpoint{\\dimexpr#3\\relax}{\\dimexpr#4\\relax}}\\pgfusepath{discard}}"
            + "\\def\\zsS#1{\\setbox2\\hbox{\\pgfinterruptpicture\\footnotesize#1\\endpgfinterruptpicture}"
            + "\\dimen2=\\ht2\\advance\\dimen2\\dp2}%\n"
            + textMacro("t", "top", "#1-0.5\\wd2", "#2-\\dimen2", "#1+0.5\\wd2", "#2")
            + textMacro("b", "bottom", "#1-0.5\\wd2", "#2", "#1+0.5\\wd2", "#2+\\dimen2")
            + textMacro("r", "right", "#1-\\wd2", "#2-0.5\\dimen2", "#1", "#2+0.5\\dimen2")
            + textMacro("l", "left", "#1", "#2-0.5\\dimen2", "#1+\\wd2", "#2+0.5\\dimen2")
            + textMacro("lb", "left,bottom", "#1", "#2", "#1+\\wd2", "#2+\\dimen2")
            + textMacro("y", "bottom,rotate=90", "#1-\\dimen2", "#2-0.5\\wd2", "#1", "#2+0.5\\wd2");

    private static String textMacro(String name, String anchor, String x1, String y1, String x2, String y2) {
        return "\\def\\zsT" + name + "#1#2#3{\\zsS{#3}\\pgftext[at={\\pgfqpoint{\\dimexpr#1\\relax}{\\dimexpr#2\\relax}},"
                + anchor + "]{\\copy2}\\zsB{" + x1 + "}{" + y1 + "}{" + x2 + "}{" + y2 + "}}%\n";
    }

    private final PlotAxis x;
    private final PlotAxis y;
    private final double width;
    private final double height;
    private final StringBuilder data = new StringBuilder();
    private final List<Entry> legend = new ArrayList<>();
    private LegendPlace place = LegendPlace.AUTO;
    private String title = "";
    private boolean centred;

    TikzPlot(PlotAxis x, PlotAxis y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    TikzPlot legendPlace(LegendPlace p) {
        this.place = p;
        return this;
    }

    /**
     * A curve through the points in their order (a line when the style joins them, and marks when it has
     * them; a run of a single point without marks gets a dot so that it is seen), with a legend entry
     * unless {@code text} is empty or no point is shown.
     */
    TikzPlot curve(List<Point> points, LineStyle style, String text) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (Point p : points) {
            if (x.shows(p.x()) && y.shows(p.y())) {
                run.add(p);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        for (List<Point> r : runs) {
            if (style.joined() && r.size() > 1) {
                line(data, style, coordinates(r));
            }
        }
        LineStyle marks = style.marked() ? style : style.withMark("*");
        StringBuilder m = new StringBuilder();
        for (List<Point> r : runs) {
            if (style.marked() || r.size() == 1) {
                for (Point p : r) {
                    m.append(marks.markPath(x.position(p.x(), width), y.position(p.y(), height)));
                }
            }
        }
        if (m.length() > 0) {
            String[] set = marks.pgfMarks();
            data.append("\\begin{pgfscope}").append(set[0]).append(m).append(set[1]).append("\\end{pgfscope}\n");
        }
        if (!text.isEmpty() && !runs.isEmpty()) {
            legend.add(new Entry(style, text));
        }
        return this;
    }

    /** The line y = v across the whole box (when the axis shows v), with a legend entry unless text is empty. */
    TikzPlot horizontal(double v, LineStyle style, String text) {
        if (y.shows(v)) {
            double py = y.position(v, height);
            line(data, style, at(0, py, true) + at(width, py, false));
            if (!text.isEmpty()) {
                legend.add(new Entry(style.withMark(""), text));
            }
        }
        return this;
    }

    /**
     * A bar from the x axis's base (y = 0, or the bottom of the box when 0 is below it) to each point, each
     * {@code barWidth} cm wide, filled with {@code fill} and outlined in {@code draw} (xcolor expressions).
     */
    TikzPlot bars(List<Point> points, double barWidth, String fill, String draw) {
        double base = y.position(y.log() ? y.lo() : Math.min(Math.max(0, y.lo()), y.hi()), height);
        StringBuilder b = new StringBuilder();
        for (Point p : points) {
            if (x.shows(p.x()) && y.shows(p.y())) {
                double px = x.position(p.x(), width);
                double top = y.position(p.y(), height);
                b.append(at(px - barWidth / 2, base, true)).append(at(px + barWidth / 2, base, false))
                        .append(at(px + barWidth / 2, top, false)).append(at(px - barWidth / 2, top, false))
                        .append("\\pgfpathclose");
            }
        }
        if (b.length() > 0) {
            data.append("\\begin{pgfscope}\\pgfsetfillcolor{").append(fill).append("}\\pgfsetstrokecolor{").append(draw)
                    .append("}\\pgfsetlinewidth{0.3pt}").append(b).append("\\pgfusepath{fill,stroke}\\end{pgfscope}\n");
        }
        return this;
    }

    /** The picture's baseline through the centre of its bounding box (beside a table), not at its bottom. */
    TikzPlot centredBaseline() {
        this.centred = true;
        return this;
    }

    /** A title above the box (LaTeX text). */
    TikzPlot title(String text) {
        this.title = text;
        return this;
    }

    /** The straight segment from a to b (an error bar, the line y = x) when the axes show both ends. */
    TikzPlot segment(Point a, Point b, LineStyle style) {
        if (x.shows(a.x()) && y.shows(a.y()) && x.shows(b.x()) && y.shows(b.y())) {
            line(data, style, coordinates(List.of(a, b)));
        }
        return this;
    }

    /** Text (LaTeX) above right of a point, when the axes show it. */
    TikzPlot label(Point p, String text) {
        if (x.shows(p.x()) && y.shows(p.y())) {
            data.append(text(x.position(p.x(), width) + 0.04, y.position(p.y(), height) + 0.04, "lb",
                    "\\scriptsize " + text));
        }
        return this;
    }

    /** The {@code tikzpicture}. */
    String render() {
        StringBuilder b = new StringBuilder("\\begin{tikzpicture}")
                .append(centred ? "[baseline=(current bounding box.center)]" : "").append('\n');
        b.append(MACROS);
        List<NiceTicks.Tick> xt = thinned(x.ticks(), width);
        List<NiceTicks.Tick> yt = y.ticks();
        StringBuilder grid = new StringBuilder();
        StringBuilder ticks = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (NiceTicks.Tick t : xt) {
            double p = x.position(t.value(), width);
            double len = t.major() ? 0.12 : 0.06;
            ticks.append(at(p, 0, true)).append(at(p, len, false)).append(at(p, height, true))
                    .append(at(p, height - len, false));
            if (t.major()) {
                if (inner(p, width)) {
                    grid.append(at(p, 0, true)).append(at(p, height, false));
                }
                labels.append(text(p, -0.06, "t", "$" + t.label() + "$"));
            }
        }
        for (NiceTicks.Tick t : yt) {
            double p = y.position(t.value(), height);
            double len = t.major() ? 0.12 : 0.06;
            ticks.append(at(0, p, true)).append(at(len, p, false)).append(at(width, p, true))
                    .append(at(width - len, p, false));
            if (t.major()) {
                if (inner(p, height)) {
                    grid.append(at(0, p, true)).append(at(width, p, false));
                }
                labels.append(text(-0.06, p, "r", "$" + t.label() + "$"));
            }
        }
        if (grid.length() > 0) {
            b.append("\\begin{pgfscope}\\color{gray!22}\\pgfsetlinewidth{0.2pt}").append(grid)
                    .append("\\pgfusepath{stroke}\\end{pgfscope}\n");
        }
        b.append(data);
        b.append(at(0, 0, true)).append(at(width, 0, false)).append(at(width, height, false)).append(at(0, height, false))
                .append("\\pgfpathclose\\pgfusepath{stroke}\n");
        if (ticks.length() > 0) {
            b.append(ticks).append("\\pgfusepath{stroke}\n");
        }
        b.append(labels);
        // the axis labels and title outside everything drawn so far (the tick labels' width is known only to TeX)
        if (!y.label().isEmpty()) {
            b.append("\\pgfextractx{\\dimen0}{\\pgfpointanchor{current bounding box}{west}}\\zsTy{\\dimen0-3pt}{")
                    .append(num(height / 2)).append("cm}{\\small ").append(y.label()).append("}\n");
        }
        if (!x.label().isEmpty()) {
            b.append("\\pgfextracty{\\dimen0}{\\pgfpointanchor{current bounding box}{south}}\\zsTt{")
                    .append(num(width / 2)).append("cm}{\\dimen0-2pt}{\\small ").append(x.label()).append("}\n");
        }
        if (!title.isEmpty()) {
            b.append("\\pgfextracty{\\dimen0}{\\pgfpointanchor{current bounding box}{north}}\\zsTb{")
                    .append(num(width / 2)).append("cm}{\\dimen0+3pt}{\\small ").append(title).append("}\n");
        }
        if (!legend.isEmpty()) {
            legend(b);
        }
        return b.append("\\end{tikzpicture}").toString();
    }

    private void legend(StringBuilder b) {
        boolean beside = place == LegendPlace.BESIDE || (place == LegendPlace.AUTO
                && legend.stream().allMatch(e -> estimatedWidth(e.text()) <= BESIDE_MAX));
        double x0;
        double y0;
        if (beside) {
            x0 = width + 0.35;
            y0 = height - 0.3;
        } else {
            // below everything drawn so far: the origin moved to the bounding box's bottom
            b.append("\\pgfextracty{\\dimen0}{\\pgfpointanchor{current bounding box}{south}}\\begin{pgfscope}"
                    + "\\pgftransformshift{\\pgfqpoint{0pt}{\\dimen0}}\n");
            x0 = 0.1;
            y0 = -0.35;
        }
        for (int i = 0; i < legend.size(); i++) {
            Entry e = legend.get(i);
            double py = y0 - i * ROW;
            if (e.style().joined()) {
                line(b, e.style(), at(x0, py, true) + at(x0 + SAMPLE, py, false));
            }
            if (e.style().marked()) {
                String[] set = e.style().pgfMarks();
                b.append("\\begin{pgfscope}").append(set[0]).append(e.style().markPath(x0 + SAMPLE / 2, py)).append(set[1])
                        .append("\\end{pgfscope}\n");
            }
            b.append(text(x0 + SAMPLE + 0.08, py, "l", e.text()));
        }
        if (beside) {
            // a frame from the entries' left to the bounding box's right (the legend is the rightmost part)
            double top = y0 + ROW / 2;
            double bottom = y0 - (legend.size() - 1) * ROW - ROW / 2;
            b.append("\\begin{pgfscope}\\color{gray!60}\\pgfextractx{\\dimen0}{\\pgfpointanchor{current bounding box}"
                    + "{east}}\\pgfpathrectanglecorners{\\pgfqpoint{").append(num(x0 - 0.12)).append("cm}{").append(num(bottom))
                    .append("cm}}{\\pgfqpoint{\\dimexpr\\dimen0+2pt\\relax}{").append(num(top))
                    .append("cm}}\\pgfusepath{stroke}\\end{pgfscope}\n");
        } else {
            b.append("\\end{pgfscope}\n");
        }
    }

    /** A stroked path in the style (the {@code \zsM}/{@code \zsL} of its points). */
    private static void line(StringBuilder b, LineStyle style, String path) {
        b.append("\\begin{pgfscope}").append(style.pgfLine()).append(path).append("\\pgfusepath{stroke}\\end{pgfscope}\n");
    }

    /** Text (LaTeX, footnotesize) at (px, py) cm: {@code anchor} is t(op), r(ight), l(eft) or lb (left bottom). */
    private static String text(double px, double py, String anchor, String tex) {
        return "\\zsT" + anchor + "{" + num(px) + "cm}{" + num(py) + "cm}{" + tex + "}\n";
    }

    /**
     * Labelled x ticks such that their estimated widths, 0.4 cm apart, fit along the axis: every other label
     * (then every third, ...) is dropped, the tick kept, while they would crowd.
     */
    private static List<NiceTicks.Tick> thinned(List<NiceTicks.Tick> ticks, double length) {
        double widest = ticks.stream().filter(NiceTicks.Tick::major).mapToDouble(t -> estimatedWidth(t.label()))
                .max().orElse(0) + 0.4;
        List<NiceTicks.Tick> major = ticks.stream().filter(NiceTicks.Tick::major).toList();
        int every = 1;
        while (major.size() / every > 1 && (major.size() + every - 1) / every * widest > length) {
            every++;
        }
        if (every == 1) {
            return ticks;
        }
        List<NiceTicks.Tick> out = new ArrayList<>();
        int i = 0;
        for (NiceTicks.Tick t : ticks) {
            if (t.major()) {
                out.add(i++ % every == 0 ? t : new NiceTicks.Tick(t.value(), ""));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A rough width in cm of LaTeX text set in footnotesize: a command name ({@code \alpha}) counts as one
     * character, braces, dollars and script markers as none, sub- and superscripts as full characters.
     */
    static double estimatedWidth(String tex) {
        String s = tex.replaceAll("\\\\[a-zA-Z]+ ?", "c").replaceAll("[{}$^_]", "");
        return s.length() * 0.16;
    }

    /** Whether a grid line at p is inside the box, not on its frame. */
    private static boolean inner(double p, double length) {
        return p > 0.005 && p < length - 0.005;
    }

    /** The points as a path: a moveto, then linetos. */
    private String coordinates(List<Point> r) {
        StringBuilder b = new StringBuilder();
        for (Point p : r) {
            b.append(at(x.position(p.x(), width), y.position(p.y(), height), b.length() == 0));
        }
        return b.toString();
    }

    private static String at(double px, double py, boolean move) {
        return (move ? "\\zsM{" : "\\zsL{") + num(px) + "}{" + num(py) + "}";
    }

    private static String num(double v) {
        return LineStyle.num(v);
    }
}
