package zipfscale.asymptotic;

import java.util.Optional;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * A rule that expands a {@code Sum} node as x grows (Euler-Maclaurin, Mellin, the Zipf lemmas). The
 * {@link Expander} asks each rule of its {@link ExpansionContext} in turn on every {@code Sum} it meets:
 * {@code Optional.empty()} means "not my shape" (the next rule is asked), an {@link ExpansionResult.Unknown}
 * means "my shape, but no expansion" (the expander stops there with that reason).
 */
@FunctionalInterface
public interface SumExpansion {

    Optional<ExpansionResult> expand(Sum s, Symbol x, int terms, ExpansionContext ctx);
}
