package zipfscale.check;

import java.util.List;
import zipfscale.asymptotic.Algebra;
import zipfscale.cas.CasResult;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;

/**
 * Where the checkers get algebra from. The real one is {@link Symja}; tests put in a deliberately broken
 * one to see that a lone symbolic witness never makes a verdict PROVED.
 */
@FunctionalInterface
public interface SymbolicBackend extends Algebra {

    @Override
    CasResult apply(String method, Expr e, List<Comparison> assumptions);

    /**
     * {@link #apply} within {@code limit} when that is shorter than the backend's own per-call limit (the
     * remaining share of a claim's budget); backends without a limit of their own ignore it.
     */
    default CasResult apply(String method, Expr e, List<Comparison> assumptions, java.time.Duration limit) {
        return apply(method, e, assumptions);
    }

    /** Starts the backend in the background, if it has a start-up cost; answers do not depend on it. */
    default void warmUp() {
    }

    static SymbolicBackend symja(java.time.Duration timeout) {
        return new SymbolicBackend() {
            @Override
            public CasResult apply(String method, Expr e, List<Comparison> assumptions) {
                return Symja.shared().apply(method, e, assumptions, timeout);
            }

            @Override
            public CasResult apply(String method, Expr e, List<Comparison> assumptions, java.time.Duration limit) {
                return Symja.shared().apply(method, e, assumptions, limit.compareTo(timeout) < 0 ? limit : timeout);
            }

            @Override
            public void warmUp() {
                Symja.shared().warmUp();
            }
        };
    }
}
