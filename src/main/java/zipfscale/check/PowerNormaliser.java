package zipfscale.check;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rewriter;
import zipfscale.numerics.IntervalEvaluator;

/**
 * Rewrites powers the way Symja will not without knowing signs: {@code (b^e)^f = b^(e f)} and
 * {@code (a b)^f = a^f b^f}, each only where interval arithmetic proves the base (every factor) positive
 * under the assumptions, so every rewrite is an identity on the claim's domain. (Symja's PowerExpand
 * assumes every symbol positive and stops after one level; this does neither.)
 */
final class PowerNormaliser extends Rewriter {
    private final IntervalEvaluator intervals;
    private int rewrites;

    PowerNormaliser(IntervalEvaluator intervals) {
        this.intervals = intervals;
    }

    /** The normalised expression, or null when no rule applied. */
    Expr normalise(Expr e) {
        rewrites = 0;
        Expr out = rewrite(e);
        return rewrites == 0 ? null : out;
    }

    @Override
    public Expr visitPow(Pow e) {
        Expr base = rewrite(e.base());
        Expr exponent = rewrite(e.exponent());
        if (base instanceof Pow inner && intervals.enclose(inner.base()).positive()) {
            rewrites++;
            return rewrite(new Pow(inner.base(), Expr.mul(inner.exponent(), exponent)));
        }
        if (base instanceof Mul m && allPositive(m.factors())) {
            rewrites++;
            List<Expr> factors = new ArrayList<>();
            for (Expr f : m.factors()) {
                factors.add(rewrite(new Pow(f, exponent)));
            }
            return new Mul(factors);
        }
        return base == e.base() && exponent == e.exponent() ? e : new Pow(base, exponent);
    }

    private boolean allPositive(List<Expr> factors) {
        for (Expr f : factors) {
            if (!intervals.enclose(f).positive()) {
                return false;
            }
        }
        return true;
    }
}
