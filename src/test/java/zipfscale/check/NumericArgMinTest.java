package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.numerics.EvaluationException;

/** The numeric witness's minimiser on losses with a restricted domain, a kink, and no minimiser at all. */
class NumericArgMinTest {
    private static final Expr N = Expr.sym("N");
    private static final Expr C = Expr.sym("C");
    private static final NumericBackend NUMERIC = NumericBackend.engine();
    // Hoffmann et al. (2022), approach 3: A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28.
    private static final Map<String, Double> CHINCHILLA = Map.of("A", 406.4, "B", 410.7, "a", 0.34, "b", 0.28,
            "I", 1e12);

    private static Expr power(String k, Expr base, Expr exponent) {
        return Expr.mul(Expr.sym(k), Expr.pow(base, exponent));
    }

    /** A*N^(-a) + B*(C/(6N) - I/3)^(-b): defined only for N < C/(2I) (Sardana et al. 2024, a fixed inference demand). */
    private static Call sardana() {
        Expr data = Expr.sub(Expr.div(C, Expr.mul(Expr.num(6), N)), Expr.div(Expr.sym("I"), Expr.num(3)));
        return new Call("ArgMin", java.util.List.of(Expr.add(power("A", N, Expr.neg(Expr.sym("a"))),
                power("B", data, Expr.neg(Expr.sym("b")))), N));
    }

    private static double at(Call argmin, double c) {
        java.util.Map<String, Double> p = new java.util.HashMap<>(CHINCHILLA);
        p.put("C", c);
        NumericArgMin.Found f = NumericArgMin.minimise(argmin, p, NUMERIC::evaluateDouble);
        assertEquals(NumericArgMin.ROOT_ERROR, f.relativeError(), 0, "the root of N f'(N) was bracketed");
        return f.n();
    }

    // Expected: the root in s = log N of -a A e^(-a s) + b B u^(-b-1) C e^(-s)/6, u = C e^(-s)/6 - I/3 (the
    // derivative in closed form), by mpmath.findroot at 50 digits; the ratios to G (C/6)^(b/(a+b)) are
    // 0.859043062084, 0.998909516081, 0.999993007008 (issue 20's scipy figures: 0.86, 0.9989, 0.99999). Tolerance 1e-11
    // relative: the root is bracketed to 1e-15 in log N, double rounding of f' costs a few 1e-16.
    @Test
    void sardanaMinimiserMatchesHighPrecisionRoot_insideTheDomain() {
        assertEquals(35475645700.353362764, at(sardana(), 1e24), 35475645700.353362764 * 1e-11);
        assertEquals(2641758646590.849592, at(sardana(), 1e28), 2641758646590.849592 * 1e-11);
        assertEquals(169361839862424.96603, at(sardana(), 1e32), 169361839862424.96603 * 1e-11);
    }

    // Kaplan et al. (2020) L(N, S) under C = kappa N S (derivations/classic/kaplan.zs): (Nc/N)^aN + (Sc kappa N/C)^aS
    // with aN, aS > 2, whose values near the minimiser are about 1e-19 at C = 1e15. Expected: the closed form
    // N = (aN Nc^aN/(aS (Sc kappa)^aS))^(1/(aN+aS)) C^(aS/(aN+aS)) of p1 T1 + p2 T2 = 0 (Prop. 10.2), in double;
    // tolerance 1e-10 relative (the bracketed root, and a few roundings of the closed form). A solver that stops
    // on |N f'(N)| < 1e-15 returned 2.4e7 for 2.99e7 here.
    @Test
    void tinyLossValues_doNotStopTheRootSearch() {
        Expr f = Expr.add(Expr.pow(Expr.div(Expr.sym("Nc"), N), Expr.sym("aN")),
                Expr.pow(Expr.div(Expr.mul(Expr.sym("Sc"), Expr.sym("kappa"), N), C), Expr.sym("aS")));
        double aN = 2.6193071261784806;
        double aS = 2.4364104999460348;
        double nc = 1.0758132437040728;
        double sk = 1.1864507515756058 * 0.28773861302856718;
        for (double c : new double[] {1e3, 1e9, 1e15}) {
            java.util.Map<String, Double> p = new java.util.HashMap<>(Map.of("Nc", nc, "Sc", 1.1864507515756058,
                    "kappa", 0.28773861302856718, "aN", aN, "aS", aS, "C", c));
            double exact = Math.pow(aN * Math.pow(nc, aN) / (aS * Math.pow(sk, aS)), 1 / (aN + aS)) * Math.pow(c, aS / (aN + aS));
            double n = NumericArgMin.minimise(new Call("ArgMin", java.util.List.of(f, N)), p, NUMERIC::evaluateDouble).n();
            assertEquals(exact, n, exact * 1e-10, "C = " + c);
        }
    }

