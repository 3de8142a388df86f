package zipfscale.asymptotic;

import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * A condition a step needs (a coefficient positive, an exponent below another, an argument growing), as
 * an expression (a relation, see {@link StepRelation}), and how it was discharged, in words and formulas
 * (the sign oracle's reason, "assumption b > 0").
 */
public record SideCondition(Expr condition, RichText dischargedBy) {
    public SideCondition {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(dischargedBy, "dischargedBy");
        condition = TidyForm.of(condition);
    }

    public SideCondition(Expr condition, String dischargedBy) {
        this(condition, RichText.of(dischargedBy));
    }
}
