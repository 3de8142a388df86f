package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;

/**
 * Plain infinite power sums in both evaluators: {@code Sum(c*k^(-s), {k, L, Infinity}) = c*zeta(s, L)}.
 * Expected values: the closed forms zeta(2) = pi^2/6, zeta(4) = pi^4/90 (Euler), and zeta(2, 3) =
 * pi^2/6 - 1 - 1/4. Tolerances: 1e-14 in double (the Hurwitz zeta's error bound is ~1e-15 relative), 1e-35
 * at 40 digits.
 */
class PowerSumsTest {
    private static final Expr K = Expr.sym("k");

    private static Sum sum(Expr body, Expr lower) {
        return new Sum(body, "k", lower, Constant.INFINITY);
    }

    @Test
    void basel_inBothEvaluators() {
        Expr s = sum(Expr.pow(K, Expr.num(-2)), Expr.num(1));
        double pi2over6 = Math.PI * Math.PI / 6;
        assertTrue(Math.abs(DoubleEvaluator.evaluate(s, Map.of()) - pi2over6) < 1e-14 * pi2over6);
        Apfloat want = ApfloatMath.pow(ApfloatMath.pi(60), 2).divide(new Apfloat(6, 60));
        Apfloat got = PreciseEvaluator.evaluate(s, Map.of(), 40);
        assertTrue(ApfloatMath.abs(got.subtract(want)).compareTo(new Apfloat("1e-35")) < 0, got.toString());
    }

    // 3 * sum_{k>=3} k^(-2) = 3 (pi^2/6 - 5/4); 2 * sum k^(-4) * k^0 written as a product of powers of k
    @Test
    void constantsAndShiftedStart() {
        Expr shifted = sum(Expr.mul(Expr.num(3), Expr.pow(K, Expr.num(-2))), Expr.num(3));
        double want = 3 * (Math.PI * Math.PI / 6 - 1.25);
        assertTrue(Math.abs(DoubleEvaluator.evaluate(shifted, Map.of()) - want) < 1e-14 * want);
        Expr product = sum(Expr.mul(Expr.num(2), Expr.pow(K, Expr.num(-5)), K), Expr.num(1));
        double pi4over90 = Math.pow(Math.PI, 4) / 90;
        assertTrue(Math.abs(DoubleEvaluator.evaluate(product, Map.of()) - 2 * pi4over90) < 1e-14 * pi4over90);
    }

    // s = alpha with alpha = 0.9: divergent, reported as "cannot evaluate" in both evaluators
    @Test
    void divergentSum_isNotEvaluated() {
        Expr s = sum(Expr.pow(K, Expr.neg(Expr.sym("alpha"))), Expr.num(1));
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> DoubleEvaluator.evaluate(s, Map.of("alpha", 0.9)));
        assertTrue(e.unsupported() && e.getMessage().contains("diverges"), e.getMessage());
        EvaluationException p = assertThrows(EvaluationException.class,
                () -> PreciseEvaluator.evaluate(s, Map.of("alpha", new BigDecimal("1")), 40));
        assertTrue(p.unsupported() && p.getMessage().contains("diverges"), p.getMessage());
    }

    @Test
    void otherShapes_areNotPowerSums() {
        assertNull(PowerSums.match(sum(Expr.call("Exp", Expr.neg(K)), Expr.num(1))));
        PowerSums.Shape shape = PowerSums.match(sum(Expr.pow(K, Expr.neg(Expr.sym("alpha"))), Expr.num(1)));
        assertEquals(Expr.sym("alpha"), shape.exponent());
    }
}
