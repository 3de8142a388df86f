package zipfscale.fit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.SourceSpan;

/**
 * A bound on one fitted parameter, written {@code B > 0}, {@code B >= 0}, {@code B < 1} or
 * {@code 0 < B < 1} ({@code --bound}). The optimiser works in a transformed parameter ({@link BoundedLaw}),
 * so every estimate and every bootstrap draw lies strictly inside; {@code >=} and {@code >} are the same
 * bound (an estimate may approach the end but never reach it).
 *
 * @param parameter the parameter's name
 * @param lower the lower end, or -infinity
 * @param upper the upper end, or +infinity
 * @param implied true when {@code fits fit} added it (a scale {@code c} of {@code (c/v)^p} over a positive column)
 */
public record Bound(String parameter, double lower, double upper, boolean implied) {
    private static final String NUM = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final String NAME = "([A-Za-z_][A-Za-z_0-9]*)";
    private static final Pattern ONE = Pattern.compile("\\s*" + NAME + "\\s*(>=|>|<=|<)\\s*" + NUM + "\\s*");
    private static final Pattern TWO = Pattern.compile("\\s*" + NUM + "\\s*(<=|<)\\s*" + NAME + "\\s*(<=|<)\\s*" + NUM + "\\s*");

    public Bound {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("empty bound " + lower + " < " + parameter + " < " + upper);
        }
    }

    /** Reads one {@code --bound} text; a malformed one is a diagnostic (named {@code --bound}, column of the fault). */
    public static Bound parse(String text, java.util.function.Consumer<Diagnostic> errors) {
        Matcher one = ONE.matcher(text);
        Matcher two = TWO.matcher(text);
        SourceSpan whole = new SourceSpan("--bound", 1, 1, Math.max(1, text.length()));
        try {
            if (one.matches()) {
                double v = Double.parseDouble(one.group(3));
                boolean below = one.group(2).startsWith(">");
                return new Bound(one.group(1), below ? v : Double.NEGATIVE_INFINITY, below ? Double.POSITIVE_INFINITY : v,
                        false);
            }
            if (two.matches()) {
                return new Bound(two.group(3), Double.parseDouble(two.group(1)), Double.parseDouble(two.group(5)), false);
            }
        } catch (IllegalArgumentException e) {
            errors.accept(Diagnostic.error(whole, "the bound '" + text + "' is empty (lower end not below upper end)", text));
            return null;
        }
        errors.accept(Diagnostic.error(whole, "cannot read the bound '" + text + "': write e.g. 'B > 0', 'B < 1' or "
                + "'0 < B < 1' (a parameter of the law and numbers)", text));
        return null;
    }

    /** Whether {@code v} lies strictly inside. */
    public boolean contains(double v) {
        return v > lower && v < upper;
    }

    /** As written for the output: {@code B > 0}, {@code 0 < B < 1}. */
    public String text() {
        if (Double.isInfinite(upper)) {
            return parameter + " > " + num(lower);
        }
        if (Double.isInfinite(lower)) {
            return parameter + " < " + num(upper);
        }
        return num(lower) + " < " + parameter + " < " + num(upper);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
