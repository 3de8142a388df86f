package zipfscale.render;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;

/**
 * The LaTeX of function calls, for {@link LatexPrinter}: the special functions of the scaling-law papers
 * in their usual notation ({@code \Gamma(s)}, upper incomplete {@code \Gamma(s, x)}, {@code \zeta(s)},
 * Hurwitz {@code \zeta(s, a)}, {@code \mathrm{B}(a, b)}, {@code \psi^{(n)}(x)}, {@code n!},
 * {@code \binom{n}{k}}, {@code \mathbf{1}\{x < 1\}}), and script-defined functions as {@code p(k)}, or
 * through a notation template with argument slots ({@code notation p "p_{#1}"} prints {@code p_{k}}).
 */
final class LatexFunctions {
    /** Relations a {@code Boole} argument may be written with (Symja's heads). */
    private static final Map<String, String> RELATIONS = Map.of(
            "Less", "<", "LessEqual", "\\le", "Greater", ">", "GreaterEqual", "\\ge",
            "Equal", "=", "Unequal", "\\ne");

    private final LatexPrinter printer;
    private final LatexSymbols symbols;

    LatexFunctions(LatexPrinter printer, LatexSymbols symbols) {
        this.printer = printer;
        this.symbols = symbols;
    }

    LatexFragment call(Call e) {
        Builtin b = e.builtin();
        List<Expr> a = e.args();
        if (b == null) {
            return userFunction(e);
        }
        if (!b.acceptsArity(a.size())) {
            return atom("\\operatorname{" + b.spelling() + "}" + arguments(a));
        }
        switch (b) {
            case EXP:
                return exp(a.get(0));
            case LOG:
                return a.size() == 1 ? atom("\\log" + arguments(a))
                        : atom("\\log_{" + printer.inlined(a.get(0)).text() + "}" + arguments(a.subList(1, 2)));
            case SQRT:
                return atom("\\sqrt{" + print(a.get(0)) + "}");
            case ABS:
                // \left| even inside exponents: nested bars |a |b| c| would be ambiguous
                return atom("\\left|" + print(a.get(0)) + "\\right|");
            case SIN:
                return atom("\\sin" + arguments(a));
            case COS:
                return atom("\\cos" + arguments(a));
            case GAMMA:
                return atom("\\Gamma" + arguments(a));
            case LOG_GAMMA:
                return atom("\\log\\Gamma" + arguments(a));
            case BETA:
                return atom("\\mathrm{B}" + arguments(a));
            case ZETA:
            case HURWITZ_ZETA:
                return atom("\\zeta" + arguments(a));
            case POLYGAMMA:
                return atom((a.get(0).equals(Expr.num(0)) ? "\\psi"
                        : "\\psi^{(" + printer.inlined(a.get(0)).text() + ")}") + arguments(a.subList(1, 2)));
            case FACTORIAL:
                return new LatexFragment(printer.parenthesize(a.get(0).accept(printer), LatexPrinter.ATOM) + "!",
                        LatexPrinter.POW);
            case BINOMIAL:
                return atom("\\binom{" + print(a.get(0)) + "}{" + print(a.get(1)) + "}");
            case MAX:
                return atom("\\max" + arguments(a));
            case MIN:
                return atom("\\min" + arguments(a));
            case FLOOR:
                return atom(printer.open("\\lfloor") + " " + print(a.get(0)) + " " + printer.close("\\rfloor"));
            case CEILING:
                return atom(printer.open("\\lceil") + " " + print(a.get(0)) + " " + printer.close("\\rceil"));
            case ARG_MIN:
                if (a.size() == 5) {
                    // ArgMin(f, {N, D}, lhs == rhs): N's part of the minimiser on the constraint
                    return atom("\\operatorname*{arg\\,min}_{" + printer.inlined(a.get(1)).text() + " \\,:\\, "
                            + printer.inlined(a.get(3)).text() + " = " + printer.inlined(a.get(4)).text() + "} "
                            + printer.parenthesize(a.get(0).accept(printer), LatexPrinter.MUL));
                }
                return atom("\\operatorname*{arg\\,min}_{" + printer.inlined(a.get(1)).text() + "} "
                        + printer.parenthesize(a.get(0).accept(printer), LatexPrinter.MUL));
            case MIN_VALUE:
                return atom("\\min_{" + printer.inlined(a.get(1)).text() + "} "
                        + printer.parenthesize(a.get(0).accept(printer), LatexPrinter.MUL));
            case DIFF:
                return derivative(a);
            case SUBS:
                return atPoint(a);
            case BOOLE:
                return atom("\\mathbf{1}" + printer.open("\\{") + condition(a.get(0)) + printer.close("\\}"));
            default:
                throw new AssertionError("no LaTeX for builtin " + b);
        }
    }

