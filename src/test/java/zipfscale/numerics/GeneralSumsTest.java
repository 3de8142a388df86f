package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;

/**
 * General sums (finite with a huge upper bound, convergent infinite) in double with an error bound.
 * References: mpmath 1.3 at 50 digits, each command next to its value. Tolerances: the double mode
 * promises 1e-12 relative; the reported bound must also cover the true error.
 */
class GeneralSumsTest {

    private static Estimate sum(String text, Map<String, Double> env) {
        Expr e = ExpressionReader.read(text, "t", 1, 1);
        return GeneralSums.sum((Sum) e, env);
    }

    private static void assertClose(double expected, Estimate got) {
        assertTrue(Math.abs(got.value() - expected) <= 1e-12 * Math.abs(expected),
                () -> got + " vs " + expected);
        assertTrue(Math.abs(got.value() - expected) <= got.error() + 4 * Math.ulp(expected),
                () -> "error bound too small: " + got + " vs " + expected);
        assertTrue(got.relativeError() <= 1e-12, () -> "bound above the double mode's promise: " + got);
    }

    @Test
    void sumOfInverseSquareRootsToTenToTheFifteen() {
        // mpmath: mp.dps=50; zeta(mpf(1)/2) - zeta(mpf(1)/2, mpf(10)**15 + 1)
        double expected = 63245551.743013093641779358841050560537869075658146;
        assertClose(expected, sum("Sum(k^(-1/2), {k, 1, n})", Map.of("n", 1e15)));
    }

    @Test
    void harmonicNumberOfAMillion() {
        // mpmath: digamma(10**6 + 1) + euler
        assertClose(14.392726722865723631381127493188587676644800013744, sum("Sum(1/k, {k, 1, 10^6})", Map.of()));
    }

    @Test
    void logFactorialOfTenToTheTwelve() {
        // mpmath: loggamma(mpf(10)**12 + 1)
        assertClose(26631021115943.282657307066486391592103011062999764, sum("Sum(Log(k), {k, 1, 10^12})", Map.of()));
    }

    @Test
    void oneMinusExpKernelIsSummable() {
        // SummandDecay reads 1 - Exp(-x/k^2) as x/k^2 (1 + o(1)), index -2. Reference: the first K = 10^6 terms added
        // here (Kahan), the tail between sum_{k>K} (y - y^2/2) and sum_{k>K} y with y = x/k^2, i.e. within
        // [x/(K+1) - x^2/K^3, x/K]: a width of 1e-10 at x = 100
        double x = 100;
        int big = 1_000_000;
        double partial = 0;
        double carry = 0;
        for (int k = big; k >= 1; k--) {
            double y = -Math.expm1(-x / ((double) k * k)) - carry;
            double t = partial + y;
            carry = (t - partial) - y;
            partial = t;
        }
        Estimate got = sum("Sum(1 - Exp(-x/k^2), {k, 1, Infinity})", Map.of("x", x));
        assertEquals(partial + x / big, got.value(), 1e-9);
        assertTrue(got.relativeError() <= 1e-12, got::toString);
    }

    @Test
    void convergentSumWithAFrequencyKOverN() {
        // sum_{k>=1} k^2 e^(-k/n) = e^-x (1 + e^-x)/(1 - e^-x)^3 at x = 1/n, n = 1000
        // mpmath: x = mpf(1)/1000; exp(-x)*(1+exp(-x))/(1-exp(-x))**3
        assertClose(1999999999.9999916666673280422933201073232322651093,
                sum("Sum(k^2*Exp(-k/n), {k, 1, Infinity})", Map.of("n", 1000.0)));
    }

    @Test
    void convergentSumWithALogFactor() {
        // sum_{k>=1} log(k) k^(-3/2) = -zeta'(3/2); mpmath: -zeta(mpf(3)/2, derivative=1)
        Estimate got = sum("Sum(Log(k)*k^(-3/2), {k, 1, Infinity})", Map.of());
        assertClose(3.9322397374311015107063885784060152026927435548926, got);
    }

    @Test
    void tailFromAShiftedLowerBound() {
        // zeta(3, 11) = sum_{k >= 11} k^-3 (mpmath: zeta(3, 11)); the Exp(Log) form keeps it off PowerSums
        assertClose(0.0045249174854010337310518745334018638128532933443102,
                sum("Sum(Exp(-3*Log(k)), {k, 11, Infinity})", Map.of()));
    }

