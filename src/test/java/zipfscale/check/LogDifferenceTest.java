package zipfscale.check;

import zipfscale.asymptotic.StepText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.Bounds;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.IntervalEvaluator;

/** The log_ratio lemma: its rewriting equals log(rhs) - log(lhs), and it never helps prove a false claim. */
class LogDifferenceTest {

    private static Expr read(String s) {
        return ExpressionReader.read(s, "t", 1, 1);
    }

    private static List<Comparison> box(String... lines) {
        return java.util.Arrays.stream(lines).map(l -> {
            String[] p = l.split(" ");
            return new Comparison(Expr.sym(p[0]), p[1].equals(">=") ? RelOp.GE : RelOp.LE, read(p[2]));
        }).toList();
    }

    private static final List<Comparison> INFERENCE = box("alpha >= 1/10", "alpha <= 1", "A >= 1", "A <= 1000",
            "D >= 1", "D <= 1000", "I >= 0", "I <= 100");

    private static final String N_INF = "(alpha*A*D^(1/2)/(B*(1 + I/(3*D))))^(1/alpha)";
    private static final String N_CH = "(alpha*A*D^(1/2)/B)^(1/alpha)";

    private static List<Comparison> inferenceBox() {
        List<Comparison> c = new java.util.ArrayList<>(INFERENCE);
        c.addAll(box("B >= 1", "B <= 1000"));
        return c;
    }

    // The rewritten difference is log(rhs) - log(lhs) by definition: compare it with the logs of the two
    // sides evaluated in double at 200 random points of the box (both sides are O(1e6), their logs O(10);
    // rounding of the two evaluations is below 1e-12 relative, so 1e-9 absolute is generous).
    @Test
    void rewriting_equalsTheDifferenceOfLogs() {
        List<Comparison> cons = inferenceBox();
        Expr rhs = read(N_CH);
        Expr lhs = read(N_INF);
        LogDifference.Rewritten r = LogDifference.of(rhs, lhs, new IntervalEvaluator(Bounds.of(cons).boxes()), false);
        assertNotNull(r);
        // common atoms cancel: only the inference factor is left
        assertFalse(r.difference().toString().contains("Log(A)"), r.difference().toString());
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            Map<String, Double> p = Map.of("alpha", 0.1 + 0.9 * rnd.nextDouble(), "A", 1 + 999 * rnd.nextDouble(),
                    "B", 1 + 999 * rnd.nextDouble(), "D", 1 + 999 * rnd.nextDouble(), "I", 100 * rnd.nextDouble());
            double expected = Math.log(DoubleEvaluator.evaluate(rhs, p)) - Math.log(DoubleEvaluator.evaluate(lhs, p));
            assertEquals(expected, DoubleEvaluator.evaluate(r.difference(), p), 1e-9, p.toString());
        }
    }

    // A side that can be negative or zero has no logarithm: no rewriting (x - 1 on x in [0, 2]).
    @Test
    void nonPositiveFactor_isNotRewritten() {
        List<Comparison> cons = box("x >= 0", "x <= 2");
        assertNull(LogDifference.of(read("(x - 1)^2*Exp(x)"), read("(x - 1)*Exp(x)"),
                new IntervalEvaluator(Bounds.of(cons).boxes()), false));
    }

    // Inference never makes the optimal model larger (Sardana et al. 2024): N_I <= N_Ch is proved through
    // the log form; the reverse, false for every I > 0, is not.
    @Test
    void trueInequality_isProvedAndItsReverseIsNot() {
        List<Comparison> cons = inferenceBox();
        SymbolicWitness w = new SymbolicWitness(AsymptoticCheckerTest.REAL);
        SymbolicWitness.Outcome ok = w.sign(Expr.sub(read(N_CH), read(N_INF)), cons, Bounds.of(cons), false);
        assertTrue(ok.success(), ok.summary());
        assertTrue(StepText.of(ok.steps().get(0)).startsWith("lemma log_ratio"), ok.steps().toString());
        SymbolicWitness.Outcome wrong = new SymbolicWitness(AsymptoticCheckerTest.REAL)
                .sign(Expr.sub(read(N_INF), read(N_CH)), cons, Bounds.of(cons), false);
        assertFalse(wrong.success(), wrong.summary());
    }

    // Lemma 5.1 of the seed paper termwise: t (1 - t)^D >= t Exp(-D (t + t^2)) on t in [0, 1/2] (the common
    // factor t >= 0 cancels, then D (log(1 - t) + t + t^2) >= 0). With t up to 0.9 it is false
    // (log(0.1) + 0.9 + 0.81 = -0.59 < 0): not proved.
    @Test
    void lemma51Termwise_isProvedOnlyOnItsRange() {
        Expr diff = Expr.sub(read("t*(1 - t)^D"), read("t*Exp(-D*(t + t^2))"));
        List<Comparison> half = box("t >= 0", "t <= 1/2", "D >= 1", "D <= 1000");
        SymbolicWitness.Outcome ok = new SymbolicWitness(AsymptoticCheckerTest.REAL).sign(diff, half,
                Bounds.of(half), false);
        assertTrue(ok.success(), ok.summary());
        List<Comparison> wide = box("t >= 0", "t <= 9/10", "D >= 1", "D <= 1000");
        assertFalse(new SymbolicWitness(AsymptoticCheckerTest.REAL).sign(diff, wide, Bounds.of(wide), false)
                .success());
    }

    // Strict claims need a strictly positive common factor: t (1 + t) > t on t in [0, 1] fails at t = 0.
    @Test
    void strictClaim_keepsAZeroCommonFactor() {
        List<Comparison> cons = box("t >= 0", "t <= 1");
        SymbolicWitness.Outcome o = new SymbolicWitness(AsymptoticCheckerTest.REAL)
                .sign(Expr.sub(read("t*(1 + t)"), read("t")), cons, Bounds.of(cons), true);
        assertFalse(o.success(), o.summary());
    }

    // a - 4294967297 b on a in [2, 3], b in [1, 2] is negative everywhere. Its second term is a product with
    // -4294967297, whose int value is -1: the difference must not be read as a - b (log a - log b >= 0 there).
    @Test
    void aLargeNegativeCoefficient_isNotReadAsMinusOne() {
        List<Comparison> cons = box("a >= 2", "a <= 3", "b >= 1", "b <= 2");
        Expr d = Expr.add(Expr.sym("a"), Expr.mul(new zipfscale.expr.Rational(java.math.BigInteger.valueOf(-4294967297L),
                java.math.BigInteger.ONE), Expr.sym("b")));
        SymbolicWitness.Outcome o = new SymbolicWitness(AsymptoticCheckerTest.REAL).sign(d, cons, Bounds.of(cons), false);
        assertFalse(o.success(), o.summary());
    }
}
