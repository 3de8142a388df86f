package zipfscale.asymptotic;

import java.util.List;
import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * One step of an expansion's proof chain: the rule applied ("Stirling series", "product of expansions"),
 * its source ("DLMF 5.11.1", or "" for plain algebra), the statement it gives as an expression (typically
 * {@code Equal(f, expansion)} with an O-term written {@code O(m)}) and the side conditions it needed. Kept as
 * data so that a printer can typeset the chain as mathematics.
 */
public record ProofStep(String rule, String source, Expr statement, List<SideCondition> conditions) {
    public ProofStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(statement, "statement");
        conditions = List.copyOf(conditions);
    }
}
