package zipfscale.claims;

import java.util.Objects;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * {@code [lower, upper]} of a {@code value}'s {@code expect in} clause or a {@code plot}'s {@code for}
 * clause: two expressions that elaboration has shown to be finite numbers with {@code lower < upper} (after
 * the derivation's definitions and the statement's {@code where} bindings).
 */
public record NumericRange(Expr lower, Expr upper, SourceSpan span) {
    public NumericRange {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(span, "span");
    }
}
