package zipfscale.cas;

import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Rewriter;

/**
 * Finds an integral with an infinite bound. Symja 3.0.0 evaluates none of those with symbolic parameters
 * (SYMJA-NOTES.md: {@code Integrate(x^(-a), {x, M, Infinity})} stays unevaluated, {@code Integrate(Exp(-u)
 * u^(s-1), {u, 0, Infinity})} does not reach Gamma(s)) but can spend its whole time limit trying, holding the
 * one engine every other claim waits for; such questions are not asked.
 */
final class ImproperIntegral extends Rewriter {
    private boolean found;

    private ImproperIntegral() {
    }

    static boolean in(Expr e) {
        ImproperIntegral f = new ImproperIntegral();
        f.rewrite(e);
        return f.found;
    }

    @Override
    public Expr visitIntegral(Integral e) {
        if (infinite(e.lower()) || infinite(e.upper())) {
            found = true;
            return e;
        }
        return super.visitIntegral(e);
    }

    private static boolean infinite(Expr bound) {
        return bound instanceof Constant c && c.kind() == Constant.Kind.INFINITY
                || bound instanceof zipfscale.expr.Mul m && m.factors().stream().anyMatch(ImproperIntegral::infinite);
    }
}
