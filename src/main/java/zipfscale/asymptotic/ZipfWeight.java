package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.claims.Definition;
import zipfscale.claims.Expansion;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;

/**
 * Zipf weights {@code w_k = c k^(-alpha)} with c and alpha free of k (paper eq. (3): c = 1/Z,
 * Z = zeta(alpha)). A script-defined function {@code p(k) := k^(-alpha)/Z} is recognised as one, so that
 * the lemma library can find {@code p(k)} atomically in a sum.
 *
 * @param c the constant (definitions expanded)
 * @param alpha the decay exponent
 */
public record ZipfWeight(Expr c, Expr alpha) {

    /** The weight functions among a derivation's definitions, by name. */
    public static Map<String, ZipfWeight> ofDefinitions(List<Definition> definitions) {
        Expansion full = new Expansion(definitions);
        Map<String, ZipfWeight> out = new LinkedHashMap<>();
        for (Definition d : definitions) {
            if (d.params().size() != 1) {
                continue;
            }
            ZipfWeight w = of(full.expand(d.body()), d.params().get(0));
            if (w != null) {
                out.put(d.name(), w);
            }
        }
        return out;
    }

    /** {@code body} as {@code c k^(-alpha)}, or null. */
    public static ZipfWeight of(Expr body, String k) {
        List<Expr> factors = body instanceof Mul m ? m.factors() : List.of(body);
        Expr alpha = null;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Pow p && p.base() instanceof Symbol s && s.name().equals(k)
                    && !FreeSymbols.of(p.exponent()).contains(k) && alpha == null) {
                alpha = negate(p.exponent());
            } else if (FreeSymbols.of(f).contains(k)) {
                return null;
            } else {
                rest.add(f);
            }
        }
        if (alpha == null) {
            return null;
        }
        Expr c = rest.isEmpty() ? Expr.num(1) : rest.size() == 1 ? rest.get(0) : new Mul(rest);
        return new ZipfWeight(c, alpha);
    }

    /** {@code -e}, written without a double minus where e is already negated. */
    public static Expr negate(Expr e) {
        if (e instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Rational r && r.isMinusOne()) {
            return m.factors().get(1);
        }
        if (e instanceof Rational r) {
            return Rational.of(r.numerator().negate(), r.denominator());
        }
        return Expr.neg(e);
    }

    /** The weight as an expression in k. */
    public Expr at(Expr k) {
        return Expr.mul(c, Expr.pow(k, Expr.neg(alpha)));
    }
}
