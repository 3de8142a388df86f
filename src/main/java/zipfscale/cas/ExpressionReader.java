package zipfscale.cas;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.SyntaxError;
import org.matheclipse.parser.client.ast.ASTNode;
import org.matheclipse.parser.client.ast.FloatNode;
import org.matheclipse.parser.client.ast.FractionNode;
import org.matheclipse.parser.client.ast.FunctionNode;
import org.matheclipse.parser.client.ast.IntegerNode;
import org.matheclipse.parser.client.ast.SymbolNode;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.RelOp;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Reads expression text in Symja's relaxed syntax ({@code Exp(-u)}, {@code a^b}, {@code Sum(f, {k, 1,
 * Infinity})}) into our {@link Expr} tree, with Symja's case-preserving parser: no second expression
 * parser is written here, only the translation of its syntax tree.
 *
 * <p>Everything outside the expression language is rejected with a positioned error: assignments,
 * rules, patterns, strings, pure functions, logical operators and any function that is neither a
 * {@link Builtin} nor a name the caller allows (script-defined functions). Sums are flattened
 * ({@code Add} inside {@code Add} becomes one {@code Add}, likewise {@code Mul}).
 */
public final class ExpressionReader {
    private final Prescan scan;
    private final Positions positions;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final String sourceLine;

    private ExpressionReader(String text, Positions positions, String sourceLine) {
        AtNotation at = AtNotation.of(text, positions, sourceLine);
        this.scan = Prescan.of(at.text());
        this.positions = (offset, length) -> positions.at(at.origin(offset), length);
        this.sourceLine = sourceLine;
    }

    /** Reads one expression (no relation) written on one line starting at {@code file:line:column}. */
    public static Expr read(String text, String file, int line, int column) {
        return read(text, Positions.from(new SourceSpan(file, line, column, 1)), null);
    }

    /**
     * Reads one expression; errors are reported through {@code positions} with {@code sourceLine} shown
     * under them (may be null).
     */
    public static Expr read(String text, Positions positions, String sourceLine) {
        ExpressionReader r = new ExpressionReader(text, positions, sourceLine);
        ASTNode node = r.parse();
        Expr e = node == null ? null : r.convert(node);
        r.throwIfErrors();
        return e;
    }

    /**
     * Reads a comparison or a chain of comparisons ({@code alpha > 1}, {@code 0 <= q <= 1/2}) into a list
     * of comparisons between neighbours.
     */
    public static List<Comparison> readComparisons(String text, Positions positions, String sourceLine) {
        ExpressionReader r = new ExpressionReader(text, positions, sourceLine);
        ASTNode node = r.parse();
        List<Comparison> out = node == null ? List.of() : r.comparisons(node);
        r.throwIfErrors();
        return out;
    }

