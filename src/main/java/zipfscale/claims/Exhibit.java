package zipfscale.claims;

import java.util.List;
import zipfscale.diag.SourceSpan;

/**
 * Something a derivation shows that is computed rather than claimed (issue 8): a {@link Value} (a number
 * with its inputs and their sources) or a {@link Plot} (curves sampled by the engine). It shares the
 * derivation's namespace of identifiers with the claims. Sealed and walked by a {@link Visitor}, like
 * {@link Claim}.
 */
public sealed interface Exhibit permits Value, Plot {

    String id();

    String title();

    /** The expression as written (definitions not expanded, bindings not substituted). */
    zipfscale.expr.Expr expression();

    List<Binding> where();

    List<String> cites();

    SourceSpan span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of exhibit. */
    interface Visitor<R> {
        R visitValue(Value v);

        R visitPlot(Plot p);
    }
}
