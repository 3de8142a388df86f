package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/** The lemma statements as trees: the harmonic-sum lemma reads as eq. (29); an instance omits trivial letters. */
class LemmaStatementsTest {
    @Test
    void mellinHarmonicSum_readsAsEq29() {
        assertEquals("Sum(w_k*g(a*D*w_k^beta), {k, 1, Infinity}) ~ (c/(alpha*beta))*(a*c^beta)^(-s)*M_g(s)*D^(-s)",
                StepText.of(LemmaStatements.mellinHarmonicSum(Expr.sym("D"))));
    }

    @Test
    void instance_leavesOutALetterStandingForItself() {
        RichText t = LemmaStatements.instance(LemmaStatements.C, Expr.num(1), LemmaStatements.ALPHA,
                LemmaStatements.ALPHA, LemmaStatements.BETA, Expr.num(2));
        assertEquals("c = 1, beta = 2", StepText.of(t));
    }
}
