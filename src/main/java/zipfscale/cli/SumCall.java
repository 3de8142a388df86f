package zipfscale.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.cas.ExpressionReader;
import zipfscale.diag.InputException;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.GeneralSums;
import zipfscale.numerics.PreciseEstimate;
import zipfscale.numerics.PreciseGeneralSums;

/**
 * {@code eval 'sum(EXPR, k, lo, hi)'}: any sum with a smooth summand in k (Symja syntax, e.g.
 * {@code k^(-1/2)}, {@code Log(k)/k^2}, {@code k^2*Exp(-k/1000)}), lo a whole number, hi a whole number
 * ({@code 1e15} is fine) or {@code Infinity}, through {@link GeneralSums} / {@link PreciseGeneralSums}.
 * Malformed input, another free symbol, or a sum the engine refuses (divergent, convergence not
 * established, a summand it cannot differentiate) is an input error at its column, exit code 2.
 */
final class SumCall {
    private final String text;
    private final Sum sum;
    private final int column;

    private SumCall(String text, Sum sum, int column) {
        this.text = text;
        this.sum = sum;
        this.column = column;
    }

    static boolean matches(String text) {
        return text.strip().startsWith("sum(");
    }

    static SumCall parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (close < open || !text.substring(close + 1).isBlank()) {
            throw CallParser.error(text, text.length(), 1, "expected sum(EXPR, k, lo, hi) ending with ')'");
        }
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, close});
        if (parts.size() != 4) {
            throw CallParser.error(text, open + 1, close - open + 1,
                    "sum takes 4 arguments (EXPR, k, lo, hi), got " + parts.size());
        }
        String k = piece(text, parts.get(1));
        if (!k.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw CallParser.error(text, parts.get(1)[0] + 1, parts.get(1)[1] - parts.get(1)[0], "expected an index name");
        }
        Expr body;
        try {
            body = ExpressionReader.read(piece(text, parts.get(0)), "<eval>", 1, parts.get(0)[0] + 1);
        } catch (InputException ex) {
            throw CallParser.error(text, parts.get(0)[0] + 1, parts.get(0)[1] - parts.get(0)[0], ex.getMessage());
        }
        for (String s : FreeSymbols.of(body)) {
            if (!s.equals(k)) {
                throw CallParser.error(text, parts.get(0)[0] + 1, parts.get(0)[1] - parts.get(0)[0],
                        "the summand may depend on " + k + " only; '" + s + "' has no value");
            }
        }
        Expr lo = bound(text, parts.get(2), false);
        Expr hi = bound(text, parts.get(3), true);
        return new SumCall(text, new Sum(body, k, lo, hi), open + 1);
    }

    private static String piece(String text, int[] p) {
        return text.substring(p[0], p[1]).strip();
    }

    private static Expr bound(String text, int[] p, boolean mayBeInfinite) {
        String s = piece(text, p);
        if (mayBeInfinite && (s.equals("Infinity") || s.equals("inf"))) {
            return Constant.INFINITY;
        }
        try {
            BigDecimal v = new BigDecimal(s);
            return Rational.of(v.toBigIntegerExact(), java.math.BigInteger.ONE);
        } catch (NumberFormatException | ArithmeticException ex) {
            throw CallParser.error(text, p[0] + 1, Math.max(1, p[1] - p[0]),
                    "a bound must be a whole number" + (mayBeInfinite ? " or Infinity" : "") + ", not '" + s + "'");
        }
    }

    Estimate inDouble() {
        try {
            return GeneralSums.prepare(sum, Map.of()).evaluate();
        } catch (EvaluationException ex) {
            throw refused(ex);
        }
    }

    /**
     * The double evaluation with the summand analysed and compiled once ({@link GeneralSums#prepare}):
     * each {@code get()} evaluates the sum and its error bound (what {@code eval --time} measures).
     */
    java.util.function.Supplier<Estimate> prepared() {
        GeneralSums.Prepared p;
        try {
            p = GeneralSums.prepare(sum, Map.of());
        } catch (EvaluationException ex) {
            throw refused(ex);
        }
        return () -> {
            try {
                return p.evaluate();
            } catch (EvaluationException ex) {
                throw refused(ex);
            }
        };
    }

    PreciseEstimate precise(int digits) {
        try {
            return PreciseGeneralSums.sum(sum, new HashMap<>(), digits);
        } catch (EvaluationException ex) {
            throw refused(ex);
        }
    }

    private InputException refused(EvaluationException ex) {
        return CallParser.error(text, column, text.length() - column, "cannot evaluate this sum: " + ex.getMessage());
    }
}
