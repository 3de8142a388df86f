package zipfscale.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The equation numbers LaTeX will print in generated text, read off the text itself: the summary of
 * {@code derivations.tex} prints them instead of {@code \ref}, so that a cold compilation needs no second
 * pdflatex run (issue 16). The rules are those of {@code \numberwithin{equation}{section}} with amsmath:
 * a numbered {@code \section} steps the section and resets the equation number; an {@code equation} or
 * {@code multline} steps it unless it carries a {@code \tag}, and then prints the tag; starred
 * environments print nothing. Any other numbered display environment ({@code align}, {@code gather},
 * {@code eqnarray}, ...) has rules this class does not follow, and makes it refuse the text.
 */
public final class EquationNumbering {
    private static final Pattern EVENT = Pattern.compile(
            "\\\\section\\{|\\\\begin\\{(equation|multline|align|gather|eqnarray|alignat|flalign|xalignat)\\}");
    private static final Pattern LABEL = Pattern.compile("\\\\label\\{([^}]*)\\}");
    private static final Pattern TAG = Pattern.compile("\\\\tag\\{([^}]*)\\}");

    private int section;
    private int equation;
    private final Map<String, String> numbers = new LinkedHashMap<>();

    /** Reads {@code latex}, the next part of the document body in order. */
    public void read(String latex) {
        Matcher m = EVENT.matcher(latex);
        int from = 0;
        while (m.find(from)) {
            if (m.group(1) == null) {
                section++;
                equation = 0;
                from = m.end();
                continue;
            }
            String env = m.group(1);
            if (!env.equals("equation") && !env.equals("multline")) {
                throw new IllegalArgumentException("cannot number a numbered " + env + " environment");
            }
            int end = latex.indexOf("\\end{" + env + "}", m.end());
            if (end < 0) {
                throw new IllegalArgumentException("\\begin{" + env + "} without its \\end");
            }
            String body = latex.substring(m.end(), end);
            Matcher tag = TAG.matcher(body);
            String number = tag.find() ? tag.group(1) : section + "." + ++equation;
            Matcher label = LABEL.matcher(body);
            while (label.find()) {
                numbers.put(label.group(1), number);
            }
            from = end;
        }
    }

    /** The number printed for the display labelled {@code key}, or null when no display read has it. */
    public String number(String key) {
        return numbers.get(key);
    }

    /** Every display label read, in order, with its number. */
    public Map<String, String> numbers() {
        return Map.copyOf(numbers);
    }
}
