package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * Words with formulas between them, for the parts of a justification step that need both ("exponent
 * A beats B (the difference has a fixed sign: interval arithmetic over aN in [0.5, 2])"). Formulas stay
 * expression trees, so that the LaTeX printer sets them as mathematics and the JSON printer in script
 * syntax; the words are plain prose.
 *
 * <p>Formulas are put in {@link TidyForm} when the text is built, so that {@code 1*x}, {@code x^1} and
 * {@code (-1)*(-x)} never reach a printer.
 */
public record RichText(List<Part> parts) {
    /** A piece of a text: words or a formula. */
    public sealed interface Part permits Words, Formula { }

    /** Plain prose (never empty). */
    public record Words(String text) implements Part {
        public Words {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A formula; a relation is a call with a relation head ({@link StepRelation}). */
    public record Formula(Expr expr) implements Part {
        public Formula {
            Objects.requireNonNull(expr, "expr");
        }
    }

    public RichText {
        parts = List.copyOf(parts);
    }

    private static final RichText EMPTY = new RichText(List.of());

    public static RichText empty() {
        return EMPTY;
    }

    /**
     * The text of {@code pieces} in order: a {@link String} (or number, or character) is words, an
     * {@link Expr} a formula, a {@link RichText} its parts; null pieces are skipped. Adjacent words are
     * joined.
     */
    public static RichText of(Object... pieces) {
        List<Part> out = new ArrayList<>();
        for (Object p : pieces) {
            add(out, p);
        }
        return new RichText(out);
    }

    /** This text followed by {@code more} (as {@link #of}). */
    public RichText plus(Object... more) {
        List<Part> out = new ArrayList<>(parts);
        for (Object p : more) {
            add(out, p);
        }
        return new RichText(out);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    private static void add(List<Part> out, Object p) {
        if (p == null) {
            return;
        }
        if (p instanceof RichText r) {
            r.parts.forEach(q -> add(out, q));
        } else if (p instanceof Words w) {
            words(out, w.text());
        } else if (p instanceof Formula f) {
            out.add(new Formula(TidyForm.of(f.expr())));
        } else if (p instanceof Expr e) {
            out.add(new Formula(TidyForm.of(e)));
        } else if (p instanceof String || p instanceof Number || p instanceof Character || p instanceof Boolean
                || p instanceof Enum<?>) {
            words(out, String.valueOf(p));
        } else {
            throw new IllegalArgumentException("not a part of a text: " + p.getClass().getName());
        }
    }

    private static void words(List<Part> out, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Words w) {
            out.set(out.size() - 1, new Words(w.text() + s));
        } else {
            out.add(new Words(s));
        }
    }
}
