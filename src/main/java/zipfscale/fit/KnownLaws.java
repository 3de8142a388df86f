package zipfscale.fit;

import java.util.List;
import java.util.Optional;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;

/**
 * The loss laws {@code fits fit} recognises by their text (spaces ignored):
 * <ul>
 *   <li>{@code E + A*x^(-a)}, where {@code x} is either the literal {@code x}, bound to the one data column
 *       other than {@code loss}, or the name of a data column;</li>
 *   <li>{@code E + A*N^(-alpha) + B*D^(-beta)} (Hoffmann et al.'s eq. (2)), reading columns {@code N} and {@code D}.</li>
 * </ul>
 * Any other law (with or without a power term) is read as a general expression ({@link ExpressionLaw}); the two forms above keep their
 * dedicated parametrisation (logarithms of {@code E, A, B}), which the optimiser handles better.
 */
public final class KnownLaws {
    public static final String ONE_VARIABLE = "E + A*x^(-a)";
    public static final String TWO_VARIABLES = "E + A*N^(-alpha) + B*D^(-beta)";

    private KnownLaws() {
    }

    /**
     * The law written {@code text}, with its variable bound among {@code columns} (the data file's header).
     *
     * @throws InputException when the law is not recognised or its variable has no column
     */
    public static LossLaw read(String text, List<String> columns, String dataFile) {
        return read(text, columns, LossDataReader.LOSS, dataFile);
    }

    /** As {@link #read(String, List, String)}, with the response in column {@code response} (not a variable). */
    public static LossLaw read(String text, List<String> columns, String response, String dataFile) {
        String t = text.replaceAll("\\s+", "");
        if (t.equals(TWO_VARIABLES.replace(" ", ""))) {
            return new TwoTermPowerLaw();
        }
        Optional<String> v = oneVariable(t);
        if (v.isPresent()) {
            String var = v.get();
            if (var.equals("x")) {
                List<String> others = columns.stream().filter(c -> !c.equals(response)).toList();
                if (others.size() != 1) {
                    throw new InputException(Diagnostic.error(SourceSpan.wholeFile(dataFile), "the law's x needs exactly"
                            + " one data column besides '" + response + "'; the header has " + others
                            + " (write the column's name in the law instead of x)"));
                }
                return new PowerLawWithFloor(others.get(0));
            }
            return new PowerLawWithFloor(var);
        }
        return general(text, columns, response, dataFile);
    }

    /**
     * Any other law, read by {@link ExpressionReader}: free symbols naming data columns are variables (the
     * literal {@code x} stands for the one column besides {@code loss}), the rest parameters.
     */
    static ExpressionLaw general(String text, List<String> columns, String dataFile) {
        return general(text, columns, LossDataReader.LOSS, dataFile);
    }

    /** As {@link #general(String, List, String)}, with the response in column {@code response}. */
    public static ExpressionLaw general(String text, List<String> columns, String response, String dataFile) {
        Expr e = ExpressionReader.read(text, "--law", 1, 1);
        java.util.Set<String> free = FreeSymbols.of(e);
        List<String> dataColumns = columns.stream().filter(c -> !c.equals(response)).toList();
        List<String> symbols = new java.util.ArrayList<>();
        List<String> variables = new java.util.ArrayList<>();
        for (String c : dataColumns) {
            if (free.contains(c)) {
                symbols.add(c);
                variables.add(c);
            }
        }
        if (free.contains("x") && !dataColumns.contains("x") && variables.isEmpty() && dataColumns.size() == 1) {
            symbols.add("x");
            variables.add(dataColumns.get(0));
        }
        SourceSpan whole = new SourceSpan("--law", 1, 1, Math.max(1, text.length()));
        if (variables.isEmpty()) {
            throw new InputException(Diagnostic.error(whole, "the law '" + text + "' uses none of the data columns "
                    + dataColumns + " of " + dataFile, text));
        }
        List<String> parameters = free.stream().filter(s -> !symbols.contains(s)).sorted().toList();
        if (parameters.isEmpty()) {
            throw new InputException(Diagnostic.error(whole, "the law '" + text + "' has no parameter to fit", text));
        }
        java.util.Map<String, String> exponents = ExpressionLaw.findExponents(e, symbols, variables, parameters);
        java.util.Map<String, String> scales = ExpressionLaw.findScales(e, symbols, variables, parameters);
        return new ExpressionLaw(text.strip(), e, variables, symbols, parameters, exponents, scales);
    }

    private static Optional<String> oneVariable(String t) {
        String prefix = "E+A*";
        String suffix = "^(-a)";
        if (t.startsWith(prefix) && t.endsWith(suffix)) {
            String var = t.substring(prefix.length(), t.length() - suffix.length());
            if (var.matches("[A-Za-z_][A-Za-z_0-9]*") && !List.of("E", "A", "a").contains(var)) {
                return Optional.of(var);
            }
        }
        return Optional.empty();
    }
}
