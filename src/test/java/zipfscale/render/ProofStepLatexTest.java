package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.SideCondition;
import zipfscale.asymptotic.StepRelation;
import zipfscale.expr.Expr;

/**
 * A justification step as LaTeX: words escaped as prose, formulas and relations as mathematics, a long
 * formula as a display line, and never Symja's {@code *} or {@code ^(}.
 */
class ProofStepLatexTest {
    private static final Expr ALPHA = Expr.sym("alpha");
    private static final Expr M = Expr.sym("M");
    private final ProofStepLatex latex = new ProofStepLatex(new LatexPrinter());

    @Test
    void leadingTermStep_isWordsThenMaths_withoutTheOneTimes() {
        ProofStep s = ProofStep.of("leading term of the right side: ",
                Expr.mul(Expr.num(1), Expr.pow(M, Expr.sub(Expr.num(-3), ALPHA))));
        assertEquals("leading term of the right side:\\allowbreak{} $M^{-3 - \\alpha}$", latex.step(s));
    }

    @Test
    void sideCondition_isARelation_withItsDischargeAsProse() {
        ProofStep s = ProofStep.condition("bottleneck equalisation: the first term decreases in N",
                StepRelation.positive(Expr.neg(Expr.mul(Expr.num(1), Expr.neg(Expr.sym("aN"))))),
                "interval arithmetic as written over aN in (0, inf)");
        assertEquals("side condition $\\mathit{aN} > 0$ (bottleneck equalisation:\\allowbreak{} the first term "
                + "decreases in N):\\allowbreak{} interval arithmetic as written over aN in (0,\\allowbreak{} inf)",
                latex.step(s));
    }

    @Test
    void lemma_hasSourceStatementNoteAndConditions() {
        Expr x = Expr.sym("x");
        ProofStep s = new ProofStep(RichText.of("lemma zipf_tail"), "eq. (7)",
                StepRelation.sim(Expr.sym("f"), Expr.pow(x, Expr.neg(ALPHA))),
                RichText.of("as ", StepRelation.of(x, "->", zipfscale.expr.Constant.INFINITY)),
                List.of(new SideCondition(StepRelation.of(ALPHA, ">=", Expr.num(1)), RichText.of("assumption ",
                        StepRelation.greater(ALPHA, Expr.num(1))))));
        assertEquals("lemma zipf\\_tail [eq. (7)]: $f \\sim x^{-\\alpha}$, as $x \\to \\infty$; side condition "
                + "$\\alpha \\ge 1$ (assumption $\\alpha > 1$)", latex.step(s));
    }

    @Test
    void longFormula_isADisplayLine_andShortOneInline() {
        Expr longOne = Expr.mul(Expr.call("Gamma", Expr.div(Expr.sub(ALPHA, Expr.num(1)), ALPHA)),
                Expr.pow(Expr.call("Zeta", ALPHA), Expr.div(Expr.num(-1), ALPHA)),
                Expr.call("Gamma", Expr.add(Expr.num(2), Expr.div(Expr.num(1), ALPHA))),
                Expr.pow(Expr.sym("D"), Expr.div(Expr.sub(Expr.num(1), ALPHA), ALPHA)),
                Expr.pow(Expr.sym("N"), Expr.neg(ALPHA)), Expr.call("Gamma", Expr.add(Expr.num(3), ALPHA)),
                Expr.pow(Expr.sym("B"), Expr.div(Expr.num(1), Expr.add(ALPHA, Expr.num(1)))),
                Expr.call("Gamma", Expr.add(Expr.num(4), ALPHA)), Expr.call("Gamma", Expr.add(Expr.num(5), ALPHA)));
        String out = latex.step(ProofStep.of("leading term: ", longOne));
        assertTrue(out.startsWith("leading term:\\allowbreak{} \\[\\zsfit{") && out.endsWith("}\\]"), out);
        assertTrue(latex.step(ProofStep.of("x: ", M)).endsWith("$M$"));
    }

    @Test
    void noStepPrintsSymjaSyntax() {
        Expr e = Expr.mul(Expr.sym("a"), Expr.pow(Expr.sym("b"), Expr.add(Expr.sym("c"), Expr.num(1))));
        String out = latex.step(new ProofStep(RichText.of("rule with ", e), "", StepRelation.equal(e, e),
                RichText.of(e), List.of(new SideCondition(StepRelation.positive(e), RichText.of(e)))));
        assertFalse(out.contains("*") || out.contains("^(") || out.contains("textasciicircum"), out);
    }
}