    @Test
    void divergentOrUndecidedInfiniteSumsAreRefused() {
        // 1/k: index -1, diverges; 1/(k log^2 k): converges, but index -1 is not decided by the shape rule
        EvaluationException a = assertThrows(EvaluationException.class,
                () -> sum("Sum(1/k, {k, 1, Infinity})", Map.of()));
        assertTrue(a.unsupported() && a.getMessage().contains("not established"), a.getMessage());
        assertThrows(EvaluationException.class, () -> sum("Sum(1/(k*Log(k)^2), {k, 2, Infinity})", Map.of()));
        // k^-a converges only for a > 1: refused at a = 1/2, evaluated at a = 2 (zeta(2) = pi^2/6)
        assertThrows(EvaluationException.class, () -> sum("Sum(Exp(-a*Log(k)), {k, 1, Infinity})", Map.of("a", 0.5)));
        assertClose(Math.PI * Math.PI / 6, sum("Sum(Exp(-a*Log(k)), {k, 1, Infinity})", Map.of("a", 2.0)));
        // exponential growth against exponential decay: not decided
        assertThrows(EvaluationException.class,
                () -> sum("Sum(Exp(k)*Exp(-k^2), {k, 1, Infinity})", Map.of()));
    }

    @Test
    void doubleEvaluatorUsesGeneralSums() {
        double v = DoubleEvaluator.evaluate(ExpressionReader.read("Sum(k^(-1/2), {k, 1, n})", "t", 1, 1),
                Map.of("n", 1e15));
        // mpmath as in sumOfInverseSquareRootsToTenToTheFifteen
        assertEquals(63245551.743013093641779358841050560537869075658146, v, 1e-12 * 6.4e7);
    }

    @Test
    void shortSumsAreAddedExactly() {
        // 1 + 1/4 + ... + 1/100 = H_10^(2) = 1968329/1270080 (exact rational)
        assertClose(1968329.0 / 1270080, sum("Sum(k^(-2), {k, 1, 10})", Map.of()));
    }

    private static void assertPrecise(String expected, String text, Map<String, String> point, int digits) {
        Map<String, org.apfloat.Apfloat> env = new java.util.HashMap<>();
        point.forEach((k, v) -> env.put(k, new org.apfloat.Apfloat(v, digits + 10L)));
        PreciseEstimate got = PreciseGeneralSums.sum((Sum) ExpressionReader.read(text, "t", 1, 1), env, digits);
        org.apfloat.Apfloat exp = new org.apfloat.Apfloat(expected, 60);
        org.apfloat.Apfloat diff = org.apfloat.ApfloatMath.abs(got.value().subtract(exp));
        org.apfloat.Apfloat allowed = org.apfloat.ApfloatMath.abs(exp)
                .multiply(org.apfloat.ApfloatMath.pow(new org.apfloat.Apfloat(10, 60), -digits));
        assertTrue(diff.compareTo(allowed) <= 0, () -> got + " vs " + expected);
        assertTrue(diff.compareTo(got.error()) <= 0, () -> "error bound too small: " + got + " vs " + expected);
        assertTrue(got.error().compareTo(allowed) <= 0, () -> "bound above 10^-digits: " + got);
    }

    @Test
    void preciseSumOfInverseSquareRootsToTenToTheFifteen() {
        // mpmath at 50 digits as in sumOfInverseSquareRootsToTenToTheFifteen; 40 digits asked, 10^-40 relative
        assertPrecise("63245551.743013093641779358841050560537869075658146", "Sum(k^(-1/2), {k, 1, n})",
                Map.of("n", "1000000000000000"), 40);
    }

    @Test
    void preciseConvergentSumWithAFrequencyKOverN() {
        // mpmath: x = mpf(1)/1000; exp(-x)*(1+exp(-x))/(1-exp(-x))**3 (50 digits); 30 digits asked
        assertPrecise("1999999999.9999916666673280422933201073232322651093", "Sum(k^2*Exp(-k/n), {k, 1, Infinity})",
                Map.of("n", "1000"), 30);
    }

    @Test
    void preciseRefusesADivergentSum() {
        Map<String, org.apfloat.Apfloat> env = Map.of("a", new org.apfloat.Apfloat("0.5", 50));
        assertThrows(EvaluationException.class, () -> PreciseGeneralSums.sum(
                (Sum) ExpressionReader.read("Sum(Exp(-a*Log(k)), {k, 1, Infinity})", "t", 1, 1), env, 40));
    }
}
