package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.DoubleEvaluator;

/**
 * The convexity-in-log-N certificate: what it certifies is convex (second differences in s = log N are
 * non-negative at sampled points, an independent check), and what it refuses includes terms that are
 * indeed not convex (a negative second difference exhibited).
 */
class LogConvexityTest {
    private static final Expr N = Expr.sym("N");
    private static final Expr C = Expr.sym("C");
    private static final Expr I = Expr.sym("I");
    private static final Expr BE = Expr.sym("b");
    private final SignOracle oracle = new SignOracle((m, e, as) -> Symja.shared().apply(m, e, as, Duration.ofSeconds(10)),
            List.of(new Comparison(BE, RelOp.GT, Expr.num(0)), new Comparison(I, RelOp.GT, Expr.num(0))));
    private final LogConvexity lc = new LogConvexity("N", "C", oracle, new ZipfSumLemmas(Map.of(), "C"));

    private static Expr data(Expr sign) {
        return Expr.pow(Expr.add(Expr.div(C, Expr.mul(Expr.num(6), N)), Expr.mul(sign, Expr.div(I, Expr.num(3)))),
                Expr.neg(BE));
    }

    /** The smallest second difference of e in s = log N over s in [0, 30] (b = 2, I = 3, C = 1e12), where defined. */
    private static double smallestSecondDifference(Expr e) {
        double h = 1e-2;
        double least = Double.POSITIVE_INFINITY;
        for (double s = 0; s <= 30; s += 0.25) {
            Map<String, Double> p = new HashMap<>(Map.of("b", 2.0, "I", 3.0, "C", 1e12));
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                p.put("N", Math.exp(s + (i - 1) * h));
                v[i] = DoubleEvaluator.evaluate(e, p);
            }
            if (Double.isFinite(v[0] + v[1] + v[2])) {
                least = Math.min(least, (v[0] - 2 * v[1] + v[2]) / (h * h));
            }
        }
        return least;
    }

    // (C/(6N) - I/3)^(-b): the base is log-concave where positive, its negative power log-convex. The second
    // differences are sampled inside the domain N < C/(2I) only (with b = 2 the term is real outside it too, and
    // not convex across the pole).
    @Test
    void inferenceDataTerm_isCertifiedAndConvexOnItsDomain() {
        Expr e = data(Expr.num(-1));
        assertTrue(StepText.of(lc.certify(e)).contains("log-convex"));
        double least = Double.POSITIVE_INFINITY;
        for (double s = 0; s <= Math.log(1e12 / 6.0) - 1; s += 0.25) {
            double h = 1e-2;
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                v[i] = DoubleEvaluator.evaluate(e, Map.of("b", 2.0, "I", 3.0, "C", 1e12, "N", Math.exp(s + (i - 1) * h)));
            }
            least = Math.min(least, (v[0] - 2 * v[1] + v[2]) / (h * h));
        }
        assertTrue(least >= 0, "second difference " + least);
    }

    // (C/(6N) + I/3)^(-b) is log-concave (a negative power of a log-convex sum) and indeed not convex: its second
    // difference in log N is negative for large N. The certificate refuses it.
    @Test
    void plusDemandTerm_isRefusedAndIndeedNotConvex() {
        Expr e = data(Expr.num(1));
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class, () -> lc.certify(e));
        assertTrue(f.getMessage().contains("log-concave"), f.getMessage());
        assertTrue(smallestSecondDifference(e) < 0);
    }

    // -N^(-1) is concave in log N (minus a log-convex function): refused; c Log(N) is affine: certified.
    @Test
    void signsAndLogs() {
        assertThrows(AsymptoticFailure.class, () -> lc.certify(Expr.neg(Expr.pow(N, Expr.num(-1)))));
        assertTrue(smallestSecondDifference(Expr.neg(Expr.pow(N, Expr.num(-1)))) < 0);
        assertTrue(StepText.of(lc.certify(Expr.add(Expr.pow(N, Expr.num(-1)), Expr.mul(Expr.num(-3), Expr.call("Log", N))))).contains("affine"));
    }

    // (C - 2 N I)/(6N) as a base: the sum is the one positive factor of a positive product, log-concave there.
    @Test
    void lifetimeInferenceDataTerm_isCertified() {
        Expr data = Expr.div(Expr.sub(C, Expr.mul(Expr.num(2), N, I)), Expr.mul(Expr.num(6), N));
        assertTrue(StepText.of(lc.certify(Expr.pow(data, Expr.neg(BE)))).contains("log-convex"));
        // the same sum as a bare factor is not known to be positive: no rule
        assertThrows(AsymptoticFailure.class, () -> lc.certify(Expr.mul(Expr.sub(C, Expr.mul(Expr.num(2), N, I)),
                Expr.pow(N, Expr.num(-1)))));
        assertEquals(true, lc.positive(Expr.add(N, Expr.pow(N, Expr.num(-1)))));
    }
}
