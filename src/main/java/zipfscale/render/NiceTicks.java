package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions and labels of one plot axis, as pgfplots would choose them but computed here (pgfplots
 * spent about 0.25 s of pdflatex's time per axis on them):
 * <ul>
 * <li>a linear axis gets the multiples of a 1-2-5 step (1, 2 or 5 times a power of ten), the smallest
 *     step that leaves at most {@value #MAX_LINEAR} ticks inside the range;</li>
 * <li>a log axis with at least two decades inside its range gets the decades 10^k inside it, labelled
 *     {@code $10^{k}$}; when there are more than {@value #MAX_LABELS}, only every s-th decade (k a multiple
 *     of s) is labelled and the others are short unlabelled ticks;</li>
 * <li>a log axis spanning less than that gets 1-2-5 values m 10^k inside it, or failing two of those,
 *     linear 1-2-5 ticks, labelled as numbers.</li>
 * </ul>
 * A label is empty for a minor (unlabelled) tick.
 */
final class NiceTicks {
    /** Labels on one axis at most. */
    static final int MAX_LABELS = 6;
    /** Ticks on a linear axis at most. */
    static final int MAX_LINEAR = 7;

    /** One tick: its value in data units and its label (math mode text, empty for a minor tick). */
    record Tick(double value, String label) {
        boolean major() {
            return !label.isEmpty();
        }
    }

    private NiceTicks() {
    }

    /** The ticks of the axis [lo, hi] ({@code lo < hi}, both positive for a log axis), in increasing order. */
    static List<Tick> of(double lo, double hi, boolean log) {
        return of(lo, hi, log, 0);
    }

    /** The same with linear steps of at least {@code minStep} (1 for integer ticks, 0 for any). */
    static List<Tick> of(double lo, double hi, boolean log, double minStep) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi) || (log && lo <= 0)) {
            throw new IllegalArgumentException("not an axis range: [" + lo + ", " + hi + "]");
        }
        if (!log) {
            return linear(lo, hi, minStep);
        }
        List<Tick> decades = decades(lo, hi);
        if (decades.size() >= 2) {
            return decades;
        }
        List<Tick> oneTwoFive = oneTwoFive(lo, hi);
        return oneTwoFive.size() >= 2 ? oneTwoFive : linear(lo, hi, minStep);
    }

    /** Multiples of the smallest 1-2-5 step that leaves at most {@value #MAX_LINEAR} ticks in [lo, hi]. */
    static List<Tick> linear(double lo, double hi) {
        return linear(lo, hi, 0);
    }

    private static List<Tick> linear(double lo, double hi, double minStep) {
        int e = (int) Math.floor(Math.log10(Math.max((hi - lo) / MAX_LINEAR, minStep)));
        for (int attempt = 0; attempt < 8; attempt++, e++) {
            for (int m : new int[] {1, 2, 5}) {
                double step = m * Math.pow(10, e);
                if (step < minStep) {
                    continue;
                }
                long first = (long) Math.ceil(lo / step - 1e-9);
                long last = (long) Math.floor(hi / step + 1e-9);
                if (last - first + 1 <= MAX_LINEAR) {
                    List<Tick> ticks = new ArrayList<>();
                    for (long i = first; i <= last; i++) {
                        double v = i * step;
                        ticks.add(new Tick(v, number(m, e, i)));
                    }
                    return ticks;
                }
            }
        }
        throw new IllegalStateException("no 1-2-5 step for [" + lo + ", " + hi + "]");
    }

    private static List<Tick> decades(double lo, double hi) {
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        int count = last - first + 1;
        int every = 1;
        while (labelled(first, last, every) > MAX_LABELS) {
            every++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            ticks.add(new Tick(Math.pow(10, k), Math.floorMod(k, every) == 0 ? "10^{" + k + "}" : ""));
        }
        return count > 0 ? ticks : List.of();
    }

    private static int labelled(int first, int last, int every) {
        int n = 0;
        for (int k = first; k <= last; k++) {
            n += Math.floorMod(k, every) == 0 ? 1 : 0;
        }
        return n;
    }

    private static List<Tick> oneTwoFive(double lo, double hi) {
        List<Tick> ticks = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(lo)) - 1; e <= (int) Math.ceil(Math.log10(hi)); e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                    ticks.add(new Tick(v, number(m, e, 1)));
                }
            }
        }
        return ticks;
    }

    /**
     * The label of {@code i m 10^e}: a plain decimal with as many places as the step needs while the power
     * of ten is between -3 and 4, else {@code a \cdot 10^{k}}.
     */
    static String number(int m, int e, long i) {
        long mantissa = i * m;
        if (mantissa == 0) {
            return "0";
        }
        int digits = Long.toString(Math.abs(mantissa)).length();
        int exponent = e + digits - 1;
        if (exponent >= -3 && exponent <= 4) {
            String plain = String.format(Locale.ROOT, "%." + Math.max(0, -e) + "f", mantissa * Math.pow(10, e));
            return plain.contains(".") ? plain.replaceAll("\\.?0+$", "") : plain;
        }
        // mantissa = d.ddd x 10^(digits-1): strip trailing zeros
        String s = Long.toString(Math.abs(mantissa));
        String lead = s.substring(0, 1);
        String rest = s.substring(1).replaceAll("0+$", "");
        String sign = mantissa < 0 ? "-" : "";
        String a = rest.isEmpty() ? lead : lead + "." + rest;
        return sign + (a.equals("1") ? "" : a + " \\cdot ") + "10^{" + exponent + "}";
    }
}
