package zipfscale.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random expressions from the expression grammar of docs/script-language.md (names, numbers with the
 * extremes, constants, + - * / ^, every whitelisted function with right and wrong arities, sums,
 * integrals, Diff, ArgMin, Boole), wrapped into one-claim scripts or value statements.
 */
final class ExpressionGrammar {
    private static final List<String> NAMES = List.of("x", "alpha", "beta", "N", "D", "C", "E", "k", "q", "aN", "y");
    private static final List<String> CONSTANTS = List.of("Pi", "EulerGamma", "Infinity");
    private static final List<String> UNARY = List.of("Exp", "Log", "Sqrt", "Abs", "Sin", "Cos", "Gamma", "LogGamma",
            "Zeta", "Factorial", "Floor", "Ceiling");
    private static final List<String> BINARY = List.of("Log", "Gamma", "Beta", "Zeta", "HurwitzZeta", "PolyGamma",
            "Binomial", "Max", "Min");
    private static final List<String> RELATIONS = List.of("==", "<=", "<", ">=", ">", "~", "asymp", "=O", "=o");

    private ExpressionGrammar() {
    }

    static String expression(SplittableRandom r, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) {
            return atom(r);
        }
        int d = depth - 1;
        return switch (r.nextInt(14)) {
            case 0, 1 -> expression(r, d) + " + " + expression(r, d);
            case 2 -> expression(r, d) + " - " + expression(r, d);
            case 3, 4 -> expression(r, d) + "*" + expression(r, d);
            case 5 -> "(" + expression(r, d) + ")/(" + expression(r, d) + ")";
            case 6 -> "(" + expression(r, d) + ")^(" + expression(r, d) + ")";
            case 7 -> "-" + expression(r, d);
            case 8 -> Extremes.pick(UNARY, r) + "(" + expression(r, d) + ")";
            case 9 -> Extremes.pick(BINARY, r) + "(" + expression(r, d) + ", " + expression(r, d) + ")";
            case 10 -> "Sum(" + expression(r, d) + ", {k, " + Extremes.pick(List.of("1", "0", "N", "x + 1"), r) + ", "
                    + Extremes.pick(List.of("Infinity", "N", "10", "x"), r) + "})";
            case 11 -> "Integrate(" + expression(r, d) + ", {y, " + Extremes.pick(List.of("0", "1", "x"), r) + ", "
                    + Extremes.pick(List.of("1", "Infinity", "x"), r) + "})";
            case 12 -> "Diff(" + expression(r, d) + ", x" + (r.nextBoolean() ? "" : ", " + r.nextInt(9)) + ")";
            default -> r.nextBoolean() ? "Boole(" + expression(r, d) + " < " + expression(r, d) + ")"
                    : "ArgMin(" + expression(r, d) + ", N)";
        };
    }

    private static String atom(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> Extremes.pick(NAMES, r);
            case 2 -> Extremes.pick(Extremes.SCRIPT, r);
            case 3 -> Extremes.pick(CONSTANTS, r);
            case 4 -> Integer.toString(r.nextInt(10));
            default -> Extremes.logUniform(r, -5, 5);
        };
    }

    /** A one-claim (or one-value) script around generated expressions. */
    static String script(SplittableRandom r) {
        StringBuilder b = new StringBuilder("derivation generated \"generated\"\nassume alpha > 1\nassume x > 0\n");
        if (r.nextInt(5) == 0) {
            b.append("value v \"v\":\n    ").append(expression(r, 4)).append("\n    where x = ")
                    .append(Extremes.pick(Extremes.SCRIPT, r)).append(", alpha = 3/2\n");
            return b.toString();
        }
        String rel = Extremes.pick(RELATIONS, r);
        b.append("claim c \"c\":\n    ").append(expression(r, 4)).append(' ').append(rel).append(' ')
                .append(expression(r, 3));
        if (List.of("~", "asymp", "=O", "=o").contains(rel)) {
            b.append(" as ").append(Extremes.pick(List.of("x", "N", "D"), r)).append(" -> Infinity");
        }
        b.append('\n');
        if (r.nextInt(3) == 0) {
            b.append("    for x in [").append(Extremes.pick(Extremes.SCRIPT, r)).append(", ")
                    .append(Extremes.pick(List.of("1", "2", "1e308", "Infinity"), r)).append("]\n");
        }
        return b.toString();
    }
}
