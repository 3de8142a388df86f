package zipfscale.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * {@code value ID "Title":} a number computed from one closed expression: after the derivation's
 * definitions and the {@code where} bindings it has no free name (elaboration guarantees it). With
 * {@code expect in [lo, hi]} it is also a check: the value must lie in the range.
 *
 * @param expect the range the value must fall in, if the script gives one
 */
public record Value(String id, String title, Expr expression, List<Binding> where, List<String> cites,
        Optional<NumericRange> expect, SourceSpan span) implements Exhibit {

    public Value {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(span, "span");
        where = List.copyOf(where);
        cites = List.copyOf(cites);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitValue(this);
    }
}
