package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.DoubleEvaluator;

class GammaShiftTest {
    private static final SymbolicBackend SYMJA = SymbolicBackend.symja(Duration.ofSeconds(20));
    private static final List<Comparison> A_POSITIVE = List.of(new Comparison(Expr.sym("a"), RelOp.GT, Expr.num(0)));

    private static Expr read(String s) {
        return ExpressionReader.read(s, "t", 1, 1);
    }

    /**
     * The rewrite keeps the value: original and rewritten expression agree in double precision at a
     * sample point (both are evaluated with the same double Gamma, so only rounding separates them: 1e-12).
     */
    @Test
    void rewriteOverTheLowestArgument_keepsTheValue() {
        Expr e = read("Gamma(a + 3) - 2*Gamma(a + 1) + Gamma(a + 1/2)");
        GammaShift.Shifted s = GammaShift.apply(e, SYMJA, A_POSITIVE);
        assertNotNull(s);
        for (double a : new double[] {0.3, 1.7, 4.2}) {
            double before = DoubleEvaluator.evaluate(e, Map.of("a", a));
            double after = DoubleEvaluator.evaluate(s.expr(), Map.of("a", a));
            assertEquals(before, after, 1e-12 * Math.abs(before), s.steps().toString());
        }
    }

    /** A symbolic shift (a + b against a) is not a whole number: nothing is grouped. */
    @Test
    void symbolicShift_isNotGrouped() {
        assertNull(GammaShift.apply(read("Gamma(a + b) - Gamma(a)*a^b"), SYMJA, A_POSITIVE));
    }

    /** Arguments a half apart are not grouped either. */
    @Test
    void halfIntegerShift_isNotGrouped() {
        assertNull(GammaShift.apply(read("Gamma(a + 1/2) - Gamma(a)"), SYMJA, A_POSITIVE));
    }
}
