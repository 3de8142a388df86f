package zipfscale.check;

import zipfscale.numerics.Bounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Domain;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.RelOp;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * A claim over distributions or sequences made ready for the search (issue 15): both sides with the
 * definitions expanded and the bindings substituted; the sequences; the sizes with their whole-number
 * ranges; the other parameters, split into whole numbers (those in the bounds of sums or in an index of
 * a sequence: the evaluators need whole bounds) and real ones, each with its range.
 */
final class QuantifiedClaim {
    final Claim claim;
    final Expr lhs;
    final Expr rhs;
    final RelOp op;
    final List<Ensemble> ensembles;
    final List<Comparison> constraints;
    /** Each size's name and its range [a, b] of whole numbers. */
    final Map<String, int[]> sizes = new LinkedHashMap<>();
    /** Scalar parameters that take whole values. */
    final List<String> wholes = new ArrayList<>();
    /** Scalar parameters that take real values. */
    final List<String> reals = new ArrayList<>();
    private final Map<String, Domain> domains = new LinkedHashMap<>();
    private final Bounds bounds;
    private final ClaimContext context;

    QuantifiedClaim(Derivation d, Claim c, Expr lhs, Expr rhs, RelOp op) {
        this.claim = c;
        this.context = new ClaimContext(d, c);
        this.lhs = context.prepare(lhs);
        this.rhs = context.prepare(rhs);
        this.op = op;
        this.ensembles = c.info().ensembles();
        this.constraints = context.constraints();
        this.bounds = Bounds.of(constraints);
        for (Domain dom : c.info().domains()) {
            domains.put(dom.variable(), dom);
        }
        for (Ensemble en : ensembles) {
            Domain dom = domains.get(en.size());
            int a = (int) DoubleEvaluator.evaluate(context.prepare(dom.lower()), Map.of());
            int b = (int) DoubleEvaluator.evaluate(context.prepare(dom.upper()), Map.of());
            sizes.put(en.size(), new int[] {a, b});
        }
        Set<String> free = new TreeSet<>(FreeSymbols.of(this.lhs));
        free.addAll(FreeSymbols.of(this.rhs));
        free.removeAll(sizes.keySet());
        Set<String> whole = wholeNames(this.lhs);
        whole.addAll(wholeNames(this.rhs));
        for (String n : free) {
            (whole.contains(n) ? wholes : reals).add(n);
        }
    }

    /** The range of the scalar {@code name} with the sizes and whole parameters of {@code fixed}. */
    double[] range(String name, Map<String, Double> fixed) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        boolean loOpen = false;
        boolean hiOpen = false;
        Bounds.Bound l = bounds.lower(name);
        Bounds.Bound u = bounds.upper(name);
        if (l != null) {
            lo = l.value();
            loOpen = l.strict();
        }
        if (u != null) {
            hi = u.value();
            hiOpen = u.strict();
        }
        Domain dom = domains.get(name);
        if (dom != null) {
            lo = Math.max(lo, value(dom.lower(), fixed));
            hi = Math.min(hi, value(dom.upper(), fixed));
        }
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
            lo = -100;
            hi = 100;
        } else if (Double.isInfinite(hi)) {
            hi = lo + 1000 * Math.max(1, Math.abs(lo));
        } else if (Double.isInfinite(lo)) {
            lo = hi - 1000 * Math.max(1, Math.abs(hi));
        }
        double w = hi - lo;
        if (loOpen) {
            lo += 1e-9 * Math.max(w, 1e-300);
        }
        if (hiOpen) {
            hi -= 1e-9 * Math.max(w, 1e-300);
        }
        return new double[] {lo, hi};
    }

    /** The range of every term of a sequence {@code en} ([0, 1] for distributions). */
    double[] termRange(Ensemble en) {
        if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
            return new double[] {0, 1};
        }
        return new double[] {DoubleEvaluator.evaluate(context.prepare(en.lower()), Map.of()),
            DoubleEvaluator.evaluate(context.prepare(en.upper()), Map.of())};
    }

    /** Whether the assumptions and domains hold at {@code env}; a constraint on names not in it is skipped. */
    boolean admissible(Map<String, Double> env) {
        for (Comparison c : constraints) {
            if (!env.keySet().containsAll(FreeSymbols.of(c.lhs())) || !env.keySet().containsAll(FreeSymbols.of(c.rhs()))) {
                continue;
            }
            try {
                double a = DoubleEvaluator.evaluate(c.lhs(), env);
                double b = DoubleEvaluator.evaluate(c.rhs(), env);
                double slack = 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
                boolean ok;
                switch (c.op()) {
                    case LT: ok = a < b; break;
                    case LE: ok = a <= b + slack; break;
                    case GT: ok = a > b; break;
                    case GE: ok = a + slack >= b; break;
                    default: ok = Math.abs(a - b) <= slack;
                }
                if (!ok) {
                    return false;
                }
            } catch (EvaluationException e) {
                return false;
            }
        }
        return true;
    }

    private double value(Expr e, Map<String, Double> fixed) {
        try {
            return DoubleEvaluator.evaluate(context.prepare(e), fixed);
        } catch (EvaluationException ex) {
            return Double.NaN;
        }
    }

    /** Names in the bounds of sums and in the index of sequence calls: they take whole values. */
    private Set<String> wholeNames(Expr e) {
        Set<String> seq = new TreeSet<>();
        for (Ensemble en : ensembles) {
            seq.add(en.name());
        }
        Set<String> out = new TreeSet<>();
        new Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                out.addAll(FreeSymbols.of(s.lower()));
                out.addAll(FreeSymbols.of(s.upper()));
                return super.visitSum(s);
            }

            @Override
            public Expr visitCall(Call c) {
                if (seq.contains(c.function())) {
                    out.addAll(FreeSymbols.of(c.args().get(0)));
                }
                return super.visitCall(c);
            }
        }.rewrite(e);
        return out;
    }
}
