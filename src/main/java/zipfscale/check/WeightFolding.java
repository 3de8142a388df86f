package zipfscale.check;

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

    private WeightFolding(Map<String, ZipfWeight> weights) {
        this.weights = new LinkedHashMap<>(weights);
    }

    static Folded fold(List<Expr> expressions, Map<String, ZipfWeight> weights) {
        WeightFolding f = new WeightFolding(weights);
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

    private Sum foldSum(Sum s) {
        String k = s.index();
        List<Expr> candidates = new ArrayList<>();
        collect(s.body(), k, candidates);
        for (Expr w : candidates) {
            Expr probe = replace(s.body(), w, new Symbol("zipfscale_weight_probe"));
            if (FreeSymbols.of(probe).contains(k)) {
                continue;
            }
            String name;
            do {
                name = "w" + (++counter);
            } while (weights.containsKey(name) || FreeSymbols.of(s.body()).contains(name));
            weights.put(name, ZipfWeight.of(w, k));
            Expr body = replace(s.body(), w, new Call(name, List.of(new Symbol(k))));
            return new Sum(body, k, s.lower(), s.upper());
        }
        return s;
    }

    /** Subexpressions of the form c k^(-a) (products and powers), outermost first. */
    private static void collect(Expr e, String k, List<Expr> out) {
        if ((e instanceof Mul || e instanceof Pow) && ZipfWeight.of(e, k) != null && !out.contains(e)) {
            out.add(e);
        }
        if (e instanceof Mul m) {
            m.factors().forEach(f -> collect(f, k, out));
        } else if (e instanceof Pow p) {
            collect(p.base(), k, out);
            collect(p.exponent(), k, out);
        } else if (e instanceof zipfscale.expr.Add a) {
            a.terms().forEach(t -> collect(t, k, out));
        } else if (e instanceof Call c) {
            c.args().forEach(t -> collect(t, k, out));
        }
    }

    private static Expr replace(Expr e, Expr target, Expr by) {
        return new Rewriter() {
            @Override
            public Expr rewrite(Expr x) {
                return x.equals(target) ? by : super.rewrite(x);
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
