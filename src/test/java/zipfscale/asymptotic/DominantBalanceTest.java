package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.cas.Symja;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.PreciseEvaluator;

/**
 * Lemma dominant_balance on losses whose minimiser is known in closed form to leading order, and on losses
 * where a step must fail (a log-shifted balance, an undischarged convexity side condition, a term outside
 * the grammar, a loss to be maximised).
 */
class DominantBalanceTest {
    private static final Expr N = Expr.sym("N");
    private static final Expr C = Expr.sym("C");
    private static final Expr A = Expr.sym("A");
    private static final Expr B = Expr.sym("B");
    private static final Expr AL = Expr.sym("a");
    private static final Expr BE = Expr.sym("b");
    private static final Expr I = Expr.sym("I");
    private final List<ProofStep> chain = new ArrayList<>();
    private final SignOracle oracle = new SignOracle((m, e, as) -> Symja.shared().apply(m, e, as, Duration.ofSeconds(10)),
            List.of(new Comparison(AL, RelOp.GT, Expr.frac(1, 10)), new Comparison(AL, RelOp.LT, Expr.num(1)),
                    new Comparison(BE, RelOp.GT, Expr.frac(1, 10)), new Comparison(BE, RelOp.LT, Expr.num(1)),
                    new Comparison(A, RelOp.GT, Expr.num(0)), new Comparison(B, RelOp.GT, Expr.num(0)),
                    new Comparison(I, RelOp.GT, Expr.num(0))));
    private final LeadingTerms calc = new LeadingTerms("C", oracle, new ZipfSumLemmas(Map.of(), "C"), chain);

    private static Expr paramTerm() {
        return Expr.mul(A, Expr.pow(N, Expr.neg(AL)));
    }

    private static Expr dataTerm(Expr data) {
        return Expr.mul(B, Expr.pow(data, Expr.neg(BE)));
    }

    private static Expr chinchillaData() {
        return Expr.div(C, Expr.mul(Expr.num(6), N));
    }

    private static Expr inferenceData() {
        return Expr.sub(chinchillaData(), Expr.div(I, Expr.num(3)));
    }

    private LeadingTerm argmin(Expr f) {
        return DominantBalance.leading(new Call("ArgMin", List.of(f, N)), calc);
    }

    /** The ratio of the found leading term to the expected one at a point, at 30 digits. */
    private static double ratio(LeadingTerm found, Expr expected) {
        Map<String, BigDecimal> p = Map.of("A", new BigDecimal("406.4"), "B", new BigDecimal("410.7"),
                "a", new BigDecimal("0.34"), "b", new BigDecimal("0.28"), "I", new BigDecimal("3"), "C", new BigDecimal("1e20"));
        return PreciseEvaluator.evaluate(Expr.div(found.toExpr("C"), expected), p, 30).doubleValue();
    }

