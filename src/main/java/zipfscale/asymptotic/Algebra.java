package zipfscale.asymptotic;

import java.util.List;
import zipfscale.cas.CasResult;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;

/**
 * Where the expansions get algebra from (normal forms for the sign oracle): a method name of the CAS
 * facade applied to an expression under assumptions. The checkers' {@code SymbolicBackend} is one.
 */
@FunctionalInterface
public interface Algebra {

    public CasResult apply(String method, Expr e, List<Comparison> assumptions);
}
