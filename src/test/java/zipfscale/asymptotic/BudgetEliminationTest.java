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

/** Elimination of a budget constraint affine in the second variable, and the constraints it must refuse. */
class BudgetEliminationTest {
    private static final Expr N = Expr.sym("N");
    private static final Expr D = Expr.sym("D");
    private static final Expr C = Expr.sym("C");
    private static final Expr I = Expr.sym("I");
    private final SignOracle oracle = new SignOracle((m, e, as) -> Symja.shared().apply(m, e, as, Duration.ofSeconds(10)),
            List.of(new Comparison(I, RelOp.GT, Expr.num(0))));
    private final LeadingTerms calc = new LeadingTerms("C", oracle, new ZipfSumLemmas(Map.of(), "C"), new ArrayList<>());
    private static final Expr LOSS = Expr.add(Expr.pow(N, Expr.num(-1)), Expr.pow(D, Expr.num(-1)));

    private BudgetElimination.Eliminated eliminate(Expr lhs) {
        return BudgetElimination.eliminate(new Call("ArgMin", List.of(LOSS, N, D, lhs, C)), calc);
    }

    // 6 N D + 2 N I = C (Sardana et al. 2024) gives D = (C - 2 N I)/(6 N): the eliminated value, put back into
    // the constraint at N = 7, I = 3, C = 1e6, gives C again (30-digit evaluation of the gap, tolerance 1e-20 relative to C).
    @Test
    void sardanaBudget_fixesD() {
        Expr lhs = Expr.add(Expr.mul(Expr.num(6), N, D), Expr.mul(Expr.num(2), N, I));
        BudgetElimination.Eliminated el = eliminate(lhs);
        Expr back = zipfscale.expr.Substitution.apply(lhs, Map.of("D", el.solved()));
        double gap = PreciseEvaluator.evaluate(Expr.sub(back, C), Map.of("N", new BigDecimal(7), "I", new BigDecimal(3),
                "C", new BigDecimal("1e6")), 30).doubleValue();
        assertEquals(0, gap, 1e6 * 1e-20);
        assertEquals(List.of(N), el.argmin().args().subList(1, 2));
        assertTrue(calc.chain().stream().anyMatch(s -> StepText.of(s).contains("budget elimination")), calc.chain().toString());
    }

    // 6 N D^2 = C is not affine in D: refused (the numeric witness alone can check such claims).
    @Test
    void constraintNotAffine_isRefused() {
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class,
                () -> eliminate(Expr.mul(Expr.num(6), N, Expr.pow(D, Expr.num(2)))));
        assertTrue(f.getMessage().contains("not affine"), f.getMessage());
    }

    // (N - 1) D = C: the slope N - 1 changes sign at N = 1, where the constraint fixes no D: refused.
    @Test
    void slopeOfUnknownSign_isRefused() {
        AsymptoticFailure f = assertThrows(AsymptoticFailure.class,
                () -> eliminate(Expr.mul(Expr.sub(N, Expr.num(1)), D)));
        assertTrue(f.getMessage().contains("one sign"), f.getMessage());
    }
}
