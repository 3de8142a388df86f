package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/** The order of a step's parts, with pieces that mark what each printer would set (so the layout is seen alone). */
class StepLayoutTest {
    private static final StepLayout.Pieces MARKED = new StepLayout.Pieces() {
        @Override
        public String text(RichText t) {
            return "<" + StepText.of(t) + ">";
        }

        @Override
        public String formula(Expr e) {
            return "$" + StepText.of(e) + "$";
        }

        @Override
        public String source(String source, boolean first) {
            return (first ? "" : " ") + "[" + source + "]";
        }

        @Override
        public String dischargeSeparator() {
            return " | ";
        }
    };

    @Test
    void aFullStep_readsRuleSourceStatementNoteConditions() {
        Expr a = Expr.sym("a");
        ProofStep s = new ProofStep(RichText.of("rule"), "DLMF 5.11.1", StepRelation.greater(a, Expr.num(0)),
                RichText.of("note"), List.of(new SideCondition(StepRelation.greater(a, Expr.num(1)), RichText.of("how"))));
        assertEquals("<rule> [DLMF 5.11.1]: $a > 0$, <note>; side condition $a > 1$ (<how>)", StepLayout.of(s, MARKED));
    }

    @Test
    void aLoneSideCondition_putsItsRuleInParentheses() {
        Expr a = Expr.sym("a");
        ProofStep s = ProofStep.condition("why", StepRelation.greater(a, Expr.num(0)), "interval arithmetic");
        assertEquals("side condition $a > 0$ (<why>) | <interval arithmetic>", StepLayout.of(s, MARKED));
    }
}