    /**
     * {@code Diff(f, x, n)} as {@code \frac{d^n}{dx^n}}, with {@code \partial} when f has other free
     * names (a partial derivative); the operand is parenthesised like a factor of a product.
     */
    private LatexFragment derivative(List<Expr> a) {
        Expr f = a.get(0);
        String x = printer.inlined(a.get(1)).text();
        String n = a.size() == 3 ? printer.inlined(a.get(2)).text() : null;
        java.util.Set<String> others = new java.util.HashSet<>(zipfscale.expr.FreeSymbols.of(f));
        others.removeAll(zipfscale.expr.FreeSymbols.of(a.get(1)));
        String d = others.isEmpty() ? "\\mathrm{d}" : "\\partial";
        String top = n == null ? d : d + "^{" + n + "}";
        String bottom = n == null ? d + " " + x : d + " " + x + "^{" + n + "}";
        return new LatexFragment("\\frac{" + top + "}{" + bottom + "} "
                + printer.parenthesize(f.accept(printer), LatexPrinter.MUL + 1), LatexPrinter.MUL);
    }

    /**
     * {@code Subs(f, x, a)} (the script's {@code Diff(f, x) at x = a}) as {@code f'(x)|_{x = a}}: primes
     * when f is a defined function called with x alone ({@code R'(N)}, {@code R''(N)}), otherwise the
     * printed derivative between {@code \left.} and {@code \right|}.
     */
    private LatexFragment atPoint(List<Expr> a) {
        String x = printer.inlined(a.get(1)).text();
        String point = "_{" + x + " = " + printer.inlined(a.get(2)).text() + "}";
        Expr f = a.get(0);
        if (f instanceof Call d && d.builtin() == Builtin.DIFF && d.args().get(0) instanceof Call g
                && g.builtin() == null && g.args().equals(List.of(a.get(1))) && d.args().get(1).equals(a.get(1))
                && symbols.notationFor(g.function()) == null) {
            int n = d.args().size() == 3 && d.args().get(2) instanceof zipfscale.expr.Rational r
                    ? r.numerator().intValue() : 1;
            String primes = n <= 3 ? "'".repeat(n) : "^{(" + n + ")}";
            return atom(symbols.symbol(g.function()) + primes + arguments(g.args()) + "\\big|" + point);
        }
        return atom("\\left. " + f.accept(printer).text() + " \\right|" + point);
    }

    /** {@code e^{x}} for a short exponent, {@code \exp\left(x\right)} otherwise. */
    private LatexFragment exp(Expr x) {
        String exponent = printer.inlined(x).text();
        boolean isShort = exponent.length() <= LatexPrinter.SHORT_EXPONENT && !exponent.contains("\\frac")
                && !exponent.contains("\\sum") && !exponent.contains("\\int") && !exponent.contains("e^{");
        return isShort ? new LatexFragment("e^{" + exponent + "}", LatexPrinter.POW)
                : atom("\\exp" + arguments(List.of(x)));
    }

    private String condition(Expr c) {
        if (c instanceof Call) {
            Call call = (Call) c;
            String rel = RELATIONS.get(call.function());
            if (rel != null && call.args().size() == 2) {
                return print(call.args().get(0)) + " " + rel + " " + print(call.args().get(1));
            }
        }
        return print(c);
    }

    private LatexFragment userFunction(Call e) {
        String template = symbols.notationFor(e.function());
        if (template != null && template.contains("#")) {
            String out = template;
            for (int i = e.args().size(); i >= 1; i--) {
                out = out.replace("#" + i, print(e.args().get(i - 1)));
            }
            return atom("{" + out + "}");
        }
        return atom(symbols.symbol(e.function()) + arguments(e.args()));
    }

    /** {@code \left(a, b\right)}, or {@code (a, b)} inside an exponent. */
    private String arguments(List<Expr> args) {
        StringJoiner j = new StringJoiner(", ", printer.open("("), printer.close(")"));
        for (Expr a : args) {
            j.add(print(a));
        }
        return j.toString();
    }

    private String print(Expr e) {
        return e.accept(printer).text();
    }

    private static LatexFragment atom(String text) {
        return new LatexFragment(text, LatexPrinter.ATOM);
    }
}
