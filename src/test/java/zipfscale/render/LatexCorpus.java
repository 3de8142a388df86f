package zipfscale.render;

import static zipfscale.expr.Expr.add;
import static zipfscale.expr.Expr.call;
import static zipfscale.expr.Expr.div;
import static zipfscale.expr.Expr.frac;
import static zipfscale.expr.Expr.mul;
import static zipfscale.expr.Expr.neg;
import static zipfscale.expr.Expr.num;
import static zipfscale.expr.Expr.pow;
import static zipfscale.expr.Expr.sub;
import static zipfscale.expr.Expr.sym;

import java.util.List;
import java.util.Map;

import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Sum;

/**
 * The golden corpus of the LaTeX printer: each expression with the LaTeX expected for it. Expected strings
 * were written by hand from the conventions stated in {@link LatexPrinter} (and, for the paper's formulas,
 * from the way the paper typesets them), not copied from the printer's output.
 */
final class LatexCorpus {
    /** One golden case; {@code source} says where the expression comes from. */
    record Case(String source, Expr expr, String latex) {
    }

    /** The notation used by the corpus, as a script would declare it. */
    static final Map<String, String> NOTATION = Map.of("aN", "\\alpha_N", "aD", "\\alpha_D", "p", "p_{#1}");

    private static final Expr ALPHA = sym("alpha");
    private static final Expr BETA = sym("beta");
    private static final Expr K = sym("k");

    private LatexCorpus() {
    }

