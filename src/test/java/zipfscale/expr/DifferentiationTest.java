package zipfscale.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.numerics.DoubleEvaluator;

class DifferentiationTest {

    private static Expr read(String text) {
        return ExpressionReader.read(text, "test", 1, 1);
    }

    private static double at(Expr e, double x) {
        Map<String, Double> env = new HashMap<>();
        env.put("x", x);
        env.put("a", 0.7);
        env.put("b", 2.3);
        return DoubleEvaluator.evaluate(e, env);
    }

    /**
     * Each derivative agrees with a fourth-order central difference (independent of the rules). Step 1e-3:
     * truncation error ~ h^4 f^(5) ~ 1e-12, rounding ~ eps/h ~ 1e-13, so a relative tolerance of 1e-8 leaves a
     * wide margin while a wrong rule (a lost factor, a wrong sign) is off by O(1).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "x^3", "a*x^(-b)", "Exp(-a*x^2)", "Log(1 + x^2)", "Log(2, x)", "Sqrt(1 + x)", "Sin(x)*Cos(a*x)",
        "x^x", "b^x", "Gamma(x)", "LogGamma(1 + x)", "PolyGamma(0, x)", "Factorial(x)", "Beta(x, b)",
        "Zeta(b, x)", "Gamma(a, x)", "(1 - x/4)^b", "1/(1 + x)^2", "Exp(x)*x^a/(1 + x)",
        "Sum(x^k/Factorial(k), {k, 0, 5})", "Diff(x^4, x)"})
    void agreesWithCentralDifferences(String text) {
        Expr f = Differentiation.expandAll(read(text));
        Expr df = Differentiation.derivative(read(text), "x");
        for (double x : new double[] {0.6, 1.3, 2.9}) {
            double h = 1e-3;
            double fd = (-at(f, x + 2 * h) + 8 * at(f, x + h) - 8 * at(f, x - h) + at(f, x - 2 * h)) / (12 * h);
            assertEquals(fd, at(df, x), 1e-8 * Math.max(1, Math.abs(fd)), text + " at x = " + x);
        }
    }

    @Test
    void higherOrderIsRepeatedDifferentiation() {
        Expr d3 = Differentiation.expandAll(read("Diff(x^5, x, 3)"));
        // 5*4*3 x^2 = 60 x^2 exactly
        assertEquals(60 * 1.7 * 1.7, at(d3, 1.7), 1e-12);
    }

    @Test
    void constantsInTheVariableHaveDerivativeZero() {
        assertEquals(Expr.num(0), Differentiation.derivative(read("a*Exp(b)"), "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Floor(x)", "Abs(x)", "Max(x, 1)", "Zeta(x)", "Sum(x^k, {k, 1, Infinity})",
        "Integrate(x*u, {u, 0, 1})", "f(x)", "Boole(Less(x, 1))", "Sum(x^k, {k, 1, n})"})
    void refusesWhatItCannotDifferentiateSoundly(String text) {
        Expr f = read(text);
        NotDifferentiableException e = assertThrows(NotDifferentiableException.class,
                () -> Differentiation.derivative(f, "x"));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void malformedCallsAreRefused() {
        assertThrows(NotDifferentiableException.class, () -> Differentiation.expandAll(read("Diff(x^2, 2)")));
        assertThrows(NotDifferentiableException.class, () -> Differentiation.expandAll(read("Diff(x^2, x, 0)")));
        assertThrows(NotDifferentiableException.class, () -> Differentiation.expandAll(read("Diff(x^2, x, 1/2)")));
        assertThrows(NotDifferentiableException.class, () -> Differentiation.expandAll(read("Diff(x^2, x, 7)")));
    }

    // MinValue(f, N) is f at ArgMin(f, N): expanded to exactly that substitution; N is bound (not free), and
    // substituting for N outside leaves the bound N alone.
    @Test
    void minValue_isTheLossAtItsMinimiser() {
        Expr m = read("MinValue(A*N^(-a) + B*(C/N)^(-b), N)");
        assertEquals(java.util.Set.of("A", "B", "C", "a", "b"), FreeSymbols.of(m));
        Expr expanded = Differentiation.expandAll(m);
        Expr argmin = read("ArgMin(A*N^(-a) + B*(C/N)^(-b), N)");
        assertEquals(Substitution.apply(read("A*N^(-a) + B*(C/N)^(-b)"), Map.of("N", argmin)), expanded);
        assertEquals(m, Substitution.apply(m, Map.of("N", Expr.num(5))));
    }
}