    /** ArgMin(L(N, D), {N, D}, lhs == C) with L = A N^-a + B D^-b (Hoffmann et al. 2022, eq. (2) without E). */
    private static Call budget(Expr lhs) {
        Expr loss = Expr.add(power("A", N, Expr.neg(Expr.sym("a"))), power("B", Expr.sym("D"), Expr.neg(Expr.sym("b"))));
        return new Call("ArgMin", java.util.List.of(loss, N, Expr.sym("D"), lhs, C));
    }

    // Under 6 N D + 2 N I = C the constrained search (D from the constraint by root finding at each N, Lagrange's
    // condition along the curve) must find the one-variable minimiser of sardanaMinimiserMatchesHighPrecisionRoot:
    // the same mpmath value, same tolerance. Under 6 N D = C: Chinchilla's closed form G (C/6)^(b/(a+b)) (Hoffmann et
    // al. 2022, eq. (4)), exact for this loss, in double; tolerance 1e-10 relative.
    @Test
    void budgetConstraint_matchesTheEliminatedProblem() {
        Expr sardana = Expr.add(Expr.mul(Expr.num(6), N, Expr.sym("D")), Expr.mul(Expr.num(2), N, Expr.sym("I")));
        assertEquals(35475645700.353362764, at(budget(sardana), 1e24), 35475645700.353362764 * 1e-11);
        double a = 0.34;
        double b = 0.28;
        double g = Math.pow(a * 406.4 / (b * 410.7), 1 / (a + b));
        double chinchilla = g * Math.pow(1e20 / 6, b / (a + b));
        assertEquals(chinchilla, at(budget(Expr.mul(Expr.num(6), N, Expr.sym("D"))), 1e20), chinchilla * 1e-10);
    }

    // Max(A N^-a, B (C/(6N))^-b) has a kink at its minimiser, where the terms are equal:
    // N = (A/B)^(1/(a+b)) (C/6)^(b/(a+b)) = 471478977.24275514977 at C = 1e20 (mpmath, 50 digits). No derivative:
    // Brent's minimiser, to about 1e-8 (its declared error).
    @Test
    void maxFormMinimiserIsWhereTheTermsAreEqual() {
        Expr max = Expr.call("Max", power("A", N, Expr.neg(Expr.sym("a"))),
                power("B", Expr.div(C, Expr.mul(Expr.num(6), N)), Expr.neg(Expr.sym("b"))));
        java.util.Map<String, Double> p = new java.util.HashMap<>(CHINCHILLA);
        p.put("C", 1e20);
        NumericArgMin.Found f = NumericArgMin.minimise(new Call("ArgMin", java.util.List.of(max, N)), p,
                NUMERIC::evaluateDouble);
        assertEquals(NumericArgMin.MINIMISER_ERROR, f.relativeError(), 0);
        assertEquals(471478977.24275514977, f.n(), 471478977.24275514977 * NumericArgMin.MINIMISER_ERROR);
    }

    // A*N^(-a)*Log(N) + B*(C/(6N))^(-b) tends to -infinity as N -> 0: there is no minimiser, and the search must say
    // so rather than return the end of its interval.
    @Test
    void lossUnboundedBelow_isUnsupportedNotAGuess() {
        Expr f = Expr.add(Expr.mul(power("A", N, Expr.neg(Expr.sym("a"))), Expr.call("Log", N)),
                power("B", Expr.div(C, Expr.mul(Expr.num(6), N)), Expr.neg(Expr.sym("b"))));
        java.util.Map<String, Double> p = new java.util.HashMap<>(CHINCHILLA);
        p.put("C", 1e20);
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> NumericArgMin.minimise(new Call("ArgMin", java.util.List.of(f, N)), p, NUMERIC::evaluateDouble));
        assertTrue(e.getMessage().contains("end of the search interval"), e.getMessage());
    }
}
