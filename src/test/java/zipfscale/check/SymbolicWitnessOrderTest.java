package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.StepText;
import zipfscale.cas.CasResult;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.Bounds;

/**
 * The order of Symja's attempts in {@link SymbolicWitness}: the cheap normal forms (Simplify, Together) of
 * every rewriting of an identity come before FullSimplify of any, while the justification keeps the layout
 * by rewriting; an inequality's normal forms are asked for one at a time. A scripted backend stands in for
 * Symja, so the order is seen call by call.
 */
class SymbolicWitnessOrderTest {
    private static final Expr ALPHA = Expr.sym("alpha");
    private static final Expr GAMMA = Expr.sym("gamma");
    private static final List<Comparison> ASSUMED = List.of(new Comparison(ALPHA, RelOp.GT, Expr.num(1)),
            new Comparison(GAMMA, RelOp.GT, Expr.num(0)));
    /**
     * (alpha gamma)^(1/alpha) against Exp(Log(alpha)/alpha) gamma^(1/alpha): true, a power of a product, and
     * not 0 by exact expansion even after the powers are combined.
     */
    private static final Expr LHS = Expr.pow(Expr.mul(ALPHA, GAMMA), Expr.div(Expr.num(1), ALPHA));
    private static final Expr RHS = Expr.mul(Expr.call("Exp", Expr.div(Expr.call("Log", ALPHA), ALPHA)),
            Expr.pow(GAMMA, Expr.div(Expr.num(1), ALPHA)));

    /** Records every call; answers 0 (or 1 for a ratio) for the call numbered {@code zeroAt} (from 1), 2 else. */
    private static final class Scripted implements SymbolicBackend {
        final List<String> calls = new ArrayList<>();
        final int zeroAt;

        Scripted(int zeroAt) {
            this.zeroAt = zeroAt;
        }

        @Override
        public CasResult apply(String method, Expr e, List<Comparison> assumptions) {
            calls.add(method);
            return new CasResult.Done(Expr.num(calls.size() == zeroAt ? 0 : 2), method);
        }
    }

    private static SymbolicWitness witness(SymbolicBackend b) {
        CheckSettings real = CheckSettings.defaults(Duration.ofSeconds(10));
        return new SymbolicWitness(real.withBackends(b, real.numeric()));
    }

    private static List<String> texts(List<ProofStep> steps) {
        return steps.stream().map(StepText::of).toList();
    }

    @Test
    void anIdentityProvedAfterCombiningPowers_neverAsksFullSimplify() {
        // calls: Simplify, Together of lhs - rhs as written; Simplify of the combined form gives 0
        Scripted b = new Scripted(3);
        SymbolicWitness.Outcome o = witness(b).equal(LHS, RHS, ASSUMED, Bounds.of(ASSUMED));
        assertTrue(o.success(), o.summary());
        assertEquals("powers of positive bases combined, then Symja Simplify(lhs - rhs) = 0", o.summary());
        assertEquals(List.of("Simplify", "Together", "Simplify"), b.calls);
        List<String> steps = texts(o.steps());
        assertEquals(4, steps.size(), steps.toString());
        assertEquals("Symja Simplify(lhs - rhs) did not reach 0", steps.get(0));
        assertEquals("Symja Together(lhs - rhs) did not reach 0", steps.get(1));
        assertTrue(steps.get(2).startsWith("powers of positive bases combined"), steps.get(2));
        assertEquals("Symja Simplify(lhs - rhs) = 0", steps.get(3));
    }

    @Test
    void fullSimplifyOfTheDifferenceAsWritten_keepsItsReasonAndSteps() {
        // Simplify, Together as written; Simplify, Together combined; Simplify of lhs / rhs (rhs > 0); then
        // FullSimplify as written gives 0: the justification is that of the form as written alone
        Scripted b = new Scripted(6);
        SymbolicWitness.Outcome o = witness(b).equal(LHS, RHS, ASSUMED, Bounds.of(ASSUMED));
        assertEquals(List.of("Simplify", "Together", "Simplify", "Together", "Simplify", "FullSimplify"), b.calls);
        assertTrue(o.success(), o.summary());
        assertEquals("Symja FullSimplify(lhs - rhs) = 0", o.summary());
        assertEquals(List.of("Symja Simplify(lhs - rhs) did not reach 0", "Symja Together(lhs - rhs) did not reach 0",
                "Symja FullSimplify(lhs - rhs) = 0"), texts(o.steps()));
    }

    @Test
    void aFailure_listsEveryAttemptByRewriting() {
        Scripted b = new Scripted(0);
        SymbolicWitness.Outcome o = witness(b).equal(LHS, RHS, ASSUMED, Bounds.of(ASSUMED));
        assertFalse(o.success());
        assertEquals(List.of("Simplify", "Together", "Simplify", "Together", "Simplify", "FullSimplify",
                "FullSimplify", "FullSimplify"), b.calls);
        List<String> steps = texts(o.steps());
        assertEquals(List.of("Symja Simplify(lhs - rhs) did not reach 0", "Symja Together(lhs - rhs) did not reach 0",
                "Symja FullSimplify(lhs - rhs) did not reach 0"), steps.subList(0, 3));
        assertTrue(steps.get(3).startsWith("powers of positive bases combined"), steps.get(3));
        assertEquals(List.of("Symja Simplify(lhs - rhs) did not reach 0", "Symja Together(lhs - rhs) did not reach 0",
                "Symja FullSimplify(lhs - rhs) did not reach 0", "interval arithmetic shows rhs > 0 under the assumptions",
                "Symja Simplify(lhs / rhs) did not reach 1", "Symja FullSimplify(lhs / rhs) did not reach 1"),
                steps.subList(4, 10));
        assertEquals(10, steps.size(), steps.toString());
    }

    @Test
    void anInequality_asksForTheNextNormalFormOnlyWhenTheFormerLeavesTheSignOpen() {
        // alpha^2 - alpha >= 0 for alpha > 1: its Together form alpha (alpha - 1) is enclosed in (0, inf)
        Expr d = Expr.sub(Expr.pow(ALPHA, Expr.num(2)), ALPHA);
        List<String> calls = new ArrayList<>();
        SymbolicBackend together = (method, e, assumptions) -> {
            calls.add(method);
            return new CasResult.Done(method.equals("Together") ? Expr.mul(ALPHA, Expr.sub(ALPHA, Expr.num(1))) : e,
                    method);
        };
        SymbolicWitness.Outcome o = witness(together).sign(d, ASSUMED, Bounds.of(ASSUMED), false);
        assertTrue(o.success(), o.summary());
        assertFalse(calls.contains("Factor") || calls.contains("Simplify"), calls.toString());
    }
}
