package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.asymptotic.ZipfSumLemmas;

/**
 * The error bounds of the ratio witness. The Zipf tail minus its integral,
 * {@code sum_{k>M} k^-alpha - M^(1-alpha)/(alpha-1) ~ -M^-alpha/2}, cancels to relative order 1/M: the
 * double stage's bound must contain the 60-digit value (independent: Apfloat Hurwitz zeta), and must say
 * "not conclusive" where double precision has no digit left, while 60 digits resolve it.
 */
class BoundedEvaluationTest {
    private static final Expr M = Expr.sym("M");
    private static final Expr ALPHA = Expr.sym("alpha");

    private final BoundedEvaluation values = new BoundedEvaluation(
            new ZipfSumValues(new ZipfSumLemmas(Map.of(), "M"), AsymptoticCheckerTest.REAL.numeric()),
            AsymptoticCheckerTest.REAL.numeric(), "M");

    private static Expr tailMinusIntegral() {
        Expr tail = new Sum(Expr.pow(Expr.sym("k"), Expr.neg(ALPHA)), "k", Expr.add(M, Expr.num(1)), Constant.INFINITY);
        return Expr.sub(tail, Expr.div(Expr.pow(M, Expr.sub(Expr.num(1), ALPHA)), Expr.sub(ALPHA, Expr.num(1))));
    }

    private Bounded at(double m, int digits) {
        Map<String, Double> p = new HashMap<>();
        p.put("alpha", 2.3);
        p.put("M", m);
        return values.evaluate(tailMinusIntegral(), p, digits);
    }

    @Test
    void doubleBound_containsThe60DigitValue() {
        for (double m : new double[] {1e3, 1e5, 1e7, 1e9}) {
            Bounded d = at(m, 0);
            Bounded p = at(m, 60);
            assertTrue(ApfloatMath.abs(d.value().subtract(p.value())).compareTo(d.error().add(p.error())) <= 0,
                    "M = " + m + ": " + d + " vs " + p);
        }
    }

    // -M^-alpha/2 is 1/M of the tail: at M = 1e12 double precision keeps no digit of it (the bound says so),
    // 60 digits keep about 40; at M = 1e3 double is conclusive already.
    @Test
    void cancellation_isInconclusiveInDouble_andResolvedIn60Digits() {
        assertTrue(at(1e3, 0).relativeError() <= RatioWitness.CONCLUSIVE);
        assertTrue(at(1e12, 0).relativeError() > RatioWitness.CONCLUSIVE, at(1e12, 0).toString());
        Bounded p = at(1e12, 60);
        assertTrue(p.relativeError() < 1e-20, p.toString());
        double ratio = p.value().doubleValue() / (-0.5 * Math.pow(1e12, -2.3));
        // the next term is (alpha/6) / M relative: 4e-13 at M = 1e12
        assertEquals(1, ratio, 1e-11);
    }

    // r = L + A/t + B/t^2 in t = log x is extrapolated exactly; a wrong limit is kept
    @Test
    void richardson_isExactForInverseLogCorrections() {
        List<Double> xs = new ArrayList<>();
        List<Double> ok = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        for (int e = 3; e <= 15; e++) {
            double x = Math.pow(10, e);
            double t = Math.log(x);
            xs.add(x);
            ok.add(1 + 2 / t - 3 / (t * t));
            off.add(1.5 + 1 / t);
        }
        assertEquals(1, RatioWitness.richardson(xs, ok, 12), 1e-9);
        assertEquals(1.5, RatioWitness.richardson(xs, off, 12), 1e-9);
    }

    // (1 + 1/x)^x at x = 1e15 in double: 1 + 1e-15 is stored as 1 + 1.11e-15, and the power comes out
    // 12% high (e^1.11 against e). The double stage's bound must contain the 60-digit value
    // (e (1 - 1/(2x) + ...), independent of the double path), or say the point is not evaluable in double.
    @Test
    void powerOfARoundedBase_hasTheRoundingInItsBound() {
        Expr x = Expr.sym("x");
        Expr f = Expr.pow(Expr.add(Expr.num(1), Expr.pow(x, Expr.num(-1))), x);
        BoundedEvaluation v = new BoundedEvaluation(
                new ZipfSumValues(new ZipfSumLemmas(Map.of(), "x"), AsymptoticCheckerTest.REAL.numeric()),
                AsymptoticCheckerTest.REAL.numeric(), "x");
        Bounded p = v.evaluate(f, Map.of("x", 1e15), 60);
        try {
            Bounded d = v.evaluate(f, Map.of("x", 1e15), 0);
            assertTrue(ApfloatMath.abs(d.value().subtract(p.value())).compareTo(d.error().add(p.error())) <= 0,
                    d + " vs " + p);
        } catch (zipfscale.numerics.EvaluationException notEvaluable) {
            // the honest alternative: too rough in double
        }
    }
}
