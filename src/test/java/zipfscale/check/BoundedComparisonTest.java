package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/**
 * Issue 18, the error-bounded comparison of one point. Every expected difference is a closed form: the
 * claims are built so that lhs - rhs is a known constant (1e-30, 1 at the scale 1e80, 0), and the
 * decisions must follow from it, not from a tolerance.
 */
class BoundedComparisonTest {
    private static final NumericBackend REAL = NumericBackend.engine();
    private static final Expr X = Expr.sym("x");
    private static final Map<String, BigDecimal> AT_3 = Map.of("x", new BigDecimal("3.25"));

    private static Expr tenTo(int e) {
        return Expr.pow(Expr.num(10), Expr.num(e));
    }

    @Test
    void aDifferenceOf1e30IsResolvedAt40DigitsWithAnErrorBoundBelowIt() {
        // Exp(x) + 10^-30 - Exp(x) = 10^-30 exactly; Exp(3.25) = 25.79, so 40 digits leave 1e-38 of rounding
        Expr lhs = Expr.add(Expr.call("Exp", X), tenTo(-30));
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, Expr.call("Exp", X), AT_3,
                Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.VIOLATED, r.kind());
        assertTrue(r.digits() >= 40);
        assertTrue(r.bound().compareTo(new Apfloat("1e-33")) < 0, "bound " + r.bound());
        assertTrue(r.margin().subtract(new Apfloat("1e-30")).doubleValue() < 1e-35, "difference " + r.margin());
    }

    @Test
    void aTrueTranscendentalIdentityAgreesWithinTheWorkingPrecision() {
        // Sin^2 + Cos^2 = 1 (exact identity): its 40-digit difference is rounding, below 10^-37 relative
        Expr lhs = Expr.add(Expr.pow(Expr.call("Sin", X), Expr.num(2)), Expr.pow(Expr.call("Cos", X), Expr.num(2)));
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, Expr.num(1), AT_3, Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.AGREES, r.kind());
        assertTrue(r.relativeBound() <= 1e-36, "bound " + r.relativeBound());
    }

    @Test
    void anIntegerIdentityOffByOneAt1e40IsDecidedExactly() {
        // (10^40 + 1)^2 - (10^80 + 2 10^40) = 1 by the binomial expansion; 40 digits cannot see it (1e-80 relative)
        Expr lhs = Expr.pow(Expr.add(tenTo(40), Expr.num(1)), Expr.num(2));
        Expr rhs = Expr.add(tenTo(80), Expr.mul(Expr.num(2), tenTo(40)));
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, rhs, Map.of(), Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.VIOLATED, r.kind());
        assertEquals(0, r.digits(), "decided in exact arithmetic");
        assertEquals(1, r.margin().intValue());
    }

    @Test
    void aStrictInequalityWithEqualityAtARationalPointIsViolatedExactly() {
        // x^2 - 2x + 1 > 0 fails at x = 1 where both sides are exactly 0
        Expr lhs = Expr.add(Expr.pow(X, Expr.num(2)), Expr.mul(Expr.num(-2), X), Expr.num(1));
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, Expr.num(0),
                Map.of("x", BigDecimal.ONE), new Relation(-1, true), true);
        assertEquals(BoundedComparison.Kind.VIOLATED, r.kind());
        BoundedComparison.Result nonStrict = new BoundedComparison(REAL, 40).compare(lhs, Expr.num(0),
                Map.of("x", BigDecimal.ONE), new Relation(-1, false), true);
        assertEquals(BoundedComparison.Kind.AGREES, nonStrict.kind());
    }

    @Test
    void aDifferenceHiddenByCancellationBelowEveryPrecisionIsUnresolvedNeverRefuted() {
        // 2 Zeta(1001) - 2 = 2^-1000 + 2*3^-1001 + ... (DLMF 25.2.1): at 160 digits the left side is still 0,
        // so the claim "2 Zeta(1001) - 2 == 2^-1000" (false by 3^-1001 ~ 1e-478) can neither pass nor fail there
        Expr lhs = Expr.add(Expr.mul(Expr.num(2), Expr.call("Zeta", Expr.num(1001))), Expr.num(-2));
        Expr rhs = Expr.pow(Expr.num(2), Expr.num(-1000));
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, rhs, Map.of(), Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.UNRESOLVED, r.kind());
    }

    @Test
    void anEvaluatorWhoseDigitsMoveWithThePrecisionDoesNotRefute() {
        // a backend whose Exp is wrong by 10^-(digits - 2) relative: the 40-digit "violation" moves at 60
        // digits, so the a-posteriori bound covers it and the point is not a counterexample
        NumericBackend noisy = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return REAL.evaluateDouble(e, point);
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                Apfloat v = REAL.evaluatePrecise(e, point, digits);
                return e.equals(Expr.call("Exp", X)) ? v.multiply(new Apfloat(1, digits + 5).add(
                        new Apfloat(BigDecimal.ONE.scaleByPowerOfTen(-(digits - 2)), digits + 5))) : v;
            }
        };
        Expr rhs = Expr.mul(Expr.call("Exp", Expr.mul(X, Expr.frac(1, 2))), Expr.call("Exp", Expr.mul(X, Expr.frac(1, 2))));
        BoundedComparison.Result r = new BoundedComparison(noisy, 40).compare(Expr.call("Exp", X), rhs, AT_3,
                Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.AGREES, r.kind(), "margin " + r.margin() + ", bound " + r.bound());
    }

    @Test
    void exactValuesReachRationalArithmeticAndNothingElse() {
        // (1/3 + 1/7) = 10/21 by hand; Pi and a real power have no exact rational value here
        assertEquals(new BigFraction(10, 21), ExactValue.of(Expr.add(Expr.frac(1, 3), Expr.frac(1, 7)), Map.of()));
        assertNull(ExactValue.of(zipfscale.expr.Constant.PI, Map.of()));
        assertNull(ExactValue.of(Expr.pow(X, Expr.frac(1, 3)), AT_3));
        assertEquals(new BigFraction(BigInteger.valueOf(169), BigInteger.valueOf(16)),
                ExactValue.of(Expr.pow(X, Expr.num(2)), AT_3));
        // 2^(10^6) would have a million bits: beyond the cap, no value rather than a long computation
        assertNull(ExactValue.of(Expr.pow(Expr.num(2), tenTo(6)), Map.of()));
        assertNotNull(ExactValue.of(Expr.call("Log", Expr.num(1)), Map.of()));
    }

    @Test
    void aTermAbsorbedAtEveryPrecisionOfTheLadderIsKeptBeforeAViolationIsDeclared() {
        // -(1 - p)^k log(1 - p) > 0 for 0 < p < 1 (log(1 - p) < 0); at p = 4.94e-324 (the smallest double) and
        // k = 1 the value is p + O(p^2) > 0, but 1 - p is 1 at 40, 60, 100 and 160 digits, so every rung of the
        // ladder sees 0 > 0 (found: derivations/classic/test-time.zs, pass_increasing, REFUTED by this point)
        Expr p = Expr.sym("p");
        Expr oneMinusP = Expr.add(Expr.num(1), Expr.mul(Expr.num(-1), p));
        Expr lhs = Expr.mul(Expr.num(-1), Expr.pow(oneMinusP, Expr.sym("k")), Expr.call("Log", oneMinusP));
        Map<String, BigDecimal> at = Map.of("p", new BigDecimal("4.9406564584124654E-324"), "k", BigDecimal.ONE);
        BoundedComparison.Result r = new BoundedComparison(REAL, 40).compare(lhs, Expr.num(0), at,
                new Relation(-1, true), true);
        assertEquals(BoundedComparison.Kind.AGREES, r.kind(), "margin " + r.margin());
        assertTrue(r.digits() > 324, "decided where 1 - p keeps p: " + r.digits() + " digits");
        // the false reverse, log(1 - p) * (1 - p)^k * (-1) < 0, is violated there, by about p
        BoundedComparison.Result wrong = new BoundedComparison(REAL, 40).compare(lhs, Expr.num(0), at,
                new Relation(1, true), true);
        assertEquals(BoundedComparison.Kind.VIOLATED, wrong.kind());
        assertTrue(wrong.lhs().subtract(new Apfloat("4.9406564584124654E-324")).doubleValue() == 0 && wrong.lhs().signum() > 0,
                "lhs = p(1 + O(p)), below one ulp of the smallest double from p: " + wrong.lhs());
    }

    @Test
    void aViolationEveryPrecisionSharesIsNotARefutationWithoutTheEnclosure() {
        // a backend whose Exp is off by 1e-30 relative at every precision (an error no comparison of two
        // precisions can see), with the real enclosures: the estimate sees exp(x) != exp(x/2)^2 confirmed at 60
        // digits; the enclosure (radius about 1e-37 of 25.8) puts the true margin at 0 +- 1e-36, so no refutation
        NumericBackend shared = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return REAL.evaluateDouble(e, point);
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                Apfloat v = REAL.evaluatePrecise(e, point, digits);
                return e.equals(Expr.call("Exp", X)) ? v.multiply(new Apfloat("1.000000000000000000000000000001", digits + 5)) : v;
            }

            @Override
            public zipfscale.numerics.Ball enclose(Expr e, Map<String, BigDecimal> point, int digits) {
                return REAL.enclose(e, point, digits);
            }
        };
        Expr rhs = Expr.mul(Expr.call("Exp", Expr.mul(X, Expr.frac(1, 2))), Expr.call("Exp", Expr.mul(X, Expr.frac(1, 2))));
        BoundedComparison.Result r = new BoundedComparison(shared, 40).compare(Expr.call("Exp", X), rhs, AT_3,
                Relation.EQUAL, true);
        assertEquals(BoundedComparison.Kind.UNRESOLVED, r.kind(), "margin " + r.margin() + ", bound " + r.bound());
        // the same error without enclosures is (wrongly) a violation: the arbiter is what stops it
        NumericBackend blind = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return shared.evaluateDouble(e, point);
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                return shared.evaluatePrecise(e, point, digits);
            }
        };
        assertEquals(BoundedComparison.Kind.VIOLATED, new BoundedComparison(blind, 40).compare(Expr.call("Exp", X), rhs,
                AT_3, Relation.EQUAL, true).kind());
    }
}
