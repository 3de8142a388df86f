package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.numerics.BallEvaluator;

/**
 * The shown form of a formula: the noise of the leading-term calculus ({@code 1*M^(-3 - alpha)},
 * {@code -(1*(-aN))}, {@code x^1}) is gone, and each rewrite keeps the value (checked at a point at 50
 * digits: the forms must agree to the last digit but rounding, so the tolerance is 1e-45).
 */
class TidyFormTest {
    private static final Expr X = Expr.sym("x");
    private static final Expr A = Expr.sym("alpha");

    @Test
    void oneTimes_isDropped() {
        Expr e = Expr.mul(Expr.num(1), Expr.pow(Expr.sym("M"), Expr.sub(Expr.num(-3), A)));
        assertEquals(Expr.pow(Expr.sym("M"), Expr.sub(Expr.num(-3), A)), TidyForm.of(e));
    }

    @Test
    void minusOneTimesMinusOne_cancels() {
        Expr e = Expr.neg(Expr.mul(Expr.num(1), Expr.neg(Expr.sym("aN"))));
        assertEquals(Expr.sym("aN"), TidyForm.of(e));
    }

    @Test
    void rationalFactors_foldIntoOneLeadingCoefficient() {
        Expr e = Expr.mul(Expr.num(2), X, Expr.mul(Expr.frac(1, 4), A));
        assertEquals(new Mul(List.of(Expr.frac(1, 2), X, A)), TidyForm.of(e));
        assertEquals(Expr.num(0), TidyForm.of(Expr.mul(Expr.num(0), X)));
    }

    @Test
    void powerOne_andPowerZero_andZeroTerms() {
        assertEquals(X, TidyForm.of(Expr.pow(X, Expr.num(1))));
        assertEquals(Expr.num(1), TidyForm.of(Expr.pow(X, Expr.num(0))));
        assertEquals(Expr.num(1), TidyForm.of(Expr.pow(Expr.num(1), X)));
        assertEquals(X, TidyForm.of(Expr.add(Expr.num(0), X)));
        assertEquals(Expr.add(X, A), TidyForm.of(Expr.add(X, Expr.add(A, Expr.num(0)))));
    }

    @Test
    void aTidyExpression_isReturnedAsItIs() {
        Expr e = Expr.mul(Expr.frac(1, 2), Expr.pow(X, A), Expr.call("Gamma", A));
        assertSame(e, TidyForm.of(e));
        assertEquals(TidyForm.of(e), TidyForm.of(TidyForm.of(e)));
    }

    @Test
    void everyRewrite_keepsTheValue() {
        Expr e = Expr.add(Expr.mul(Expr.num(1), Expr.pow(Expr.mul(Expr.num(-1), Expr.num(-1), X), Expr.num(1))),
                Expr.mul(Expr.num(3), Expr.mul(Expr.frac(1, 3), Expr.pow(A, Expr.sub(Expr.num(1), A)))), Expr.num(0),
                Expr.neg(Expr.mul(Expr.num(1), Expr.neg(Expr.pow(X, Expr.num(0))))));
        Map<String, BigDecimal> point = Map.of("x", new BigDecimal("1.7"), "alpha", new BigDecimal("2.3"));
        Apfloat before = BallEvaluator.enclose(e, point, 50).mid();
        Apfloat after = BallEvaluator.enclose(TidyForm.of(e), point, 50).mid();
        assertEquals(0, before.subtract(after).doubleValue(), 1e-45);
        assertEquals(Expr.add(X, Expr.pow(A, Expr.sub(Expr.num(1), A)), Expr.num(1)), TidyForm.of(e));
    }
}