    // Sardana et al. (2024): A N^-a + B (C/(6N) - I/3)^-b. The demand is negligible against C/(6N) at the
    // optimum, so N_opt ~ G (C/6)^(b/(a+b)), G = (a A/(b B))^(1/(a+b)) (Hoffmann et al. 2022, eq. (4)). The
    // leading terms must agree exactly: the ratio at a point is 1 to 1e-25 (30-digit evaluation).
    @Test
    void fixedInferenceDemand_hasChinchillasLeadingTerm() {
        LeadingTerm t = argmin(Expr.add(paramTerm(), dataTerm(inferenceData())));
        assertTrue(oracle.isZero(Expr.sub(t.exponent(), Expr.div(BE, Expr.add(AL, BE)))), t.exponent().toString());
        Expr g = Expr.pow(Expr.div(Expr.mul(AL, A), Expr.mul(BE, B)), Expr.pow(Expr.add(AL, BE), Expr.num(-1)));
        Expr expected = Expr.mul(g, Expr.pow(Expr.div(C, Expr.num(6)), Expr.div(BE, Expr.add(AL, BE))));
        assertEquals(1.0, ratio(t, expected), 1e-25);
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).contains("convex in log N")), chain.toString());
    }

    // The Max form (Props. 10.1): the terms are equal at the minimiser, N ~ (A/B)^(1/(a+b)) (C/6)^(b/(a+b)).
    @Test
    void maxForm_isMinimisedWhereTheTermsAreEqual() {
        LeadingTerm t = argmin(Expr.call("Max", paramTerm(), dataTerm(inferenceData())));
        Expr expected = Expr.mul(Expr.pow(Expr.div(A, B), Expr.pow(Expr.add(AL, BE), Expr.num(-1))),
                Expr.pow(Expr.div(C, Expr.num(6)), Expr.div(BE, Expr.add(AL, BE))));
        assertEquals(1.0, ratio(t, expected), 1e-25);
    }

    // E + (A N^-a + B (C/(6N))^-b)^(1/2): the constant and the increasing outer power do not move the minimiser.
    @Test
    void reductionsPeelConstantsAndIncreasingMaps() {
        Expr inner = Expr.add(paramTerm(), dataTerm(chinchillaData()));
        LeadingTerm t = argmin(Expr.add(Expr.sym("E"), Expr.pow(inner, Expr.frac(1, 2))));
        Expr g = Expr.pow(Expr.div(Expr.mul(AL, A), Expr.mul(BE, B)), Expr.pow(Expr.add(AL, BE), Expr.num(-1)));
        assertEquals(1.0, ratio(t, Expr.mul(g, Expr.pow(Expr.div(C, Expr.num(6)), Expr.div(BE, Expr.add(AL, BE))))), 1e-25);
        assertTrue(chain.stream().anyMatch(s -> StepText.of(s).contains("reduction: u^q")), chain.toString());
    }

    // A N^-a Log(N) + B (C/(6N))^-b: the balance carries (log C)^(1/(a+b)), no whole power of log C.
    @Test
    void logShiftedBalance_fails() {
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class,
                () -> argmin(Expr.add(Expr.mul(paramTerm(), Expr.call("Log", N)), dataTerm(chinchillaData()))));
        assertTrue(f.getMessage().contains("power of log C"), f.getMessage());
    }

    // B (C/(6N) + I/3)^-b is log-concave in log N and not convex everywhere: the side condition is not
    // discharged, although the leading-order profile is Chinchilla's.
    @Test
    void undischargedConvexity_fails() {
        Expr plus = Expr.add(chinchillaData(), Expr.div(I, Expr.num(3)));
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class, () -> argmin(Expr.add(paramTerm(), dataTerm(plus))));
        assertTrue(f.getMessage().contains("not shown convex"), f.getMessage());
    }

    // A term with N inside an Exp is outside the grammar whose remainders are uniform in t.
    @Test
    void termOutsideTheGrammar_fails() {
        Expr decay = Expr.call("Exp", Expr.neg(Expr.div(N, C)));
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class, () -> argmin(Expr.add(paramTerm(), decay)));
        assertTrue(f.getMessage().contains("no rule for"), f.getMessage());
    }

    // -(A N^-a + B (C/(6N))^-b) has no minimiser (it is maximised at the balance): a negative factor is refused.
    @Test
    void negativeFactor_fails() {
        Expr f = Expr.neg(Expr.add(paramTerm(), dataTerm(chinchillaData())));
        assertThrows(AsymptoticFailure.class, () -> argmin(f));
    }

    // A N^-a + A N^-(2a): both terms decrease, nothing balances them (the loss decreases for ever).
    @Test
    void noIncreasingTerm_fails() {
        Expr f = Expr.add(paramTerm(), Expr.mul(A, Expr.pow(N, Expr.mul(Expr.num(-2), AL))));
        AsymptoticFailure e = assertThrows(AsymptoticFailure.class, () -> argmin(f));
        assertTrue(e.getMessage().contains("no decreasing and increasing terms"), e.getMessage());
    }
}
