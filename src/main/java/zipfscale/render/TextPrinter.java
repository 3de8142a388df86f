package zipfscale.render;

import java.util.List;
import java.util.StringJoiner;

import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Prints an {@link Expr} in the script's input syntax (Symja's relaxed syntax: {@code Exp(-u)}, {@code a^b},
 * {@code a*b}, {@code Sum(f, {k, 1, Infinity})}, {@code Integrate(f, {u, 0, Infinity})}), for messages,
 * JSON and script pretty-printing, with the fewest parentheses that make the expression reader
 * ({@code zipfscale.cas.ExpressionReader}) give back the same tree, up to the flattening of an
 * {@code Add} inside an {@code Add} (and a {@code Mul} inside a {@code Mul}) that the reader performs.
 *
 * <p>Precedence table (higher binds tighter): {@link #ADD}, {@link #NEG} (text with a leading minus:
 * {@code -x}, {@code -3}, {@code -2*x}), {@link #FRACTION} (a rational literal {@code 1/2}), {@link #MUL},
 * {@link #POW}, {@link #ATOM}. {@code ^} is right-associative and binds tighter than a leading minus:
 * {@code -x^2} is {@code -(x^2)}.
 *
 * <p>Implementation note: some spellings are chosen for the reader rather than for the eye, because the
 * reader (through Symja's parser) folds numbers: {@code x/2} reads as {@code (1/2)*x}, so
 * {@code x * 2^-1} prints {@code x*2^(-1)}; {@code -2} reads as the literal -2, so {@code (-1)*2} prints
 * {@code -1*2}; {@code x - 3} reads as {@code x + (-1)*3}, so {@code x + (-3)} prints
 * {@code x + (-3)}; a literal 1 before {@code /b} is dropped by the reader, so {@code 1 * b^-1} prints
 * {@code 1*b^(-1)} (the reader itself gives {@code b^-1} for {@code 1/b}).
 */
public final class TextPrinter implements Expr.Visitor<TextPrinter.Printed> {
    static final int ADD = 10;
    static final int NEG = 15;
    static final int FRACTION = 17;
    static final int MUL = 20;
    static final int POW = 30;
    static final int ATOM = 40;
    private static final int ALWAYS = Integer.MAX_VALUE;

    private static final TextPrinter INSTANCE = new TextPrinter();

    /** Printed text with the precedence of its outermost operator. */
    record Printed(String text, int prec) {
    }

    private TextPrinter() {
    }

    /** {@code e} in script syntax. */
    public static String print(Expr e) {
        return e.accept(INSTANCE).text();
    }

    /** The text of {@code p}, in parentheses when its precedence is below {@code min}. */
    private static String parenthesize(Printed p, int min) {
        return p.prec() >= min ? p.text() : "(" + p.text() + ")";
    }

    private String text(Expr e, int min) {
        return parenthesize(e.accept(this), min);
    }

    @Override
    public Printed visitRational(Rational e) {
        String t = e.numerator() + (e.isInteger() ? "" : "/" + e.denominator());
        return new Printed(t, e.signum() < 0 ? NEG : e.isInteger() ? ATOM : FRACTION);
    }

    @Override
    public Printed visitDecimal(Decimal e) {
        return new Printed(e.text(), e.text().startsWith("-") ? NEG : ATOM);
    }

    @Override
    public Printed visitSymbol(Symbol e) {
        return new Printed(e.name(), ATOM);
    }

    @Override
    public Printed visitConstant(Constant e) {
        return new Printed(e.kind().spelling(), ATOM);
    }

    @Override
    public Printed visitAdd(Add e) {
        StringBuilder sb = new StringBuilder(text(e.terms().get(0), ADD));
        for (Expr term : e.terms().subList(1, e.terms().size())) {
            List<Expr> rest = minusOneTimes(term);
            if (rest != null) {
                Expr r = rest.size() == 1 ? rest.get(0) : new Mul(rest);
                sb.append(" - ").append(text(r, MUL));
            } else {
                Printed t = term.accept(this);
                sb.append(" + ").append(parenthesize(t, t.text().startsWith("-") ? ALWAYS : ADD));
            }
        }
        return new Printed(sb.toString(), ADD);
    }

    /** The factors after the -1 of {@code (-1)*a*b...}, or null when {@code e} is not of that shape. */
    private static List<Expr> minusOneTimes(Expr e) {
        if (e instanceof Mul m && m.factors().get(0) instanceof Rational r && r.isMinusOne()) {
            return m.factors().subList(1, m.factors().size());
        }
        return null;
    }

    @Override
    public Printed visitMul(Mul e) {
        List<Expr> rest = minusOneTimes(e);
        if (rest != null) {
            String t = product(rest, true);
            // "-2" would read as the literal -2, not (-1)*2; "-(1/2)" loses its sign in the reader
            Expr first = rest.get(0);
            while (first instanceof Mul m) {
                first = m.factors().get(0);
            }
            boolean numberNext = first instanceof Rational || first instanceof Decimal;
            return new Printed((numberNext ? "-1*" : "-") + t, NEG);
        }
        String t = product(e.factors(), false);
        return new Printed(t, t.startsWith("-") ? NEG : MUL);
    }

    /**
     * Factors joined by {@code *}, a factor {@code b^-1} as {@code /b}. The first factor may carry a
     * leading minus or be a fraction literal unless it follows a {@code *} already written.
     */
    private String product(List<Expr> factors, boolean afterStar) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            Expr f = factors.get(i);
            Expr denominator = reciprocalOf(f);
            // the reader drops a literal 1 written just before "/": then write 1*b^(-1)
            if (denominator != null && !endsWithLiteralOne(sb)) {
                sb.append(i == 0 ? "1/" : "/").append(text(denominator, POW));
            } else {
                sb.append(i == 0 ? "" : "*").append(i == 0 || denominator == null ? text(f, i == 0 && !afterStar
                        ? NEG : MUL) : powerText((Pow) f));
            }
        }
        return sb.toString();
    }

    private static boolean endsWithLiteralOne(CharSequence s) {
        int n = s.length();
        if (n == 0 || s.charAt(n - 1) != '1') {
            return false;
        }
        char before = n > 1 ? s.charAt(n - 2) : ' ';
        return !(Character.isLetterOrDigit(before) || before == '.' || before == '_');
    }

    /** b for {@code b^-1} that may be written {@code 1/b} (not when b is a rational: 1/2 is a literal). */
    private static Expr reciprocalOf(Expr e) {
        if (e instanceof Pow p && p.exponent() instanceof Rational x && x.isMinusOne()
                && !(p.base() instanceof Rational)) {
            return p.base();
        }
        return null;
    }

    @Override
    public Printed visitPow(Pow e) {
        Expr d = reciprocalOf(e);
        if (d != null) {
            return new Printed("1/" + text(d, POW), MUL);
        }
        return new Printed(powerText(e), POW);
    }

    private String powerText(Pow e) {
        return text(e.base(), POW + 1) + "^" + text(e.exponent(), POW);
    }

    @Override
    public Printed visitCall(Call e) {
        if (e.builtin() == zipfscale.expr.Builtin.ARG_MIN && e.args().size() == 5) {
            // the script's form of the constrained ArgMin(f, N, D, lhs, rhs), which reads back the same
            return new Printed("ArgMin(" + print(e.args().get(0)) + ", {" + print(e.args().get(1)) + ", "
                    + print(e.args().get(2)) + "}, " + print(e.args().get(3)) + " == " + print(e.args().get(4)) + ")", ATOM);
        }
        return new Printed(e.function() + arguments(e.args()), ATOM);
    }

    private String arguments(List<Expr> args) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Expr a : args) {
            j.add(print(a));
        }
        return j.toString();
    }

    @Override
    public Printed visitSum(Sum e) {
        return new Printed("Sum(" + print(e.body()) + ", {" + e.index() + ", " + print(e.lower()) + ", "
                + print(e.upper()) + "})", ATOM);
    }

    @Override
    public Printed visitIntegral(Integral e) {
        return new Printed("Integrate(" + print(e.body()) + ", {" + e.variable() + ", " + print(e.lower()) + ", "
                + print(e.upper()) + "})", ATOM);
    }
}
