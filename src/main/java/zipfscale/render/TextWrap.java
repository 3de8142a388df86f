package zipfscale.render;

/**
 * Reasons in the terminal tables wrapped at spaces, never cut (issue 20): a counterexample or a corrected
 * statement is read whole without {@code --json}. Continuation lines start with the given indentation,
 * so that they stay in the reason's column.
 */
final class TextWrap {
    /** The width of a reason's line (its column's share of a 200-character terminal). */
    static final int WIDTH = 110;

    private TextWrap() {
    }

    /** {@code s} on one logical line, broken at spaces into lines of at most {@code width} characters. */
    static String wrap(String s, int width, String indent) {
        String t = s.replace('\n', ' ');
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (t.length() - start > width) {
            int cut = t.lastIndexOf(' ', start + width);
            if (cut <= start) {
                cut = t.indexOf(' ', start + width);   // a word longer than the width stays whole
                if (cut < 0) {
                    break;
                }
            }
            out.append(t, start, cut).append(System.lineSeparator()).append(indent);
            start = cut + 1;
        }
        return out.append(t.substring(start)).toString();
    }
}
