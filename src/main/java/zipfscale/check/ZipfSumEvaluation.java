package zipfscale.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.claims.Definition;
import zipfscale.claims.Expansion;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;
import zipfscale.numerics.EvaluationException;
import zipfscale.asymptotic.ZipfSumLemmas;
import zipfscale.asymptotic.ZipfWeight;

/**
 * The value of an expression with infinite Zipf sums at a point, through the numeric engine: the public
 * door to {@link ZipfSumValues} for callers outside the checkers (the extrapolation check's "true" loss
 * curve). Each sum is brought to a form of the lemma library in a fresh variable x by freezing what varies:
 * <ul>
 * <li>a tail {@code Sum(w_k, {k, M, Infinity})}: x is its first index {@code M} (a whole number at the
 *     point), evaluated as {@code c zeta(alpha) * zeta(alpha, M)/zeta(alpha)};</li>
 * <li>a sum from k = 1 with a factor {@code (...)^X} whose exponent X is free of k (the missing mass
 *     {@code Sum(p(k)*(1 - p(k))^X, ...)}): x is the value of X;</li>
 * <li>otherwise each free symbol of the sum is tried as x, for the harmonic sums {@code w_k g(a x w_k^beta)}.</li>
 * </ul>
 * A sum none of these fits, or whose engine error exceeds {@link ZipfSumValues#MAX_RELATIVE_ERROR}, is an
 * {@link EvaluationException}.
 */
public final class ZipfSumEvaluation {
    private final Map<String, ZipfWeight> weights;
    private final Expansion keepWeights;
    private final NumericBackend numeric = NumericBackend.engine();

    /** For the definitions of a derivation; Zipf weight functions such as {@code p(k)} are kept as calls. */
    public ZipfSumEvaluation(List<Definition> definitions) {
        this.weights = ZipfWeight.ofDefinitions(definitions);
        List<Definition> others = new ArrayList<>();
        for (Definition d : definitions) {
            if (!weights.containsKey(d.name())) {
                others.add(d);
            }
        }
        this.keepWeights = new Expansion(others);
    }

    /**
     * {@code e} with the definitions expanded, weight functions kept as calls (their parameters, such as
     * alpha, then need values in the point given to {@link #evaluate}).
     */
    public Expr prepare(Expr e) {
        return keepWeights.expand(e);
    }

    /** The value of a prepared expression at {@code point} (a value for every free symbol). */
    public double evaluate(Expr prepared, Map<String, Double> point) {
        Expr replaced = new Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                Sum inner = (Sum) super.visitSum(s);
                if (!(inner.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY) {
                    return inner;
                }
                double v = sum(inner, point);
                return new Decimal(new BigDecimal(v), Double.toString(v));
            }
        }.rewrite(prepared);
        return new ZipfSumValues(new ZipfSumLemmas(weights, fresh(replaced, point)), numeric).evaluate(replaced, point);
    }

    /** A name free in neither {@code e} nor the point, so that freezing cannot capture one. */
    private static String fresh(Expr e, Map<String, Double> point) {
        String x = "x";
        for (int i = 0; FreeSymbols.of(e).contains(x) || point.containsKey(x); i++) {
            x = "x" + i;
        }
        return x;
    }

    private double sum(Sum s, Map<String, Double> point) {
        String X = fresh(s, point);
        Map<String, Double> at = new HashMap<>(point);
        if (!(s.lower() instanceof Rational r && r.equals(Expr.num(1)))) {
            at.put(X, numeric.evaluateDouble(s.lower(), new HashMap<>(point)));
            return valueIn(new Sum(s.body(), s.index(), new Symbol(X), s.upper()), X, at);
        }
        EvaluationException last = null;
        List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        for (int i = 0; i < factors.size(); i++) {
            // a power (...)^X of something in k (not the weight k^(-alpha) itself) with X free of k
            if (factors.get(i) instanceof Pow p && !(p.base() instanceof Symbol b && b.name().equals(s.index()))
                    && !FreeSymbols.of(p.exponent()).contains(s.index())
                    && !FreeSymbols.of(p.exponent()).isEmpty() && FreeSymbols.of(p.base()).contains(s.index())) {
                List<Expr> frozen = new ArrayList<>(factors);
                frozen.set(i, new Pow(p.base(), new Symbol(X)));
                at.put(X, numeric.evaluateDouble(p.exponent(), new HashMap<>(point)));
                Expr body = frozen.size() == 1 ? frozen.get(0) : new Mul(frozen);
                try {
                    return valueIn(new Sum(body, s.index(), s.lower(), s.upper()), X, at);
                } catch (EvaluationException e) {
                    last = e;
                }
            }
        }
        for (String x : FreeSymbols.of(s)) {
            if (point.containsKey(x)) {
                try {
                    return valueIn(s, x, point);
                } catch (EvaluationException e) {
                    last = e;
                }
            }
        }
        throw last != null ? last : EvaluationException.unsupported("the numeric engine cannot evaluate this sum");
    }

    private double valueIn(Sum s, String x, Map<String, Double> at) {
        ZipfSumValues values = new ZipfSumValues(new ZipfSumLemmas(weights, x), numeric);
        return values.evaluate(s, at);
    }
}
