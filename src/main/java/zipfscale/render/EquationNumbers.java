package zipfscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's equation numbers that a claim's {@code cite} clauses name: every parenthesised number, as in
 * {@code "eq. (57)"}, {@code "eqs. (48), (57)"} or {@code "Theorem 5.1 (16)"}. Two numbers joined only by a
 * dash ({@code "(56)-(58)"}) are a range. The result is the text of a display's {@code \tag}: {@code 57},
 * {@code 48, 57}, {@code 56--58}; empty when no cite names an equation (the display is then numbered by
 * LaTeX). A four-digit number from 1900 to 2099 is a year ({@code "Hoffmann et al. (2022)"}) and is skipped.
 * The text holds only digits, lower-case letters, commas, spaces and dashes, so it is safe in
 * {@code \tag{...}} as it is.
 */
public final class EquationNumbers {
    private static final Pattern NUMBER = Pattern.compile("\\((\\d{1,6}[a-z]?)\\)");
    private static final Pattern DASH = Pattern.compile("\\s*(-|--|\u2013)\\s*");

    private EquationNumbers() {
    }

    /** The tag text for a claim with these cites, or "" when they name no equation. */
    public static String tag(List<String> cites) {
        List<String> parts = new ArrayList<>();
        for (String cite : cites) {
            Matcher m = NUMBER.matcher(cite);
            int lastEnd = -1;
            while (m.find()) {
                String n = m.group(1);
                if (isYear(n)) {
                    continue;   // "Hoffmann et al. (2022)": a year, not an equation
                }
                if (lastEnd >= 0 && DASH.matcher(cite.substring(lastEnd, m.start())).matches()) {
                    String from = parts.remove(parts.size() - 1);
                    add(parts, from + "--" + n);
                } else {
                    add(parts, n);
                }
                lastEnd = m.end();
            }
        }
        return String.join(", ", parts);
    }

    /** A four-digit number from 1900 to 2099: in a cite it is a year; no paper has that many equations. */
    static boolean isYear(String n) {
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) && Character.isDigit(n.charAt(3));
    }

    private static void add(List<String> parts, String part) {
        if (!parts.contains(part)) {
            parts.add(part);
        }
    }
}
