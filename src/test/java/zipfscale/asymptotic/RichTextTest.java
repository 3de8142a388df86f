package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/** Words and formulas of a step: adjacent words join, formulas are tidied, nulls are skipped. */
class RichTextTest {
    private static final Expr X = Expr.sym("x");

    @Test
    void piecesBecomeWordsAndFormulas_inOrder() {
        RichText t = RichText.of("exponent ", Expr.mul(Expr.num(1), X), " beats ", 3, "", null, " (a number)");
        assertEquals(List.of(new RichText.Words("exponent "), new RichText.Formula(X),
                new RichText.Words(" beats 3 (a number)")), t.parts());
        assertEquals("exponent x beats 3 (a number)", StepText.of(t));
    }

    @Test
    void nestedText_isSpliced_andPlusAppends() {
        RichText inner = RichText.of("a ", X);
        RichText t = RichText.of("see ", inner).plus(" and ", StepRelation.positive(X));
        assertEquals(4, t.parts().size(), t.toString());
        assertEquals("see a x and x > 0", StepText.of(t));
        assertTrue(RichText.of().isEmpty() && RichText.of("", null).isEmpty());
    }

    @Test
    void anObjectThatIsNeitherWordsNorFormula_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RichText.of(new Object()));
    }

    @Test
    void aStep_onOneLine_hasRuleSourceStatementNoteAndConditions() {
        ProofStep s = new ProofStep(RichText.of("lemma zipf_tail"), "eq. (7)", StepRelation.sim(X, Expr.num(2)),
                RichText.of("with ", StepRelation.equal(Expr.sym("c"), Expr.num(1))),
                List.of(new SideCondition(StepRelation.positive(Expr.sub(Expr.sym("alpha"), Expr.num(1))), "assumption")));
        assertEquals("lemma zipf_tail [eq. (7)]: x ~ 2, with c = 1; side condition alpha - 1 > 0 (assumption)",
                StepText.of(s));
        assertEquals("side condition x > 0 (a number)",
                StepText.of(ProofStep.condition("", StepRelation.positive(X), "a number")));
    }
}
