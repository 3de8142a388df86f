package zipfscale.render;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import zipfscale.claims.Extrapolation;

/**
 * An {@code extrapolate} statement printed back as script text for {@link ScriptPrinter}: the clauses in
 * the order of {@code docs/script-language.md}, numbers in their shortest decimal form ({@code 1.0e15},
 * {@code 0.003}), which read back to the same doubles.
 */
final class ExtrapolationScriptText {

    private ExtrapolationScriptText() {
    }

    static String print(Extrapolation e) {
        StringBuilder b = new StringBuilder("extrapolate ").append(e.id()).append(' ')
                .append(ScriptPrinter.quote(e.title())).append(":\n");
        b.append("    truth ").append(TextPrinter.print(e.truth()));
        if (e.minimize() != null) {
            b.append("\n    minimize ").append(e.minimize().variable()).append(" in [").append(num(e.minimize().lower()))
                    .append(", ").append(num(e.minimize().upper())).append(']');
        }
        b.append("\n    for ").append(e.variable()).append(" in [").append(num(e.lower())).append(", ")
                .append(num(e.upper())).append(']');
        b.append("\n    points ").append(e.points()).append(" noise ").append(num(e.noise())).append(" seed ")
                .append(e.seed());
        b.append("\n    predict ").append(e.targets().stream().map(ExtrapolationScriptText::num)
                .collect(Collectors.joining(", ")));
        if (!e.where().isEmpty()) {
            b.append("\n    where ").append(e.where().stream().map(w -> w.name() + " = " + TextPrinter.print(w.value()))
                    .collect(Collectors.joining(", ")));
        }
        for (String cite : e.cites()) {
            b.append("\n    cite ").append(ScriptPrinter.quote(cite));
        }
        return b.toString();
    }

    /** The shortest decimal that reads back to {@code v}, with a lower-case exponent. */
    static String num(double v) {
        return BigDecimal.valueOf(v).toString().replace("E+", "e").replace("E", "e");
    }
}
