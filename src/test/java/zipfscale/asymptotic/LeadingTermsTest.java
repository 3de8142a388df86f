package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/** The leading-term calculus on expressions whose leading terms are known in closed form. */
class LeadingTermsTest {
    private static final Expr X = Expr.sym("x");
    private static final Expr ALPHA = Expr.sym("alpha");
    private final List<ProofStep> chain = new ArrayList<>();
    private final SignOracle oracle = new SignOracle((m, e, a) -> Symja.shared().apply(m, e, a, Duration.ofSeconds(10)),
            List.of(new Comparison(ALPHA, RelOp.GT, Expr.num(1))));
    private final LeadingTerms calc = new LeadingTerms("x", oracle, new ZipfSumLemmas(Map.of(), "x"), chain);

    // (x + 1)^(1 - alpha) Log(x^3) = x^(1-alpha) (1 + 1/x)^(1-alpha) * 3 log x: C = 3, e = 1 - alpha, m = 1.
    @Test
    void powerTimesLog() {
        LeadingTerm t = calc.of(Expr.mul(Expr.pow(Expr.add(X, Expr.num(1)), Expr.sub(Expr.num(1), ALPHA)),
                Expr.call("Log", Expr.pow(X, Expr.num(3)))));
        assertEquals(1, t.logPower());
        assertTrue(oracle.isZero(Expr.sub(t.exponent(), Expr.sub(Expr.num(1), ALPHA))), t.exponent().toString());
        assertTrue(oracle.isZero(Expr.sub(t.coefficient().toExpr(), Expr.num(3))), t.coefficient().toString());
    }

    // x^(alpha-1) + x^(-1): alpha - 1 > 0 > -1, so the first term leads, decided by interval arithmetic
    // over alpha in (1, inf); the chain records it.
    @Test
    void sumKeepsTheLargerExponent_decidedFromTheAssumptions() {
        LeadingTerm t = calc.of(Expr.add(Expr.pow(X, Expr.sub(ALPHA, Expr.num(1))), Expr.pow(X, Expr.num(-1))));
        assertTrue(oracle.isZero(Expr.sub(t.exponent(), Expr.sub(ALPHA, Expr.num(1)))));
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).contains("interval arithmetic")), chain.toString());
    }

    // x^(2 - alpha) + x^(1/2): which term leads depends on alpha (alpha < 3/2 or not): the calculus gives up.
    @Test
    void exponentsOfUndecidedOrder_makeTheCalculusGiveUp() {
        assertThrows(AsymptoticFailure.class, () -> calc.of(Expr.add(Expr.pow(X, Expr.sub(Expr.num(2), ALPHA)),
                Expr.pow(X, Expr.frac(1, 2)))));
    }

    // Exp(-x^(alpha - 1)) is exponentially small; Exp(1/x) tends to 1.
    @Test
    void expRules() {
        assertTrue(calc.of(Expr.call("Exp", Expr.neg(Expr.pow(X, Expr.sub(ALPHA, Expr.num(1)))))).exponentiallySmall());
        LeadingTerm one = calc.of(Expr.call("Exp", Expr.pow(X, Expr.num(-1))));
        assertEquals(Expr.num(0), one.exponent());
        assertEquals(Expr.num(1), one.coefficient().toExpr());
    }

    // 2*x - 2*x + 1: the two exact monomials cancel identically, so the sum is exactly 1.
    @Test
    void exactMonomialsCancel_leavingTheNextOrder() {
        LeadingTerm t = calc.of(Expr.add(Expr.mul(Expr.num(2), X), Expr.mul(Expr.num(-2), X), Expr.num(1)));
        assertEquals(Expr.num(0), t.exponent());
        assertTrue(oracle.isZero(Expr.sub(t.coefficient().toExpr(), Expr.num(1))), t.coefficient().toString());
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).contains("cancel identically")), chain.toString());
    }

    // (x + 1)^2 - x^2 = 2x + 1, but (x + 1)^2 is known only by its leading term x^2: the calculus must not
    // cancel it against x^2 (what is left of it is unknown), so it gives up.
    @Test
    void cancellationOfALeadingTermOnly_makesTheCalculusGiveUp() {
        assertThrows(AsymptoticFailure.class, () -> calc.of(Expr.sub(Expr.pow(Expr.add(X, Expr.num(1)), Expr.num(2)),
                Expr.pow(X, Expr.num(2)))));
    }

    // sum_{k>x} k^-alpha - x^(1-alpha)/(alpha-1) + x^-alpha/2 = alpha/12 x^(-alpha-1) + O(x^(-alpha-3)) (Euler-Maclaurin
    // with B_2/2! = 1/12; closed form of the first Bernoulli term).
    @Test
    void zipfTailMinusTwoTerms_isTheFirstBernoulliTerm() {
        Expr tail = new zipfscale.expr.Sum(Expr.pow(Expr.sym("k"), Expr.neg(ALPHA)), "k", Expr.add(X, Expr.num(1)),
                zipfscale.expr.Constant.INFINITY);
        Expr e = Expr.add(tail, Expr.neg(Expr.div(Expr.pow(X, Expr.sub(Expr.num(1), ALPHA)), Expr.sub(ALPHA, Expr.num(1)))),
                Expr.div(Expr.pow(X, Expr.neg(ALPHA)), Expr.num(2)));
        LeadingTerm t = calc.of(e);
        assertTrue(oracle.isZero(Expr.sub(t.exponent(), Expr.sub(Expr.neg(ALPHA), Expr.num(1)))), t.exponent().toString());
        assertTrue(oracle.isZero(Expr.sub(t.coefficient().toExpr(), Expr.div(ALPHA, Expr.num(12)))), t.coefficient().toString());
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).contains("zipf_tail_euler_maclaurin")), chain.toString());
    }

    // sum_{k>=x} k^-alpha Log(k)^2 ~ x^(1-alpha) Log(x)^2/(alpha-1): the slowly varying factor keeps the exponent.
    @Test
    void zipfTailWithLogSquared_keepsTheExponentAndGainsTheLogPower() {
        Expr k = Expr.sym("k");
        Expr tail = new zipfscale.expr.Sum(Expr.mul(Expr.pow(k, Expr.neg(ALPHA)), Expr.pow(Expr.call("Log", k), Expr.num(2))),
                "k", X, zipfscale.expr.Constant.INFINITY);
        LeadingTerm t = calc.of(tail);
        assertEquals(2, t.logPower());
        assertTrue(oracle.isZero(Expr.sub(t.exponent(), Expr.sub(Expr.num(1), ALPHA))), t.exponent().toString());
        assertTrue(oracle.isZero(Expr.sub(t.coefficient().toExpr(), Expr.pow(Expr.sub(ALPHA, Expr.num(1)), Expr.num(-1)))),
                t.coefficient().toString());
    }
}
