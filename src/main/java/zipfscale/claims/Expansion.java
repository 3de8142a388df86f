package zipfscale.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Substitution;
import zipfscale.expr.Symbol;

/**
 * Expands a derivation's definitions in an expression: constants are replaced by their bodies and calls
 * of defined functions by their bodies with the arguments substituted, until none is left. Elaboration
 * has rejected cycles, so this terminates.
 */
public final class Expansion extends Rewriter {
    private final Map<String, Definition> byName = new HashMap<>();

    public Expansion(List<Definition> definitions) {
        for (Definition d : definitions) {
            byName.put(d.name(), d);
        }
    }

    public Expr expand(Expr e) {
        return rewrite(e);
    }

    /** The {@code where} bindings by name, each value with the definitions expanded. */
    public Map<String, Expr> bindings(List<Binding> where) {
        Map<String, Expr> m = new HashMap<>();
        for (Binding b : where) {
            m.put(b.name(), expand(b.value()));
        }
        return m;
    }

    /**
     * An expression made ready for the witnesses: definitions expanded, the bindings substituted (all at
     * once), definitions expanded again, then {@code Diff} calls replaced by their derivatives: after the
     * substitution, so that {@code Diff(L, N) where L = A*N^(-a)} differentiates the bound expression, not
     * the name. Throws {@link zipfscale.expr.NotDifferentiableException} when a derivative does not exist.
     */
    public Expr prepare(Expr e, Map<String, Expr> bindings) {
        return zipfscale.expr.Differentiation.expandAll(expand(Substitution.apply(expand(e), bindings)));
    }

    @Override
    public Expr visitSymbol(Symbol e) {
        Definition d = byName.get(e.name());
        return d == null || d.isFunction() ? e : rewrite(d.body());
    }

    @Override
    public Expr visitCall(Call e) {
        Expr inner = super.visitCall(e);
        if (!(inner instanceof Call c)) {
            return inner;
        }
        Definition d = byName.get(c.function());
        if (d == null || !d.isFunction() || d.params().size() != c.args().size()) {
            return c;
        }
        Map<String, Expr> args = new HashMap<>();
        for (int i = 0; i < d.params().size(); i++) {
            args.put(d.params().get(i), c.args().get(i));
        }
        return rewrite(Substitution.apply(d.body(), args));
    }
}
