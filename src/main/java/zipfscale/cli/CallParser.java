package zipfscale.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;

/**
 * Parses the argument of {@code zipfscale eval}: {@code name(key=value, ...)}, values being numbers
 * ({@code 1e12}, {@code -0.5}, {@code 1.5E-3}) or names ({@code exp}). A malformed call is an
 * {@link InputException} whose diagnostic points at the column of the problem in the given text.
 */
final class CallParser {
    /**
     * A parsed argument: its text and 1-based column; {@code expression} when the value is a formula
     * (a kernel written in u, issue 16) rather than a number or a name.
     */
    record Arg(String text, int column, boolean number, boolean expression) {
        Arg(String text, int column, boolean number) {
            this(text, column, number, false);
        }
    }

    /** A parsed call. */
    record ParsedCall(String name, int nameColumn, Map<String, Arg> args, String source) {
    }

    private final String src;
    private int pos;

    private CallParser(String src) {
        this.src = src;
    }

    /**
     * The call with its positional arguments ({@code zeta(2)}, {@code tail(1.5, 10)}) named in the order
     * of {@code params} (optional ones end in '?'): required parameters take them first, optional ones
     * only when there are more values than required parameters, left to right, so that
     * {@code dynsum(1.5, 0.5, 100)} is alpha, beta, tau and {@code dynsum(1.5, 0.5, 2, 100)} also gives c.
     */
    static ParsedCall named(ParsedCall c, List<String> params) {
        List<Arg> positional = new java.util.ArrayList<>();
        Map<String, Arg> out = new LinkedHashMap<>();
        for (Map.Entry<String, Arg> e : c.args().entrySet()) {
            if (e.getKey().startsWith("#")) {
                positional.add(e.getValue());
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        if (positional.isEmpty()) {
            return c;
        }
        long required = params.stream().filter(p -> !p.endsWith("?")).count();
        long optionalBudget = positional.size() - required;
        int next = 0;
        for (String p : params) {
            if (next >= positional.size()) {
                break;
            }
            boolean optional = p.endsWith("?");
            if (optional && optionalBudget <= 0) {
                continue;
            }
            if (optional) {
                optionalBudget--;
            }
            String name = p.replace("?", "");
            if (out.containsKey(name)) {
                throw error(c.source(), positional.get(next).column(), positional.get(next).text().length(),
                        c.name() + ": argument '" + name + "' given by position and by name");
            }
            out.put(name, positional.get(next++));
        }
        if (next < positional.size()) {
            Arg extra = positional.get(next);
            throw error(c.source(), extra.column(), extra.text().length(), c.name() + " takes at most "
                    + params.size() + " arguments, got " + positional.size());
        }
        return new ParsedCall(c.name(), c.nameColumn(), out, c.source());
    }

    static ParsedCall parse(String text) {
        return new CallParser(text).call();
    }

    /** An input error at the 1-based column {@code col} of {@code text}. */
    static InputException error(String text, int col, int length, String message) {
        return new InputException(Diagnostic.error(new SourceSpan("<eval>", 1, Math.max(1, col), length),
                message, text));
    }

    private InputException error(String message) {
        return error(src, pos + 1, 1, message);
    }

    private ParsedCall call() {
        skipSpace();
        int nameStart = pos;
        String name = identifier("a function name");
        skipSpace();
        expect('(');
        Map<String, Arg> args = new LinkedHashMap<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                skipSpace();
                int keyStart = pos;
                String key = null;
                if (Character.isLetter(peek()) || peek() == '_') {
                    key = identifier("an argument name");
                    skipSpace();
                    if (peek() != '=') {
                        // a positional value that is a name (a kernel such as exp): read it again as a value
                        pos = keyStart;
                        key = null;
                    }
                }
                if (key == null) {
                    if (args.keySet().stream().anyMatch(k -> !k.startsWith("#"))) {
                        throw error("positional arguments come before named ones (name=value)");
                    }
                    key = "#" + args.size();
                } else {
                    expect('=');
                }
                if (args.containsKey(key)) {
                    throw error(src, keyStart + 1, key.length(), "argument '" + key + "' given twice");
                }
                skipSpace();
                int valueStart = pos;
                int end = valueEnd(pos);
                String raw = src.substring(pos, end).strip();
                if (isFormula(raw)) {
                    pos = end;
                    args.put(key, new Arg(raw, valueStart + 1, false, true));
                } else {
                    boolean number = peek() != 0 && !Character.isLetter(peek());
                    String value = number ? numberToken() : identifier("a value");
                    args.put(key, new Arg(value, valueStart + 1, number));
                }
                skipSpace();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw error(c == 0 ? "unexpected end of input, expected ',' or ')'"
                            : "expected ',' or ')' but found '" + c + "'");
                }
            }
        }
        skipSpace();
        if (pos < src.length()) {
            throw error("unexpected text after the call: '" + src.substring(pos) + "'");
        }
        return new ParsedCall(name, nameStart + 1, args, src);
    }

    /** Where a value starting at {@code from} ends: the next ',' or ')' outside brackets, or the end. */
    private int valueEnd(int from) {
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                return i;
            }
        }
        return src.length();
    }

    /**
     * Whether a value is a formula ({@code 1/(1+u)^2}, {@code Exp(-u)*(1 + u)}): it has brackets or an
     * operator other than a number's sign and exponent sign. Numbers and names keep their own readers
     * (and their error messages).
     */
    private static boolean isFormula(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ("()*/^".indexOf(c) >= 0) {
                return true;
            }
            if ((c == '+' || c == '-') && i > 0 && raw.charAt(i - 1) != 'e' && raw.charAt(i - 1) != 'E') {
                return true;
            }
        }
        return false;
    }

    private String identifier(String what) {
        int start = pos;
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            return src.substring(start, pos);
        }
        throw error(peek() == 0 ? "unexpected end of input, expected " + what
                : "expected " + what + " but found '" + peek() + "'");
    }

    private String numberToken() {
        int start = pos;
        if (peek() == '+' || peek() == '-') {
            pos++;
        }
        int digits = 0;
        while (Character.isDigit(peek())) {
            pos++;
            digits++;
        }
        if (peek() == '.') {
            pos++;
            while (Character.isDigit(peek())) {
                pos++;
                digits++;
            }
        }
        if (digits == 0) {
            pos = start;
            throw error(peek() == 0 ? "unexpected end of input, expected a number" : "expected a number but found '" + peek() + "'");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Character.isDigit(peek())) {
                throw error("malformed exponent in number '" + src.substring(start, pos) + "'");
            }
            while (Character.isDigit(peek())) {
                pos++;
            }
        }
        if (Character.isLetter(peek())) {
            throw error("unexpected '" + peek() + "' after number '" + src.substring(start, pos) + "'");
        }
        return src.substring(start, pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(peek() == 0 ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + peek() + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }
}
