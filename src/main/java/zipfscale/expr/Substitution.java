package zipfscale.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * Replaces free symbols by expressions, simultaneously ({@code {a -> b, b -> a}} swaps). A bound variable
 * (the index of a {@link Sum}, the variable of an {@link Integral}) shadows a replacement of the same name
 * inside its body.
 */
public final class Substitution extends Rewriter {
    private final Map<String, Expr> replacements;

    public Substitution(Map<String, Expr> replacements) {
        this.replacements = Map.copyOf(replacements);
    }

    public static Expr apply(Expr e, Map<String, Expr> replacements) {
        return replacements.isEmpty() ? e : new Substitution(replacements).rewrite(e);
    }

    @Override
    public Expr visitSymbol(Symbol e) {
        Expr r = replacements.get(e.name());
        return r == null ? e : r;
    }

    private Substitution without(String bound) {
        if (!replacements.containsKey(bound)) {
            return this;
        }
        Map<String, Expr> m = new HashMap<>(replacements);
        m.remove(bound);
        return new Substitution(m);
    }

    /**
     * The variable of {@code ArgMin(f, N)} is bound in f, and that of {@code Subs(f, x, a)} in f (not in
     * a): a replacement of the same name does not reach there.
     */
    @Override
    public Expr visitCall(Call e) {
        if (e.builtin() == Builtin.ARG_MIN && e.args().size() == 5 && e.args().get(1) instanceof Symbol n
                && e.args().get(2) instanceof Symbol d) {
            // ArgMin(f, N, D, lhs, rhs): N and D are bound in f and in the constraint
            Substitution inner = without(n.name()).without(d.name());
            return new Call(e.function(), java.util.List.of(inner.rewrite(e.args().get(0)), n, d,
                    inner.rewrite(e.args().get(3)), inner.rewrite(e.args().get(4))));
        }
        if ((e.builtin() == Builtin.ARG_MIN || e.builtin() == Builtin.SUBS || e.builtin() == Builtin.MIN_VALUE)
                && e.args().get(1) instanceof Symbol v
                && replacements.containsKey(v.name())) {
            java.util.List<Expr> args = new java.util.ArrayList<>(e.args());
            args.set(0, without(v.name()).rewrite(args.get(0)));
            for (int i = 2; i < args.size(); i++) {
                args.set(i, rewrite(args.get(i)));
            }
            return new Call(e.function(), args);
        }
        return super.visitCall(e);
    }

    @Override
    public Expr visitSum(Sum e) {
        Substitution inner = without(e.index());
        return new Sum(inner.rewrite(e.body()), e.index(), rewrite(e.lower()), rewrite(e.upper()));
    }

    @Override
    public Expr visitIntegral(Integral e) {
        Substitution inner = without(e.variable());
        return new Integral(inner.rewrite(e.body()), e.variable(), rewrite(e.lower()), rewrite(e.upper()));
    }
}
