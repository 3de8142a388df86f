package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.claims.Assumption;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Domain;
import zipfscale.claims.Expansion;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/**
 * A claim made ready for checking: definitions expanded, {@code where} bindings substituted, and the
 * constraints its parameters live under (the derivation's assumptions and the claim's domains).
 */
final class ClaimContext {
    private final Expansion expansion;
    private final Derivation derivation;
    private final Map<String, Expr> where = new HashMap<>();
    private final List<Comparison> constraints = new ArrayList<>();

    ClaimContext(Derivation d, Claim c) {
        this.expansion = new Expansion(d.definitions());
        this.derivation = d;
        where.putAll(expansion.bindings(c.info().where()));
        for (Assumption a : d.assumptions()) {
            constraints.add(new Comparison(prepare(a.comparison().lhs()), a.comparison().op(),
                    prepare(a.comparison().rhs())));
        }
        for (Domain dom : c.info().domains()) {
            Expr v = Expr.sym(dom.variable());
            constraints.add(new Comparison(v, RelOp.GE, prepare(dom.lower())));
            constraints.add(new Comparison(v, RelOp.LE, prepare(dom.upper())));
        }
    }

    /**
     * Definitions expanded, where-bindings substituted, derivatives taken ({@link Expansion#prepare}), and
     * power summands in one form ({@link PowerSummands}).
     */
    Expr prepare(Expr e) {
        return PowerSummands.normalise(expansion.prepare(e, where), derivation.definitions());
    }

    List<Comparison> constraints() {
        return constraints;
    }
}