    static final List<Case> CASES = List.of(
            // ---- the paper's formulas ----
            new Case("c_alpha, the paper's Zipf constant", mul(div(num(1), ALPHA), pow(sym("Z"), neg(div(num(1), ALPHA))),
                    call("Gamma", sub(num(1), div(num(1), ALPHA)))),
                    "\\frac{1}{\\alpha} Z^{-1/\\alpha} \\Gamma\\left(1 - \\frac{1}{\\alpha}\\right)"),
            new Case("c_alpha as the expression reader builds it (flat product)", mul(pow(ALPHA, num(-1)),
                    pow(sym("Z"), mul(num(-1), pow(ALPHA, num(-1)))), call("Gamma", add(num(1), mul(num(-1),
                    pow(ALPHA, num(-1)))))),
                    "\\frac{1}{\\alpha} Z^{-1/\\alpha} \\Gamma\\left(1 - \\frac{1}{\\alpha}\\right)"),
            new Case("leading reciprocal, then a quotient", mul(pow(sym("a"), num(-1)), sym("x"), pow(sym("b"), num(-1))),
                    "\\frac{1}{a} \\frac{x}{b}"),
            new Case("data-limited loss exponent", pow(sym("D"), neg(div(sub(ALPHA, num(1)), ALPHA))),
                    "D^{-(\\alpha - 1)/\\alpha}"),
            new Case("compute-optimal prefactor", mul(div(num(1), mul(ALPHA, BETA)),
                    pow(sym("Z"), neg(div(num(1), ALPHA))),
                    pow(sym("c"), neg(div(sub(ALPHA, num(1)), mul(ALPHA, BETA)))),
                    call("Gamma", div(sub(ALPHA, num(1)), mul(ALPHA, BETA)))),
                    "\\frac{1}{\\alpha \\beta} Z^{-1/\\alpha} c^{-(\\alpha - 1)/(\\alpha \\beta)} "
                            + "\\Gamma\\left(\\frac{\\alpha - 1}{\\alpha \\beta}\\right)"),
            new Case("optimal split aD/(aN + aD), with notation", div(sym("aD"), add(sym("aN"), sym("aD"))),
                    "\\frac{\\alpha_D}{\\alpha_N + \\alpha_D}"),
            new Case("expected missed mass", new Sum(mul(call("p", K), pow(sub(num(1), call("p", K)), sym("D"))),
                    "k", num(1), Constant.INFINITY),
                    "\\sum_{k=1}^{\\infty} {p_{k}} \\left(1 - {p_{k}}\\right)^{D}"),
            new Case("Zipf tail", new Sum(pow(K, neg(ALPHA)), "k", add(sym("M"), num(1)), Constant.INFINITY),
                    "\\sum_{k>M} k^{-\\alpha}"),
            new Case("exp of a long exponent", call("Exp", neg(mul(sym("D"), add(sym("q"), pow(sym("q"), num(2)))))),
                    "e^{-D (q + q^{2})}"),
            new Case("Chinchilla-style max", call("Max", mul(sym("A"), pow(sym("N"), neg(sym("aN")))),
                    mul(sym("B"), pow(sym("D"), neg(sym("aD"))))),
                    "\\max\\left(A N^{-\\alpha_N}, B D^{-\\alpha_D}\\right)"),
            new Case("Euler's integral for Gamma", new Integral(mul(pow(sym("u"), sub(sym("s"), num(1))),
                    call("Exp", neg(sym("u")))), "u", num(0), Constant.INFINITY),
                    "\\int_{0}^{\\infty} u^{s - 1} e^{-u} \\,du"),
            new Case("1/(1 + alpha gamma): user symbol gamma", div(num(1), add(num(1), mul(ALPHA, sym("gamma")))),
                    "\\frac{1}{1 + \\alpha \\gamma}"),
            // ---- precedence ----
            new Case("power of a power, right", pow(sym("x"), pow(sym("a"), sym("b"))), "x^{a^{b}}"),
            new Case("power of a power, left", pow(pow(sym("x"), sym("a")), sym("b")),
                    "\\left(x^{a}\\right)^{b}"),
            new Case("minus a sum", neg(add(sym("a"), sym("b"))), "-\\left(a + b\\right)"),
            new Case("difference of a difference", sub(sym("a"), sub(sym("b"), sym("c"))),
                    "a - \\left(b - c\\right)"),
            new Case("quotient by a product", div(sym("a"), mul(sym("b"), sym("c"))), "\\frac{a}{b c}"),
            new Case("quotient of a quotient", div(div(sym("a"), sym("b")), sym("c")),
                    "\\frac{a}{b c}"),
            new Case("minus a square", neg(pow(sym("x"), num(2))), "-x^{2}"),
            new Case("square of a negative", pow(neg(sym("x")), num(2)), "\\left(-x\\right)^{2}"),
            new Case("square of a sum", pow(add(sym("a"), sym("b")), num(2)), "\\left(a + b\\right)^{2}"),
            new Case("product of sums", mul(add(sym("a"), sym("b")), sub(sym("a"), sym("b"))),
                    "\\left(a + b\\right) \\left(a - b\\right)"),
            new Case("rational coefficient", mul(frac(3, 2), sym("x")), "\\frac{3 x}{2}"),
            new Case("negative rational coefficient", mul(frac(-1, 2), sym("x"), sym("y")), "-\\frac{x y}{2}"),
            new Case("number after a symbol", mul(sym("x"), num(2)), "x \\cdot 2"),
            new Case("a sum times a factor", mul(new Sum(K, "k", num(1), sym("n")), sym("x")),
                    "\\left(\\sum_{k=1}^{n} k\\right) x"),
            new Case("a plus minus b", add(sym("a"), neg(sym("b")), num(-3)), "a - b - 3"),
            new Case("negative rational exponent", pow(sym("x"), frac(-1, 2)), "\\frac{1}{\\sqrt{x}}"),
            new Case("square root", pow(add(sym("x"), num(1)), frac(1, 2)), "\\sqrt{x + 1}"),
            new Case("inverse square", pow(sym("x"), num(-2)), "\\frac{1}{x^{2}}"),
            new Case("rational exponent", pow(sym("N"), frac(-2, 3)), "\\frac{1}{N^{2/3}}"),
            new Case("fraction in an exponent's exponent", pow(sym("x"), pow(sym("y"), div(num(1), sym("z")))),
                    "x^{y^{1/z}}"),
            new Case("power of a fraction", pow(div(sym("a"), sym("b")), sym("s")),
                    "\\left(\\frac{a}{b}\\right)^{s}"),
            // ---- numbers and constants ----
            new Case("decimal as written", Decimal.of("1.69"), "1.69"),
            new Case("power of ten", Decimal.of("1e21"), "10^{21}"),
            new Case("scientific notation", Decimal.of("2.5e-3"), "2.5 \\times 10^{-3}"),
            new Case("a fraction", frac(1, 2), "\\frac{1}{2}"),
            new Case("a negative integer", num(-7), "-7"),
            new Case("pi over two", div(Constant.PI, num(2)), "\\frac{\\pi}{2}"),
            new Case("Euler-Mascheroni is not gamma", add(new Constant(Constant.Kind.EULER_GAMMA), sym("gamma")),
                    "\\gamma_E + \\gamma"),
            // ---- symbols ----
            new Case("Greek with subscript", sym("beta_N"), "\\beta_{N}"),
            new Case("multi-letter subscript", sym("alpha_opt"), "\\alpha_{\\mathrm{opt}}"),
            new Case("Latin with multi-letter subscript", sym("N_opt"), "N_{\\mathrm{opt}}"),
            new Case("capital Greek", mul(sym("Gamma"), sym("Delta"), sym("varepsilon")),
                    "\\Gamma \\Delta \\varepsilon"),
            new Case("multi-letter name", sym("kappa2"), "\\kappa_{2}"),
            new Case("multi-letter Latin name", sym("loss"), "\\mathit{loss}"),
            new Case("Greek name with a capital suffix", add(sym("alphaN"), sym("betaOpt")),
                    "\\alpha_{N} + \\beta_{\\mathrm{Opt}}"),
            new Case("implicit and written subscripts together", add(sym("x2_N"), pow(sym("alphaN_opt"), num(2))),
                    "x_{2,N} + \\alpha_{N,\\mathrm{opt}}^{2}"),
            // ---- functions ----
            new Case("upper incomplete Gamma", call("Gamma", sym("s"), sym("x")), "\\Gamma\\left(s, x\\right)"),
            new Case("Riemann zeta", call("Zeta", ALPHA), "\\zeta\\left(\\alpha\\right)"),
            new Case("Hurwitz zeta", call("HurwitzZeta", ALPHA, add(sym("M"), num(1))),
                    "\\zeta\\left(\\alpha, M + 1\\right)"),
            new Case("Zeta with two arguments", call("Zeta", sym("s"), sym("a")), "\\zeta\\left(s, a\\right)"),
            new Case("log", call("Log", sym("N")), "\\log\\left(N\\right)"),
            new Case("log to a base", call("Log", num(2), sym("N")), "\\log_{2}\\left(N\\right)"),
            new Case("exp of a short quotient", call("Exp", div(sym("x"), add(sym("y"), num(1)))),
                    "e^{x/(y + 1)}"),
            new Case("Gaussian: exp of a long exponent", call("Exp", neg(div(add(pow(sym("x"), num(2)),
                    pow(sym("y"), num(2))), mul(num(2), pow(sym("sigma"), num(2)))))),
                    "\\exp\\left(-\\frac{x^{2} + y^{2}}{2 \\sigma^{2}}\\right)"),
            new Case("min", call("Min", sym("a"), num(1)), "\\min\\left(a, 1\\right)"),
            new Case("Beta function", call("Beta", sym("a"), sym("b")), "\\mathrm{B}\\left(a, b\\right)"),
            new Case("polygamma", call("PolyGamma", num(1), sym("x")), "\\psi^{(1)}\\left(x\\right)"),
            new Case("digamma", call("PolyGamma", num(0), sym("x")), "\\psi\\left(x\\right)"),
            new Case("absolute value", call("Abs", sub(sym("x"), num(1))), "\\left|x - 1\\right|"),
            new Case("factorial of a symbol", call("Factorial", sym("n")), "n!"),
            new Case("factorial of a sum", call("Factorial", add(sym("n"), num(1))), "\\left(n + 1\\right)!"),
            new Case("binomial", call("Binomial", sym("n"), sym("k")), "\\binom{n}{k}"),
            new Case("floor", call("Floor", div(sym("x"), num(2))), "\\left\\lfloor \\frac{x}{2} \\right\\rfloor"),
            new Case("ceiling", call("Ceiling", sym("x")), "\\left\\lceil x \\right\\rceil"),
            new Case("compute-optimal argmin", call("ArgMin", call("Max", mul(sym("A"), pow(sym("N"), neg(sym("aN")))),
                    mul(sym("B"), pow(sym("D"), neg(sym("aD"))))), sym("N")),
                    "\\operatorname*{arg\\,min}_{N} \\max\\left(A N^{-\\alpha_N}, B D^{-\\alpha_D}\\right)"),
            new Case("argmin under a budget, ArgMin(f, {N, D}, 6*N*D == C) (issue 20)", call("ArgMin",
                    add(mul(sym("A"), pow(sym("N"), neg(sym("a")))), mul(sym("B"), pow(sym("D"), neg(sym("b"))))),
                    sym("N"), sym("D"), mul(num(6), sym("N"), sym("D")), sym("C")),
                    "\\operatorname*{arg\\,min}_{N \\,:\\, 6 N D = C} \\left(A N^{-a} + B D^{-b}\\right)"),
            new Case("minimal value, MinValue(f, N) (issue 20)", call("MinValue",
                    add(mul(sym("A"), pow(sym("N"), neg(sym("a")))), mul(sym("B"), pow(sym("D"), neg(sym("b"))))),
                    sym("N")),
                    "\\min_{N} \\left(A N^{-a} + B D^{-b}\\right)"),
            new Case("ordinary derivative", call("Diff", add(pow(sym("x"), num(5)), call("Exp", sym("x"))), sym("x")),
                    "\\frac{\\mathrm{d}}{\\mathrm{d} x} \\left(x^{5} + e^{x}\\right)"),
            new Case("second partial derivative", call("Diff", mul(sym("U"), call("Exp", neg(div(sym("R"), sym("c"))))),
                    sym("R"), num(2)),
                    "\\frac{\\partial^{2}}{\\partial R^{2}} \\left(U e^{-R/c}\\right)"),
            new Case("first-order condition, Diff(R(N), N) at N = x (issue 20)", call("Subs", call("Diff",
                    call("R", sym("N")), sym("N")), sym("N"), sym("x")), "R'\\left(N\\right)\\big|_{N = x}"),
            new Case("derivative of an expression at a point", call("Subs", call("Diff",
                    mul(sym("A"), pow(sym("N"), neg(sym("a")))), sym("N")), sym("N"), num(2)),
                    "\\left. \\frac{\\partial}{\\partial N} \\left(A N^{-a}\\right) \\right|_{N = 2}"),
            new Case("indicator", call("Boole", call("Less", sym("x"), num(1))),
                    "\\mathbf{1}\\left\\{x < 1\\right\\}"),
            new Case("log Gamma", call("LogGamma", sym("s")), "\\log\\Gamma\\left(s\\right)"),
            new Case("sine and cosine", add(call("Sin", sym("x")), call("Cos", sym("x"))),
                    "\\sin\\left(x\\right) + \\cos\\left(x\\right)"),
            new Case("Sqrt call", call("Sqrt", sym("N")), "\\sqrt{N}"),
            new Case("script function without notation", call("f", sym("k"), sym("x")), "f\\left(k, x\\right)"));
}
