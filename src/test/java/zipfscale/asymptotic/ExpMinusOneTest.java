package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.DoubleEvaluator;

/** Lemma exp_minus_one: k*Exp(g) - k ~ k*g when g -> 0, and only then. */
class ExpMinusOneTest {
    private static final Expr X = Expr.sym("x");
    private static final Expr RS = Expr.sym("Rs");
    private final List<ProofStep> chain = new ArrayList<>();
    private final SignOracle oracle = new SignOracle((m, e, a) -> Symja.shared().apply(m, e, a, Duration.ofSeconds(10)),
            List.of(new Comparison(RS, RelOp.GT, Expr.num(0))));
    private final LeadingTerms calc = new LeadingTerms("x", oracle, new ZipfSumLemmas(Map.of(), "x"), chain);

    // 1 - 2^(-1/x) = -expm1(-Log(2)/x) ~ Log(2)/x: exponent -1, coefficient Log(2) (closed form of the
    // first Taylor term); checked by evaluating the coefficient, tolerance 1e-15 (one rounding).
    @Test
    void oneMinusTwoToMinusOneOverX_isLog2OverX() {
        LeadingTerm t = calc.of(Expr.sub(Expr.num(1), Expr.pow(Expr.num(2), Expr.neg(Expr.div(Expr.num(1), X)))));
        assertTrue(oracle.isZero(Expr.add(t.exponent(), Expr.num(1))), t.exponent().toString());
        assertEquals(Math.log(2), DoubleEvaluator.evaluate(t.coefficient().toExpr(), Map.of()), 1e-15);
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).startsWith("lemma exp_minus_one")), chain.toString());
    }

    // Rs*(1 - Exp(-1/(x*Rs))) ~ 1/x: the Rs cancel (coefficient 1 at Rs = 2.5, closed form).
    @Test
    void dataConstrainedSmallR_isFirstOrder() {
        Expr g = Expr.neg(Expr.div(Expr.num(1), Expr.mul(X, RS)));
        LeadingTerm t = calc.of(Expr.mul(RS, Expr.sub(Expr.num(1), Expr.call("Exp", g))));
        assertTrue(oracle.isZero(Expr.add(t.exponent(), Expr.num(1))), t.exponent().toString());
        assertEquals(1.0, DoubleEvaluator.evaluate(t.coefficient().toExpr(), Map.of("Rs", 2.5)), 1e-15);
    }

    // 1 - Exp(x): g does not tend to 0, the lemma does not apply, and the sum rule cannot order an
    // exponentially large term: the calculus gives up instead of claiming a leading term.
    @Test
    void exponentNotTendingToZero_isNotResolved() {
        assertThrows(AsymptoticFailure.class, () -> calc.of(Expr.sub(Expr.num(1), Expr.call("Exp", X))));
        assertTrue(chain.stream().noneMatch(s -> StepText.of(s).startsWith("lemma exp_minus_one")), chain.toString());
    }

    // 2 - Exp(1/x): no partner cancels (2 != 1), so the ordinary sum rule gives the constant 1.
    @Test
    void noCancellingPartner_leavesTheSumRule() {
        LeadingTerm t = calc.of(Expr.sub(Expr.num(2), Expr.call("Exp", Expr.div(Expr.num(1), X))));
        assertEquals(1.0, DoubleEvaluator.evaluate(t.coefficient().toExpr(), Map.of()), 1e-15);
        assertTrue(chain.stream().noneMatch(s -> StepText.of(s).startsWith("lemma exp_minus_one")), chain.toString());
    }
}
