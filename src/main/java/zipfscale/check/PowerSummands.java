package zipfscale.check;

import zipfscale.asymptotic.ZipfWeight;

import java.util.ArrayList;
import java.util.List;
import zipfscale.claims.Expansion;
import zipfscale.expr.Add;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Definitions made transparent to the sum rules (issue 20): the summand of an infinite sum that is, once
 * every definition is expanded, a product of k-free factors and powers of k ({@code p(k)^2},
 * {@code k*p(k)} with {@code p(k) := k^(-alpha)/Z}, or {@code (k^(-alpha)/Z)^2} written inline) is written
 * in the one form every rule reads, {@code c * k^e} with e = the sum of the exponents of k. Then the
 * zeta rule of the symbolic witness, the numeric engines and the tail lemma see {@code Sum(p(k)^2, ...)}
 * as they see {@code Sum(k^(-2 alpha)/Z^2, ...)}, and the verdict does not depend on how the summand was
 * written. A summand of another shape (a kernel {@code p(k)*Exp(-x*p(k))}, the missing mass) is left as
 * it was, with its weight functions kept whole for the lemma library.
 *
 * <p>Implementation note: the rewriting uses {@code (k^e R)^b = k^(e b) R^b} and {@code k^a k^b = k^(a+b)},
 * valid for k > 0 and any real exponents (principal branch: log(k R) = log k + Log R when k > 0). Only
 * sums to {@code Infinity} are rewritten: their index runs over whole numbers from a first index that
 * every evaluator requires to be at least 1 (or that grows without bound, for the tail lemma).
 */
final class PowerSummands {
    private PowerSummands() {
    }

    /**
     * {@code e} with the summand of each infinite pure power sum in the form {@code c * k^e}; a summand
     * the rules already read ({@code c * k^e} itself, or a weight function {@code p(k)} times k-free
     * factors) is left as written, so that the lemma chains keep their wording.
     */
    static Expr normalise(Expr e, java.util.List<zipfscale.claims.Definition> definitions) {
        Expansion full = new Expansion(definitions);
        java.util.Set<String> weights = ZipfWeight.ofDefinitions(definitions).keySet();
        return new Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                Sum inner = (Sum) super.visitSum(s);
                if (!(inner.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY
                        || zipfscale.numerics.PowerSums.match(inner) != null
                        || weightTimesConstant(inner.body(), inner.index(), weights)) {
                    return inner;
                }
                Expr body = powerProduct(full.expand(inner.body()), inner.index());
                return body == null ? inner : new Sum(body, inner.index(), inner.lower(), inner.upper());
            }
        }.rewrite(e);
    }

    private static boolean weightTimesConstant(Expr body, String k, java.util.Set<String> weights) {
        int seen = 0;
        for (Expr f : body instanceof Mul m ? m.factors() : List.of(body)) {
            if (f instanceof zipfscale.expr.Call c && weights.contains(c.function())
                    && c.args().equals(List.of(new Symbol(k)))) {
                seen++;
            } else if (FreeSymbols.of(f).contains(k)) {
                return false;
            }
        }
        return seen == 1;
    }

    /** {@code body} as {@code c * k^e} (c free of k), or null when it is not a product of that kind. */
    static Expr powerProduct(Expr body, String k) {
        List<Expr> constants = new ArrayList<>();
        List<Expr> exponents = new ArrayList<>();
        if (!collect(body, Expr.num(1), k, constants, exponents) || exponents.isEmpty()) {
            return null;
        }
        Expr exponent = exponents.size() == 1 ? exponents.get(0) : new Add(exponents);
        List<Expr> factors = new ArrayList<>(constants);
        factors.add(new Pow(new Symbol(k), exponent));
        return factors.size() == 1 ? factors.get(0) : new Mul(factors);
    }

    /** Adds {@code e^power} to the product: k-free parts to constants, exponents of k to exponents. */
    private static boolean collect(Expr e, Expr power, String k, List<Expr> constants, List<Expr> exponents) {
        boolean unit = power.equals(Expr.num(1));
        if (!FreeSymbols.of(e).contains(k)) {
            constants.add(unit ? e : new Pow(e, power));
            return true;
        }
        if (e instanceof Symbol s && s.name().equals(k)) {
            exponents.add(power);
            return true;
        }
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (!collect(f, power, k, constants, exponents)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(k)) {
            Expr combined = unit ? p.exponent() : p.exponent().equals(Expr.num(1)) ? power
                    : new Mul(List.of(p.exponent(), power));
            return collect(p.base(), combined, k, constants, exponents);
        }
        return false;
    }
}
