package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Expr;
import zipfscale.gen.ExprGen;

/**
 * Ball arithmetic is sound: for random expressions and points, the ball at p digits (p = 20, 40) contains
 * the value computed independently at 300 digits by {@link PreciseEvaluator}; and its radius is not
 * vacuous (most balls are tight to within 10^-(p-10) of the value), so the property says something.
 */
class BallEvaluatorProperties {
    private static Apfloat reference(Expr e, Map<String, BigDecimal> point) {
        return PreciseEvaluator.evaluate(e, point, 300);
    }

    @Test
    void theBallContainsTheValueAt300Digits() {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger tight = new AtomicInteger();
        List<String> names = ExprGen.POSITIVE_SYMBOLS;
        qt().withFixedSeed(1818L).withExamples(700)
                .forAll(ExprGen.evaluable(3), lists().of(doubles().between(-12, 12)).ofSize(names.size()),
                        integers().between(0, 1))
                .checkAssert((e, logs, precision) -> {
                    Map<String, BigDecimal> point = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        point.put(names.get(i), new BigDecimal(Math.exp(logs.get(i))));
                    }
                    int digits = precision == 0 ? 20 : 40;
                    Ball b;
                    Apfloat v;
                    try {
                        b = BallEvaluator.enclose(e, point, digits);
                        v = reference(e, point);
                    } catch (BallEvaluator.Unsupported | EvaluationException | ArithmeticException
                            | org.apfloat.ApfloatRuntimeException ex) {
                        return;
                    }
                    checked.incrementAndGet();
                    // the 300-digit reference's own error, 1e-290 of it, is negligible against any radius here
                    Apfloat distance = ApfloatMath.abs(v.precision(300).subtract(b.mid().precision(300)));
                    Apfloat slack = ApfloatMath.abs(v).precision(20).multiply(new Apfloat("1e-290", 20));
                    assertTrue(distance.compareTo(b.rad().add(slack)) <= 0,
                            e + " at " + point + ": ball " + b.mid() + " +- " + b.rad() + " misses " + v.precision(50));
                    if (b.rad().compareTo(ApfloatMath.abs(v).precision(20).multiply(
                            ApfloatMath.pow(new Apfloat(10, 20), -(digits - 10)))) <= 0) {
                        tight.incrementAndGet();
                    }
                });
        assertTrue(checked.get() > 150, "enough enclosed cases: " + checked);
        assertTrue(tight.get() > checked.get() / 2, "most balls tight: " + tight + " of " + checked);
    }

    @Test
    void aTermAbsorbedByTheMidpointIsStillInsideTheBall() {
        // 1 - p, p = 1e-323: the 40-digit midpoint is 1, and the radius (1e-37) covers the lost p
        Expr e = ExpressionReader.read("Log(1 - p)", "t", 1, 1);
        Map<String, BigDecimal> at = Map.of("p", new BigDecimal("1e-323"));
        Ball b = BallEvaluator.enclose(e, at, 40);
        assertEquals(0, b.mid().signum(), "the midpoint lost p");
        assertTrue(b.rad().compareTo(new Apfloat("1e-323")) > 0, "the radius covers it: " + b.rad());
        Ball keeping = BallEvaluator.enclose(e, at, 340);
        assertTrue(keeping.mid().signum() < 0 && ApfloatMath.abs(keeping.mid()).compareTo(keeping.rad()) > 0,
                "at 340 digits the ball excludes 0: log(1 - p) < 0 is proved there");
    }

    @Test
    void cancellationWidensTheBall_andSingularitiesAreRefused() {
        // Exp(x) + 10^-30 - Exp(x) = 10^-30 (DLMF 4.2.19 is not needed: the terms cancel exactly)
        Expr e = ExpressionReader.read("Exp(x) + 10^(-30) - Exp(x)", "t", 1, 1);
        Ball b = BallEvaluator.enclose(e, Map.of("x", new BigDecimal("3.25")), 40);
        assertTrue(ApfloatMath.abs(b.mid().subtract(new Apfloat("1e-30", 50))).compareTo(b.rad()) <= 0);
        assertTrue(b.rad().compareTo(new Apfloat("1e-33")) < 0, "the radius is from the rounding of 25.8: " + b.rad());
        assertThrows(EvaluationException.class, () -> BallEvaluator.enclose(ExpressionReader.read("Log(x - 1)", "t", 1, 1),
                Map.of("x", BigDecimal.ONE), 40));
        assertThrows(BallEvaluator.Unsupported.class, () -> BallEvaluator.enclose(ExpressionReader.read("Gamma(x)", "t", 1, 1),
                Map.of("x", BigDecimal.ONE), 40));
    }

    @Test
    void nearOneTheBallStillContainsTheValue() {
        // bases and logarithms next to 1, where Apfloat drops the precision of a result (1 - q, log(1 - q)) and a
        // function evaluated at that lowered precision went wrong by 1e-17 ((1 - q)^D at q = 5e-36, D = 1)
        List<Expr> forms = List.of("(1 - q)^D", "Log(1 - q)", "Exp(-D*(q + q^2)) - (1 - q)^D", "(1 + q)^(1/q)",
                "Exp(D*Log(1 + q)) - 1", "Sqrt(1 + q) - 1", "Sin(q)/q - 1").stream()
                .map(t -> ExpressionReader.read(t, "t", 1, 1)).toList();
        AtomicInteger checked = new AtomicInteger();
        qt().withFixedSeed(5036L).withExamples(300)
                .forAll(integers().between(0, forms.size() - 1), integers().between(1, 120), doubles().between(1, 9.9),
                        doubles().between(0.5, 40))
                .checkAssert((which, k, u, d) -> {
                    Expr e = forms.get(which);
                    Map<String, BigDecimal> point = Map.of("q", new BigDecimal(u).round(new java.math.MathContext(3))
                            .scaleByPowerOfTen(-k), "D", new BigDecimal(d).round(new java.math.MathContext(4)));
                    Ball b;
                    try {
                        b = BallEvaluator.enclose(e, point, 40);
                    } catch (EvaluationException ex) {
                        return;   // a radius beyond the exponent range ((1 + q)^(1/q) at q = 1e-100): no ball
                    }
                    Apfloat v = reference(e, point);
                    checked.incrementAndGet();
                    Apfloat distance = ApfloatMath.abs(v.precision(300).subtract(b.mid().precision(300)));
                    Apfloat slack = ApfloatMath.abs(v).precision(20).multiply(new Apfloat("1e-250", 20));
                    assertTrue(distance.compareTo(b.rad().add(slack)) <= 0,
                            e + " at " + point + ": ball " + b.mid() + " +- " + b.rad() + " misses " + v.precision(60));
                });
        assertTrue(checked.get() > 200, "enclosed: " + checked);
    }
}
