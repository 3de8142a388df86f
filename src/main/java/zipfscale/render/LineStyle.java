package zipfscale.render;

import java.util.Locale;

/**
 * How a {@link TikzPlot} draws one curve: a colour (an xcolor expression), a plot mark ({@code ""} for none;
 * {@code *} a dot, {@code square*}, {@code triangle*}, {@code diamond*} filled, {@code square},
 * {@code triangle}, {@code diamond} open, {@code x}), a dash pattern ({@code ""} for solid; TikZ's names),
 * whether the points are joined, and a heavier line. {@link #cycle} and {@link #lines} give distinguishable
 * styles for the i-th series: each differs from its neighbours in colour and in mark (or dash pattern), so
 * that the curves can be told apart in grey print too.
 *
 * <p>Implementation note: the styles are written as PGF basic-layer settings ({@code \color},
 * {@code \pgfsetlinewidth}, {@code \pgfsetdash}), not as TikZ options: TikZ's option and coordinate parser
 * costs pdflatex about 85 microseconds a coordinate and 2.4 ms a node, most of a figure's time.
 */
record LineStyle(String color, String mark, String dash, boolean joined, boolean thick) {
    private static final String[] COLORS = {"blue!80!black", "red!80!black", "green!50!black", "orange!90!black",
        "violet!85!black", "cyan!55!black", "brown!85!black", "black"};
    private static final String[] MARKS = {"*", "square*", "triangle*", "diamond*", "square", "triangle", "diamond",
        "x"};
    private static final String[] DASHES = {"", "dashed", "densely dotted", "dash dot", "loosely dashed",
        "densely dashed", "dash dot dot", "dotted"};
    /** The radius of a mark, cm (TikZ's mark size 1.3pt). */
    static final double MARK = 0.046;

    /** The i-th series drawn as points joined by a line, with marks (ratio plots). */
    static LineStyle cycle(int i) {
        return new LineStyle(COLORS[i % COLORS.length], MARKS[i % MARKS.length], "", true, false);
    }

    /** The i-th series drawn as a thick line without marks, told apart by colour and dash pattern (plots). */
    static LineStyle lines(int i) {
        return new LineStyle(COLORS[i % COLORS.length], "", DASHES[i % DASHES.length], true, true);
    }

    /** A dashed line with neither marks nor weight: a reference such as y = 1. */
    static LineStyle reference() {
        return new LineStyle("black", "", "dashed", true, false);
    }

    LineStyle withMark(String m) {
        return new LineStyle(color, m, dash, joined, thick);
    }

    boolean marked() {
        return !mark.isEmpty();
    }

    double lineWidthPt() {
        return thick ? 0.8 : 0.4;
    }

    /** PGF settings of the line: colour, width, dash pattern (TikZ's definitions at this width), round joins. */
    String pgfLine() {
        return "\\color{" + color + "}\\pgfsetlinewidth{" + pt(lineWidthPt()) + "}" + pgfDash() + "\\pgfsetroundjoin";
    }

    private String pgfDash() {
        String w = pt(lineWidthPt());
        String on = switch (dash) {
            case "" -> "";
            case "dashed" -> "{3pt}{3pt}";
            case "densely dotted" -> "{" + w + "}{1pt}";
            case "dotted" -> "{" + w + "}{2pt}";
            case "dash dot" -> "{3pt}{2pt}{" + w + "}{2pt}";
            case "loosely dashed" -> "{3pt}{6pt}";
            case "densely dashed" -> "{3pt}{2pt}";
            case "dash dot dot" -> "{3pt}{2pt}{" + w + "}{2pt}{" + w + "}{2pt}";
            default -> throw new IllegalArgumentException("no dash pattern " + dash);
        };
        return on.isEmpty() ? "" : "\\pgfsetdash{" + on + "}{0pt}";
    }

    /**
     * PGF settings and the path operation for this style's marks, around the subpaths that {@link #markPath}
     * writes: a dot is a zero-length stroke with round caps (PDF paints it as a disc), the other marks are
     * polygons, filled in the colour or (open marks) in white, outlined in the colour, always solid.
     */
    String[] pgfMarks() {
        if (mark.equals("*")) {
            return new String[] {"\\color{" + color + "}\\pgfsetroundcap\\pgfsetlinewidth{" + pt(2 * MARK / 0.0352778)
                    + "}", "\\pgfusepath{stroke}"};
        }
        String fill = mark.endsWith("*") ? "" : "\\pgfsetfillcolor{white}";
        String use = mark.equals("x") ? "\\pgfusepath{stroke}" : "\\pgfusepath{fill,stroke}";
        return new String[] {"\\color{" + color + "}" + fill + "\\pgfsetlinewidth{0.4pt}", use};
    }

    /** The subpath of one mark centred at (x, y) cm, with {@code \zsM}/{@code \zsL} (moveto, lineto). */
    String markPath(double x, double y) {
        double r = MARK;
        return switch (mark.replace("*", "")) {
            case "" -> "\\zsM{" + num(x) + "}{" + num(y) + "}\\zsL{" + num(x) + "}{" + num(y) + "}";
            case "square" -> polygon(x, y, new double[] {-0.8, -0.8, 0.8, -0.8, 0.8, 0.8, -0.8, 0.8}, r);
            case "triangle" -> polygon(x, y, new double[] {0, 1.2, -1.04, -0.6, 1.04, -0.6}, r);
            case "diamond" -> polygon(x, y, new double[] {0, 1.3, 0.85, 0, 0, -1.3, -0.85, 0}, r);
            case "x" -> "\\zsM{" + num(x - r) + "}{" + num(y - r) + "}\\zsL{" + num(x + r) + "}{" + num(y + r) + "}"
                    + "\\zsM{" + num(x - r) + "}{" + num(y + r) + "}\\zsL{" + num(x + r) + "}{" + num(y - r) + "}";
            default -> throw new IllegalArgumentException("no mark " + mark);
        };
    }

    private static String polygon(double x, double y, double[] unit, double r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < unit.length; i += 2) {
            b.append(i == 0 ? "\\zsM{" : "\\zsL{").append(num(x + unit[i] * r)).append("}{").append(num(y + unit[i + 1] * r))
                    .append('}');
        }
        return b.append("\\pgfpathclose").toString();
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    private static String pt(double v) {
        return String.format(Locale.ROOT, "%.2fpt", v);
    }
}
