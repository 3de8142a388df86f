package zipfscale.asymptotic;

import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * A condition an expansion step needs (a coefficient positive, an exponent below another, an argument
 * growing), as an expression, and how it was discharged (the sign oracle's reason, "assumption b > 0").
 */
public record SideCondition(Expr condition, String dischargedBy) {
    public SideCondition {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(dischargedBy, "dischargedBy");
    }
}
