package zipfscale.cas;

import java.util.ArrayList;
import java.util.List;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;

/**
 * The derivative at a point, {@code Diff(f, N) at N = Nopt}, rewritten as {@code Subs(Diff(f, N), N, Nopt)}
 * before Symja's parser sees the text (Symja would read {@code at N = Nopt} as a product and an
 * assignment). The word {@code at} is this notation only right after the closing parenthesis of a
 * {@code Diff(...)} call; anywhere else it is an ordinary name. The point is one operand: a name, a call,
 * a number or a parenthesised expression ({@code at N = (C/6)^(1/2)}), so that
 * {@code Diff(f, N) at N = a + 1} cannot be read two ways: it is an error asking for parentheses.
 *
 * <p>The rewritten text keeps, for each of its characters, the offset in the original text it comes
 * from, so that every later error still points at what the author wrote.
 */
final class AtNotation {
    private final String text;
    private final int[] origin;

    private AtNotation(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    String text() {
        return text;
    }

    /** The offset in the original text of the character at {@code offset} of the rewritten one. */
    int origin(int offset) {
        if (origin.length == 0 || offset < 0) {
            return Math.max(0, offset);
        }
        if (offset >= origin.length) {
            // past the end (Symja reports a missing operand there): as far past the original end
            return origin[origin.length - 1] + offset - (origin.length - 1);
        }
        return origin[offset];
    }

    /** {@code text} with every {@code Diff(...) at x = a} rewritten; errors through {@code positions}. */
    static AtNotation of(String text, Positions positions, String sourceLine) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        AtNotation current = new AtNotation(text, origin);
        while (true) {
            AtNotation next = current.rewriteLast(positions, sourceLine);
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    /** The last {@code at} after a Diff call rewritten (innermost last, so nesting works), or null. */
    private AtNotation rewriteLast(Positions positions, String sourceLine) {
        for (int i = text.length() - 2; i >= 0; i--) {
            if (!isWord(i, "at")) {
                continue;
            }
            int diffStart = diffCallEndingBefore(i);
            if (diffStart < 0) {
                continue;
            }
            int j = skipSpaces(i + 2);
            int nameStart = j;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            if (j == nameStart || !Character.isLetter(text.charAt(nameStart))) {
                throw fail(positions, sourceLine, i, 2, "expected 'at NAME = POINT' after Diff(...)");
            }
            String name = text.substring(nameStart, j);
            int eq = skipSpaces(j);
            if (eq >= text.length() || text.charAt(eq) != '=' || (eq + 1 < text.length() && text.charAt(eq + 1) == '=')) {
                throw fail(positions, sourceLine, Math.min(eq, text.length() - 1), 1,
                        "expected '=' in 'Diff(...) at " + name + " = POINT'");
            }
            int pointStart = skipSpaces(eq + 1);
            int pointEnd = operandEnd(pointStart);
            if (pointEnd <= pointStart) {
                throw fail(positions, sourceLine, Math.min(pointStart, text.length() - 1), 1,
                        "expected the point after 'at " + name + " =': a name, a number, a call or (an expression)");
            }
            int after = skipSpaces(pointEnd);
            if (after < text.length() && "+-*/^".indexOf(text.charAt(after)) >= 0) {
                throw fail(positions, sourceLine, pointStart, Math.max(1, pointEnd - pointStart),
                        "the point of 'at " + name + " = ...' is one operand: write it in parentheses, as in 'at "
                                + name + " = (" + text.substring(pointStart, pointEnd) + " ...)', or put the"
                                + " derivative at the point in parentheses");
            }
            StringBuilder out = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            append(out, map, text.substring(0, diffStart), 0);
            appendAt(out, map, "Subs(", diffStart);
            append(out, map, text.substring(diffStart, i).stripTrailing(), diffStart);
            appendAt(out, map, ", ", i);
            append(out, map, name, nameStart);
            appendAt(out, map, ", ", eq);
            append(out, map, text.substring(pointStart, pointEnd), pointStart);
            appendAt(out, map, ")", pointEnd - 1);
            append(out, map, text.substring(pointEnd), pointEnd);
            int[] o = new int[map.size()];
            for (int k = 0; k < o.length; k++) {
                o[k] = origin[Math.min(map.get(k), origin.length - 1)];
            }
            return new AtNotation(out.toString(), o);
        }
        return null;
    }

    private void append(StringBuilder out, List<Integer> map, String s, int from) {
        out.append(s);
        for (int k = 0; k < s.length(); k++) {
            map.add(from + k);
        }
    }

    private static void appendAt(StringBuilder out, List<Integer> map, String s, int at) {
        out.append(s);
        for (int k = 0; k < s.length(); k++) {
            map.add(at);
        }
    }

    private boolean isWord(int i, String w) {
        return text.startsWith(w, i) && (i == 0 || !isNameChar(text.charAt(i - 1)))
                && (i + w.length() >= text.length() || !isNameChar(text.charAt(i + w.length())));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private int skipSpaces(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The start of {@code Diff(...)} whose ')' is the last non-space before {@code at}, or -1. */
    private int diffCallEndingBefore(int at) {
        int close = at - 1;
        while (close >= 0 && Character.isWhitespace(text.charAt(close))) {
            close--;
        }
        if (close < 0 || text.charAt(close) != ')') {
            return -1;
        }
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    int start = k - 4;
                    return start >= 0 && isWord(start, "Diff") ? start : -1;
                }
            }
        }
        return -1;
    }

    /** The end of one operand from {@code i}: a number, a name or call, or a parenthesised group. */
    private int operandEnd(int i) {
        int j = i;
        if (j < text.length() && text.charAt(j) == '(') {
            return closing(j);
        }
        if (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
                    || ((text.charAt(j) == '-' || text.charAt(j) == '+') && (text.charAt(j - 1) == 'e'
                    || text.charAt(j - 1) == 'E')))) {
                j++;
            }
            return j;
        }
        while (j < text.length() && isNameChar(text.charAt(j))) {
            j++;
        }
        if (j > i && j < text.length() && text.charAt(j) == '(') {
            return closing(j);
        }
        return j;
    }

    /** One past the ')' matching the '(' at {@code open}, or the end of the text. */
    private int closing(int open) {
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            if (text.charAt(k) == '(') {
                depth++;
            } else if (text.charAt(k) == ')') {
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            }
        }
        return text.length();
    }

    private InputException fail(Positions positions, String sourceLine, int offset, int length, String message) {
        return new InputException(Diagnostic.error(positions.at(origin(offset), length), message, sourceLine));
    }
}
