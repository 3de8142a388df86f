package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.SideCondition;
import zipfscale.asymptotic.StepRelation;
import zipfscale.expr.Expr;

/**
 * A justification step as JSON fields, formulas in script syntax (the syntax the expression reader reads
 * back: {@code alpha + (-1)}, see {@link TextPrinter}), and the one-line text.
 */
class ProofStepJsonTest {
    @Test
    void lemmaStep_hasEveryField() {
        Expr alpha = Expr.sym("alpha");
        ProofStep s = new ProofStep(RichText.of("lemma zipf_tail"), "eq. (7)",
                StepRelation.sim(Expr.sym("f"), Expr.pow(Expr.sym("L"), Expr.sub(Expr.num(1), alpha))),
                RichText.of("with ", StepRelation.equal(Expr.sym("c"), Expr.num(2))),
                List.of(new SideCondition(StepRelation.positive(Expr.sub(alpha, Expr.num(1))), "assumption")));
        assertEquals("{\"rule\":\"lemma zipf_tail\",\"source\":\"eq. (7)\",\"statement\":\"f ~ L^(1 - alpha)\","
                + "\"note\":\"with c == 2\",\"conditions\":[{\"condition\":\"alpha + (-1) > 0\",\"dischargedBy\":\"assumption\"}],"
                + "\"text\":\"lemma zipf_tail [eq. (7)]: f ~ L^(1 - alpha), with c = 2; side condition alpha - 1 > 0 (assumption)\"}",
                ProofStepJson.of(s).toString());
    }

    @Test
    void wordsOnlyStep_hasANullStatement() {
        ProofStep s = ProofStep.of("leading term of the left side: ", Expr.mul(Expr.num(1), Expr.sym("x")));
        assertEquals("{\"rule\":\"leading term of the left side: x\",\"source\":\"\",\"statement\":null,\"note\":\"\","
                + "\"conditions\":[],\"text\":\"leading term of the left side: x\"}", ProofStepJson.of(s).toString());
    }
}