    private void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }

    private ASTNode parse() {
        if (scan.original().isBlank()) {
            error(0, "expected an expression, found nothing");
            return null;
        }
        for (Token t : scan.tokens()) {
            if (t.kind() == Token.Kind.FORBIDDEN_CHARACTER) {
                error(t.offset(), t.text().length(), (t.text().length() == 1 ? "unexpected character '"
                        : "unexpected operator '") + printable(t.text()) + "' in an expression");
            } else if (t.kind() == Token.Kind.INVALID_NAME) {
                error(t.offset(), t.text().length(), "invalid name '" + t.text()
                        + "': names are letters and digits, with single underscores between them");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new Parser(true).parse(scan.rewritten());
        } catch (SyntaxError e) {
            int offset = Math.max(0, Math.min(e.getStartOffset(), scan.original().length()));
            error(offset, "syntax error: " + describe(e.getError()));
            return null;
        } catch (RuntimeException e) {
            error(0, "syntax error: " + e.getMessage());
            return null;
        }
    }

    private static String printable(String s) {
        char c = s.charAt(0);
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : s;
    }

    private static String describe(String symjaMessage) {
        String m = symjaMessage == null ? "" : symjaMessage;
        if (m.startsWith("Error in factor at character")) {
            return "an operand is missing";
        }
        return m;
    }

    private void error(int offset, String message) {
        error(offset, 1, message);
    }

    private void error(int offset, int length, String message) {
        errors.add(Diagnostic.error(positions.at(offset, length), message, sourceLine));
    }

    /**
     * A literal fraction with a zero denominator ({@code 1/0}, which Symja's parser reads as one number):
     * reported at the first {@code /0} written, or at the start when it cannot be found.
     */
    private void errorAtDivisionByZero() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/\\s*0+(?![0-9.eE])").matcher(scan.original());
        boolean found = m.find();
        error(found ? m.start() : 0, found ? m.end() - m.start() : 1, "division by zero");
    }

    /** Reports at the first place {@code name} is written, or at the start when it cannot be found. */
    private void errorAtName(String name, String message) {
        int at = scan.offsetOf(name);
        error(Math.max(at, 0), at < 0 ? 1 : name.length(), message);
    }

    private List<Comparison> comparisons(ASTNode node) {
        List<Comparison> out = new ArrayList<>();
        if (node instanceof FunctionNode f && f.get(0) instanceof SymbolNode head) {
            String h = head.getString();
            RelOp op = relOp(h);
            if (op != null && f.size() >= 3) {
                List<Expr> sides = new ArrayList<>();
                for (int i = 1; i < f.size(); i++) {
                    sides.add(convert(f.get(i)));
                }
                for (int i = 0; i + 1 < sides.size(); i++) {
                    out.add(new Comparison(sides.get(i), op, sides.get(i + 1)));
                }
                return out;
            }
            if (h.equals("Inequality") && f.size() >= 4 && f.size() % 2 == 0) {
                Expr left = convert(f.get(1));
                for (int i = 2; i + 1 < f.size(); i += 2) {
                    RelOp o = f.get(i) instanceof SymbolNode s ? relOp(s.getString()) : null;
                    Expr right = convert(f.get(i + 1));
                    if (o == null || o == RelOp.EQ) {
                        error(0, "a chain of comparisons may use only <, <=, >, >=");
                        return out;
                    }
                    out.add(new Comparison(left, o, right));
                    left = right;
                }
                return out;
            }
        }
        error(0, "expected a comparison such as 'alpha > 1' or '0 <= q <= 1/2'");
        return out;
    }

    static RelOp relOp(String head) {
        switch (head) {
            case "Equal": return RelOp.EQ;
            case "Less": return RelOp.LT;
            case "LessEqual": return RelOp.LE;
            case "Greater": return RelOp.GT;
            case "GreaterEqual": return RelOp.GE;
            default: return null;
        }
    }

    private Expr convert(ASTNode node) {
        if (node instanceof IntegerNode i) {
            return new Rational(new BigInteger(i.toString()), BigInteger.ONE);
        }
        if (node instanceof FractionNode f) {
            // the sign of -(1/2) is a flag on the node, not on its numerator: read it from the node's text
            String t = f.toString();
            int slash = t.indexOf('/');
            BigInteger den = new BigInteger(t.substring(slash + 1).trim());
            if (den.signum() == 0) {
                errorAtDivisionByZero();
                return Expr.num(0);
            }
            return Rational.of(new BigInteger(t.substring(0, slash).trim()), den);
        }
        if (node instanceof FloatNode f) {
            String text = f.toString();
            return decimal(text.startsWith(".") ? "0" + text : text.startsWith("-.") ? "-0" + text.substring(1) : text);
        }
        if (node instanceof SymbolNode s) {
            return symbol(s.getString());
        }
        if (node instanceof FunctionNode f) {
            return function(f);
        }
        error(0, "'" + node + "' is not part of the expression language");
        return Expr.num(0);
    }

    /**
     * A decimal number; one whose exponent does not fit a BigDecimal ({@code 1e99999999999}) is a
     * positioned error (fuzz: it escaped as a NumberFormatException, exit 3).
     */
    private Expr decimal(String text) {
        try {
            return Decimal.of(text);
        } catch (NumberFormatException e) {
            errorAtName(text, "the number '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    + "' is out of range (" + e.getMessage() + ")");
            return Expr.num(0);
        }
    }

    private Expr symbol(String name) {
        Token ph = scan.placeholder(name);
        if (ph != null) {
            return ph.kind() == Token.Kind.SCIENTIFIC_NUMBER ? decimal(ph.text()) : new Symbol(ph.text());
        }
        if (name.equals("Null")) {
            error(0, "an argument or operand is missing");
            return Expr.num(0);
        }
        Constant.Kind k = Constant.Kind.bySpelling(name);
        if (k != null) {
            return new Constant(k);
        }
        if (!Symbol.isValidName(name)) {
            errorAtName(name, "invalid name '" + name + "'");
            return Expr.num(0);
        }
        return new Symbol(name);
    }

    private Expr function(FunctionNode f) {
        if (!(f.get(0) instanceof SymbolNode headNode)) {
            error(0, "'" + f + "' is not part of the expression language");
            return Expr.num(0);
        }
        String head = headNode.getString();
        if (scan.placeholder(head) != null) {
            head = scan.placeholder(head).text();
        }
        List<ASTNode> argNodes = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            argNodes.add(f.get(i));
        }
        switch (head) {
            case "Plus":
                return flatten(argNodes, true);
            case "Times":
                return flatten(argNodes, false);
            case "Power":
                if (argNodes.size() != 2) {
                    break;
                }
                return new Pow(convert(argNodes.get(0)), convert(argNodes.get(1)));
            case "Sum":
            case "Integrate":
                return bigOperator(head, argNodes);
            case "ArgMin":
                if (argNodes.size() == 3) {
                    return constrainedArgMin(argNodes);
                }
                if (argNodes.size() != 2) {
                    errorAtName(head, "ArgMin takes the form " + ARG_MIN_FORMS + ", got " + argNodes.size() + " argument"
                            + (argNodes.size() == 1 ? "" : "s"));
                    return Expr.num(0);
                }
                break;
            default:
                break;
        }
        if (head.equals("Boole") && argNodes.size() == 1 && argNodes.get(0) instanceof FunctionNode cmp
                && cmp.get(0) instanceof SymbolNode ch && Builtin.COMPARISONS.contains(ch.getString()) && cmp.size() == 3) {
            return new Call("Boole", List.of(new Call(ch.getString(), List.of(convert(cmp.get(1)), convert(cmp.get(2))))));
        }
        if (relOp(head) != null || head.equals("Inequality") || head.equals("Unequal")) {
            error(0, "a comparison cannot stand inside an expression");
            return Expr.num(0);
        }
        if (SymjaHeads.reachesOutside(head)) {
            errorAtName(head, "'" + head + "' is not allowed: scripts cannot reach files, processes, the network"
                    + " or Java");
            return Expr.num(0);
        }
        if (Builtin.byName(head) == null && !Symbol.isValidName(head)) {
            errorAtName(head, "'" + head + "' is not part of the expression language");
            return Expr.num(0);
        }
        if (head.equals("NonCommutativeMultiply")) {
            int at = scan.original().indexOf("**");
            error(Math.max(at, 0), 2, "'**' is not an operator here: write '^' for powers (alpha^2, not alpha**2)");
            return Expr.num(0);
        }
        if (SymjaHeads.isOperator(head)) {
            error(0, "operator '" + head + "' is not part of the expression language");
            return Expr.num(0);
        }
        List<Expr> args = new ArrayList<>();
        for (ASTNode a : argNodes) {
            args.add(convert(a));
        }
        Builtin b = Builtin.byName(head);
        if (b != null && !b.acceptsArity(args.size())) {
            errorAtName(head, head + " takes " + b.arityText() + " argument" + (b.maxArgs() == 1 ? "" : "s")
                    + ", got " + args.size());
        }
        return new Call(head, args);
    }

    private Expr flatten(List<ASTNode> argNodes, boolean isAdd) {
        List<Expr> items = new ArrayList<>();
        for (ASTNode a : argNodes) {
            Expr e = convert(a);
            if (isAdd && e instanceof Add add) {
                items.addAll(add.terms());
            } else if (!isAdd && e instanceof Mul mul) {
                items.addAll(mul.factors());
            } else {
                items.add(e);
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return isAdd ? new Add(items) : new Mul(items);
    }

    private static final String ARG_MIN_FORMS = "ArgMin(f, N) or ArgMin(f, {N, D}, g == C)";

    /**
     * {@code ArgMin(f, {N, D}, lhs == rhs)}: N at the minimum of f over N, D > 0 on the constraint, read as
     * the call {@code ArgMin(f, N, D, lhs, rhs)} (N and D bound).
     */
    private Expr constrainedArgMin(List<ASTNode> argNodes) {
        String usage = "ArgMin takes the form " + ARG_MIN_FORMS + ": a list of two names, then one equation";
        if (!(argNodes.get(1) instanceof FunctionNode list) || !(list.get(0) instanceof SymbolNode l)
                || !l.getString().equals("List") || list.size() != 3
                || !(argNodes.get(2) instanceof FunctionNode eq) || !(eq.get(0) instanceof SymbolNode e)
                || !e.getString().equals("Equal") || eq.size() != 3) {
            errorAtName("ArgMin", usage);
            return Expr.num(0);
        }
        Expr n = convert(list.get(1));
        Expr d = convert(list.get(2));
        if (!(n instanceof Symbol) || !(d instanceof Symbol) || n.equals(d)) {
            errorAtName("ArgMin", "the variables of ArgMin must be two different names, as in " + ARG_MIN_FORMS);
            return Expr.num(0);
        }
        return new Call("ArgMin", List.of(convert(argNodes.get(0)), n, d, convert(eq.get(1)), convert(eq.get(2))));
    }

    private Expr bigOperator(String head, List<ASTNode> argNodes) {
        String usage = head + "(f, {var, lower, upper})";
        if (argNodes.size() != 2 || !(argNodes.get(1) instanceof FunctionNode it)
                || !(it.get(0) instanceof SymbolNode l) || !l.getString().equals("List") || it.size() != 4) {
            errorAtName(head, head + " takes the form " + usage);
            return Expr.num(0);
        }
        Expr var = convert(it.get(1));
        if (!(var instanceof Symbol v)) {
            errorAtName(head, "the variable of " + head + " must be a name, as in " + usage);
            return Expr.num(0);
        }
        Expr body = convert(argNodes.get(0));
        Expr lo = convert(it.get(2));
        Expr hi = convert(it.get(3));
        return head.equals("Sum") ? new Sum(body, v.name(), lo, hi) : new Integral(body, v.name(), lo, hi);
    }
}
