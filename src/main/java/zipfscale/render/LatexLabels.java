package zipfscale.render;

/**
 * The {@code \label} keys of the regenerated documents: {@code derivation:NAME} for a derivation's section
 * and {@code claim:DERIVATION:ID} for a claim's display. Script names are letters, digits and underscores,
 * but letters may be non-ASCII, which pdflatex cannot take in a label; such characters are written as
 * {@code -uXXXX} (the hyphen never occurs in a script name, so keys stay distinct).
 */
public final class LatexLabels {

    private LatexLabels() {
    }

    public static String derivation(String derivation) {
        return "derivation:" + safe(derivation);
    }

    public static String claim(String derivation, String id) {
        return "claim:" + safe(derivation) + ":" + safe(id);
    }

    /** {@code value:DERIVATION:ID}: the display of a {@code value} statement (issue 8). */
    public static String value(String derivation, String id) {
        return "value:" + safe(derivation) + ":" + safe(id);
    }

    private static String safe(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                b.append((char) c);
            } else {
                b.append(String.format(java.util.Locale.ROOT, "-u%04X", c));
            }
        });
        return b.toString();
    }
}
