package zipfscale.check;

import zipfscale.asymptotic.ZipfWeight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The converse of keeping weight functions whole (issue 20): a Zipf weight written inline in a summand,
 * {@code Sum(k^(-alpha)/Z * (1 - k^(-alpha)/Z)^D, ...)}, is recognised as the lemma library recognises
 * {@code Sum(p(k)*(1 - p(k))^D, ...)} with {@code p(k) := k^(-alpha)/Z}: a subexpression {@code c k^(-a)}
 * that holds every occurrence of k in the summand is named as a weight function (a fresh name, never a
 * name of the script) and each occurrence replaced by a call of it. The rewriting is an identity (the
 * call stands for the subexpression it replaced), so it changes what the rules can read, never the value.
 * Sums the rules already read (pure power sums, summands with a weight call) are left alone.
 */
final class WeightFolding {
    /** The folded expressions and the weights, the derivation's and the new ones. */
    record Folded(List<Expr> expressions, Map<String, ZipfWeight> weights) { }

    private final Map<String, ZipfWeight> weights;
    private int counter;
    private String variable;

    private WeightFolding(Map<String, ZipfWeight> weights) {
        this.weights = new LinkedHashMap<>(weights);
    }

    static Folded fold(List<Expr> expressions, Map<String, ZipfWeight> weights) {
        return fold(expressions, weights, null);
    }

    /**
     * As {@link #fold(List, Map)}, for a claim as {@code x} grows: a factor with x in it is never part of a
     * weight's constant ({@code Exp(-k^2/n)} must not become {@code Exp(w(k))} with {@code w(k) = -k^2/n},
     * which would hide n from the rules).
     */
    static Folded fold(List<Expr> expressions, Map<String, ZipfWeight> weights, String x) {
        WeightFolding f = new WeightFolding(weights);
        f.variable = x;
        List<Expr> out = new ArrayList<>();
        for (Expr e : expressions) {
            out.add(f.rewrite(e));
        }
        return new Folded(out, f.weights);
    }

    private Expr rewrite(Expr e) {
        return new Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                Sum inner = (Sum) super.visitSum(s);
                if (!(inner.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY
                        || zipfscale.numerics.PowerSums.match(inner) != null || hasWeightCall(inner.body())) {
                    return inner;
                }
                return foldSum(inner);
            }
        }.rewrite(e);
    }

    /**
     * Folds the weight: every power {@code k^e} of the summand (one exponent e for all) together with the
     * k-free factors that stand beside it in every product it occurs in (the constant c of the weight,
     * {@code 1/Z}), as one call {@code w(k)} with {@code w(k) = c k^e}. Nothing is folded when k occurs
     * otherwise than in those powers.
     */
    private Sum foldSum(Sum s) {
        String k = s.index();
        List<Pow> powers = new ArrayList<>();
        List<List<Expr>> siblings = new ArrayList<>();
        powersOfK(s.body(), k, null, powers, siblings);
        if (powers.isEmpty() || powers.stream().anyMatch(p -> !p.equals(powers.get(0)))) {
            return s;
        }
        Pow kPower = powers.get(0);
        List<Expr> common = new ArrayList<>(siblings.get(0));
        for (List<Expr> sib : siblings) {
            List<Expr> kept = new ArrayList<>();
            List<Expr> pool = new ArrayList<>(sib);
            for (Expr f : common) {
                if (pool.remove(f)) {
                    kept.add(f);
                }
            }
            common = kept;
        }
        if (variable != null) {
            common.removeIf(f -> FreeSymbols.of(f).contains(variable));
        }
        String name;
        do {
            name = "w" + (++counter);
        } while (weights.containsKey(name) || FreeSymbols.of(s.body()).contains(name));
        Call call = new Call(name, List.of(new Symbol(k)));
        List<Expr> weightFactors = new ArrayList<>(common);
        weightFactors.add(kPower);
        ZipfWeight w = ZipfWeight.of(weightFactors.size() == 1 ? kPower : new Mul(weightFactors), k);
        if (w == null) {
            return s;
        }
        List<Expr> fold = common;
        boolean[] repeated = {false};
        Expr body = new Rewriter() {
            @Override
            public Expr visitMul(Mul m) {
                // the children are rewritten first: k^e is already the call here
                Expr rewritten = super.visitMul(m);
                if (!(rewritten instanceof Mul inner) || !inner.factors().contains(call)) {
                    return rewritten;
                }
                if (java.util.Collections.frequency(inner.factors(), call) > 1) {
                    repeated[0] = true;   // k^e k^e c is not (c k^e)^2: leave such a summand as written
                }
                List<Expr> rest = new ArrayList<>(inner.factors());
                for (Expr f : fold) {
                    rest.remove(f);
                }
                return rest.size() == 1 ? rest.get(0) : new Mul(rest);
            }

            @Override
            public Expr visitPow(Pow p) {
                return p.equals(kPower) ? call : super.visitPow(p);
            }
        }.rewrite(s.body());
        if (repeated[0] || FreeSymbols.of(replaceCalls(body, name)).contains(k)) {
            return s;
        }
        weights.put(name, w);
        return new Sum(body, k, s.lower(), s.upper());
    }

    /** The powers k^e of {@code e} with, for each, the k-free factors of the product it stands in. */
    private static void powersOfK(Expr e, String k, Mul parent, List<Pow> powers, List<List<Expr>> siblings) {
        if (e instanceof Pow p && p.base() instanceof Symbol b && b.name().equals(k)
                && !FreeSymbols.of(p.exponent()).contains(k)) {
            powers.add(p);
            List<Expr> sib = new ArrayList<>();
            if (parent != null) {
                for (Expr f : parent.factors()) {
                    if (!FreeSymbols.of(f).contains(k)) {
                        sib.add(f);
                    }
                }
            }
            siblings.add(sib);
            return;
        }
        if (e instanceof Mul m) {
            m.factors().forEach(f -> powersOfK(f, k, m, powers, siblings));
        } else if (e instanceof Pow p) {
            powersOfK(p.base(), k, null, powers, siblings);
            powersOfK(p.exponent(), k, null, powers, siblings);
        } else if (e instanceof zipfscale.expr.Add a) {
            a.terms().forEach(t -> powersOfK(t, k, null, powers, siblings));
        } else if (e instanceof Call c) {
            c.args().forEach(t -> powersOfK(t, k, null, powers, siblings));
        }
    }

    /** {@code e} with the calls of {@code name} replaced by a probe name, to see what else holds k. */
    private static Expr replaceCalls(Expr e, String name) {
        return new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                return c.function().equals(name) ? new Symbol("zipfscale_weight_probe") : super.visitCall(c);
            }
        }.rewrite(e);
    }

    private boolean hasWeightCall(Expr body) {
        boolean[] found = {false};
        new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                if (weights.containsKey(c.function())) {
                    found[0] = true;
                }
                return super.visitCall(c);
            }
        }.rewrite(body);
        return found[0];
    }
}
