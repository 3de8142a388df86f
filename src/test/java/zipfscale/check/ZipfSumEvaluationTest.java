package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.Definition;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.numerics.EvaluationException;

/** The engine's values of Zipf sums with varying limits and exponents, against direct summation. */
class ZipfSumEvaluationTest {
    private static final SourceSpan AT = new SourceSpan("t.zs", 1, 1, 1);
    private static final double ALPHA = 2.5;

    private static Expr read(String s) {
        return ExpressionReader.read(s, "t.zs", 1, 1);
    }

    private final ZipfSumEvaluation engine = new ZipfSumEvaluation(
            List.of(new Definition("p", List.of("k"), read("k^(-alpha)/Zeta(alpha)"), AT)));

    /** zeta(2.5) by direct summation to K plus the Euler-Maclaurin tail K^(1-s)/(s-1) - K^-s/2. */
    private static double zeta25() {
        double s = 0;
        int k = 1;
        for (; k < 200_000; k++) {
            s += Math.pow(k, -ALPHA);
        }
        return s + Math.pow(k, 1 - ALPHA) / (ALPHA - 1) + 0.5 * Math.pow(k, -ALPHA);
    }

    @Test
    void tailWithAComputedFirstIndex_isOneMinusTheHead() {
        double z = zeta25();
        double head = 0;
        for (int k = 1; k <= 31; k++) {
            head += Math.pow(k, -ALPHA) / z;
        }
        // M = Floor(N^(1/2)) + 1 = 32 at N = 1000: sum_{k >= 32} p_k = 1 - sum_{k <= 31} p_k
        double v = engine.evaluate(engine.prepare(read("Sum(p(k), {k, Floor(N^(1/2)) + 1, Infinity})")),
                Map.of("N", 1000.0, "alpha", ALPHA));
        // tolerance: the direct head and zeta carry about 1e-12 of rounding; the engine's bound is 1e-7
        assertEquals(1 - head, v, 1e-9);
    }

    @Test
    void missingMassWithAnExpressionAsExponent_isTheDirectSum() {
        double z = zeta25();
        double direct = 0;
        for (int k = 1; k < 2_000_000; k++) {
            double p = Math.pow(k, -ALPHA) / z;
            direct += p * Math.pow(1 - p, 20);
        }
        // D = C/(6 N) = 20; the terms beyond 2e6 add less than sum_{k >= 2e6} p_k ~ 2e6^(-1.5)/(1.5 z) ~ 2e-10
        double v = engine.evaluate(engine.prepare(read("Sum(p(k)*(1 - p(k))^(C/(6*N)), {k, 1, Infinity})")),
                Map.of("C", 1200.0, "N", 10.0, "alpha", ALPHA));
        assertEquals(direct, v, 1e-9 * Math.max(1, direct) + 3e-10);
    }

    @Test
    void aSumTheEngineDoesNotKnow_isAnEvaluationError() {
        Expr e = engine.prepare(read("Sum(k^(-2)*Sin(k*x), {k, 1, Infinity})"));
        assertThrows(EvaluationException.class, () -> engine.evaluate(e, Map.of("x", 1.0)));
    }
}
