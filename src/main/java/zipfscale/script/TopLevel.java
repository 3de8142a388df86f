package zipfscale.script;

import java.util.ArrayList;
import java.util.List;

/** Finds characters and words outside parentheses, braces and brackets of a piece of script text. */
final class TopLevel {

    private TopLevel() {
    }

    /** Splits at every {@code separator} at depth 0. */
    static List<SourceText> split(SourceText t, char separator) {
        List<SourceText> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                out.add(t.slice(start, i));
                start = i + 1;
            }
        }
        out.add(t.slice(start, s.length()));
        return out;
    }

    /** Depth (of parentheses, braces and brackets) before each character of {@code s}. */
    static int[] depths(String s) {
        int[] d = new int[s.length() + 1];
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            d[i] = depth;
            char c = s.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            }
        }
        d[s.length()] = depth;
        return d;
    }

    /** Offsets of the whole word {@code word} at depth 0. */
    static List<Integer> words(String s, String word) {
        int[] d = depths(s);
        List<Integer> out = new ArrayList<>();
        int i = s.indexOf(word);
        while (i >= 0) {
            boolean before = i == 0 || !isNameChar(s.charAt(i - 1));
            boolean after = i + word.length() >= s.length() || !isNameChar(s.charAt(i + word.length()));
            if (before && after && d[i] == 0) {
                out.add(i);
            }
            i = s.indexOf(word, i + 1);
        }
        return out;
    }

    /**
     * Whether the '=' at {@code eq} is that of a derivative at a point, {@code Diff(f, x) at x = a}: a name
     * and the word {@code at} before it (the expression reader reads the notation; here it is only not
     * mistaken for an assignment or a misspelt relation).
     */
    static boolean isAtBinding(String s, int eq) {
        int i = eq - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        int nameEnd = i;
        while (i >= 0 && isNameChar(s.charAt(i))) {
            i--;
        }
        if (i == nameEnd) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i >= 1 && s.charAt(i) == 't' && s.charAt(i - 1) == 'a' && (i < 2 || !isNameChar(s.charAt(i - 2)));
    }

    static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
