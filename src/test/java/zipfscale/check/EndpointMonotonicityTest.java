package zipfscale.check;

import zipfscale.asymptotic.StepText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.IntervalEvaluator;
import zipfscale.numerics.Bounds;

/** Derivatives against difference quotients; the endpoint lemma on tight true and on false inequalities. */
class EndpointMonotonicityTest {
    private static final List<Comparison> X_NONNEG = List.of(new Comparison(Expr.sym("x"), RelOp.GE, Expr.num(0)));

    private static Expr read(String s) {
        return ExpressionReader.read(s, "t", 1, 1);
    }

    private static SymbolicWitness.Outcome sign(String f, List<Comparison> assumptions) {
        return new SymbolicWitness(AsymptoticCheckerTest.REAL).sign(read(f), assumptions, Bounds.of(assumptions), false);
    }

    // d/dx of x^2 Exp(-x/a) + Log(1 + x) + Sqrt(x) + 2^(1/x) at x = 1.3, a = 0.7 against the central
    // difference (f(x+h) - f(x-h))/(2h), h = 1e-5: truncation h^2 f'''/6 ~ 1e-10, rounding 1e-16/h = 1e-11,
    // so a tolerance of 1e-8 relative.
    @Test
    void derivative_matchesTheDifferenceQuotient() {
        Expr f = read("x^2*Exp(-x/a) + Log(1 + x) + Sqrt(x) + 2^(1/x)");
        Expr df = zipfscale.expr.Differentiation.derivative(f, "x");
        double x = 1.3;
        double h = 1e-5;
        double quotient = (DoubleEvaluator.evaluate(f, Map.of("x", x + h, "a", 0.7))
                - DoubleEvaluator.evaluate(f, Map.of("x", x - h, "a", 0.7))) / (2 * h);
        double exact = DoubleEvaluator.evaluate(df, Map.of("x", x, "a", 0.7));
        assertEquals(quotient, exact, 1e-8 * Math.abs(exact), df.toString());
    }

    // Exp(-x) - 1 + x - x^2/2 <= 0 is tight at x = 0 with three vanishing derivatives' worth of work:
    // 1 - x + x^2/2 - Exp(-x) >= 0 on x >= 0 is proved by the lemma (f(0) = 0, f'(0) = 0, f'' = 1 - e^-x >= 0).
    @Test
    void tightTaylorBound_isProvedAtTheEndpoint() {
        SymbolicWitness.Outcome o = sign("1 - x + x^2/2 - Exp(-x)", X_NONNEG);
        assertTrue(o.success(), o.summary());
        assertTrue(o.steps().stream().anyMatch(s -> StepText.of(s).startsWith("lemma endpoint_monotonicity")), o.steps().toString());
    }

    // False: Exp(-x) >= 1 - x/2 fails at x = 1 (0.37 < 0.5). Its value at 0 is 0, but the derivative
    // 1/2 - e^-x is negative near 0: the lemma must not prove it.
    @Test
    void falseTightInequality_isNotProved() {
        assertFalse(sign("Exp(-x) - 1 + x/2", X_NONNEG).success());
    }

    // 1/(x - 2) on [0, 5]: at x = 5 it is 1/3 >= 0 and its derivative -1/(x-2)^2 <= 0, yet it is -1 at
    // x = 1: the pole at 2 must stop the lemma (the continuity side condition).
    @Test
    void poleInsideTheRange_stopsTheLemma() {
        List<Comparison> box = List.of(new Comparison(Expr.sym("x"), RelOp.GE, Expr.num(0)),
                new Comparison(Expr.sym("x"), RelOp.LE, Expr.num(5)));
        assertFalse(EndpointMonotonicity.continuousIn(read("1/(x - 2)"), "x",
                new IntervalEvaluator(Bounds.of(box).boxes())));
        assertFalse(sign("1/(x - 2)", box).success());
    }

    private static final List<Comparison> X_POS = List.of(new Comparison(Expr.sym("x"), RelOp.GT, Expr.num(0)));

    private static SymbolicWitness.Outcome strict(String f, List<Comparison> assumptions) {
        return new SymbolicWitness(AsymptoticCheckerTest.REAL).sign(read(f), assumptions, Bounds.of(assumptions), true);
    }

    // DLMF 4.5.1: x/(1 + x) < Log(1 + x) for x > 0. The range is open at 0, where the difference is 0:
    // continuity up to 0, the value 0 there and the derivative x/(1 + x)^2 > 0 on x > 0 prove it strictly.
    @Test
    void openEnd_provesTheDlmfLogBoundStrictly() {
        SymbolicWitness.Outcome o = strict("Log(1 + x) - x/(1 + x)", X_POS);
        assertTrue(o.success(), o.summary());
        assertTrue(o.steps().stream().anyMatch(s -> StepText.of(s).contains("open lower end")), o.steps().toString());
    }

    // x^2 > 0 fails at x = 0 on the closed range x >= 0: a closed end needs f(a) > 0 for a strict claim.
    @Test
    void strictClaim_zeroAtAClosedEnd_isNotProved() {
        assertFalse(strict("x^2", X_NONNEG).success());
    }

    // False on x > 0: x - Log(1 + x) - x^2 is -0.69 at x = 1 (0 at the end, derivative 1 - 1/(1+x) - 2x < 0
    // near 0): neither end nor slope can be shown.
    @Test
    void falseStrictClaim_onAnOpenRange_isNotProved() {
        assertFalse(strict("x - Log(1 + x) - x^2", X_POS).success());
        assertFalse(sign("x - Log(1 + x) - x^2", X_POS).success());
    }
}
