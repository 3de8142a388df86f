package zipfscale.numerics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.RelOp;
import zipfscale.expr.Symbol;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * Per-symbol bounds read off comparisons of the form {@code symbol OP constant} (either side):
 * {@code alpha > 1}, {@code 0 <= q}, {@code q <= 1/2}. Comparisons between parameters are not bounds;
 * the sampler enforces them by rejection.
 */
public final class Bounds {
    /** A bound on one side: its value and whether it is strict. */
    public record Bound(double value, boolean strict) { }

    private final Map<String, Bound> lower = new HashMap<>();
    private final Map<String, Bound> upper = new HashMap<>();

    public static Bounds of(List<Comparison> comparisons) {
        Bounds b = new Bounds();
        for (Comparison c : comparisons) {
            b.add(c.lhs(), c.op(), c.rhs());
            b.add(c.rhs(), c.op().flipped(), c.lhs());
        }
        return b;
    }

    private void add(Expr side, RelOp op, Expr other) {
        if (!(side instanceof Symbol s) || !FreeSymbols.of(other).isEmpty()) {
            return;
        }
        double v;
        try {
            v = DoubleEvaluator.evaluate(other, Map.of());
        } catch (EvaluationException e) {
            return;
        }
        if (Double.isNaN(v)) {
            return;
        }
        String n = s.name();
        switch (op) {
            case GT: tighten(lower, n, new Bound(v, true), true); break;
            case GE: tighten(lower, n, new Bound(v, false), true); break;
            case LT: tighten(upper, n, new Bound(v, true), false); break;
            case LE: tighten(upper, n, new Bound(v, false), false); break;
            default:
                tighten(lower, n, new Bound(v, false), true);
                tighten(upper, n, new Bound(v, false), false);
        }
    }

    private static void tighten(Map<String, Bound> m, String n, Bound b, boolean isLower) {
        Bound old = m.get(n);
        if (old == null || (isLower ? b.value() > old.value() : b.value() < old.value())
                || (b.value() == old.value() && b.strict())) {
            m.put(n, b);
        }
    }

    public Bound lower(String n) {
        return lower.get(n);
    }

    public Bound upper(String n) {
        return upper.get(n);
    }

    /** The box of each bounded symbol (strict bounds give open ends). */
    public Map<String, Interval> boxes() {
        Map<String, Interval> out = new HashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>(lower.keySet());
        names.addAll(upper.keySet());
        for (String n : names) {
            Bound l = lower.get(n);
            Bound u = upper.get(n);
            double lo = l == null ? Double.NEGATIVE_INFINITY : l.value();
            double hi = u == null ? Double.POSITIVE_INFINITY : u.value();
            out.put(n, new Interval(lo, hi, l != null && l.strict(), u != null && u.strict()));
        }
        return out;
    }
}
