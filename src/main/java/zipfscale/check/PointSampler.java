package zipfscale.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeSet;
import zipfscale.expr.Comparison;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.Bounds;

/**
 * Draws parameter points that satisfy the assumptions and domains, from a fixed seed. Each bounded
 * parameter is drawn uniformly, near each end (distance 10^-U(1,8) of the width, where claims that fail
 * only near one end are caught) and at the closed ends themselves; a half-bounded one log-uniformly up to
 * 10^3 beyond its bound; an unbounded one from +-10^U(-2,2). Comparisons between parameters are
 * enforced by rejection. Values are exact binary doubles, written as exact decimals.
 */
final class PointSampler {
    private final Bounds bounds;
    private final List<Comparison> constraints;
    private final SplittableRandom random;

    PointSampler(List<Comparison> constraints, long seed) {
        this.bounds = Bounds.of(constraints);
        this.constraints = constraints;
        this.random = new SplittableRandom(seed);
    }

    Bounds bounds() {
        return bounds;
    }

    /** Up to {@code n} points over {@code names}; fewer when the constraints reject almost everything. */
    List<Map<String, BigDecimal>> draw(Set<String> names, int n) {
        List<Map<String, BigDecimal>> out = new ArrayList<>();
        Set<String> sorted = new TreeSet<>(names);
        int tries = 0;
        while (out.size() < n && tries < 200 * n) {
            tries++;
            Map<String, Double> p = new LinkedHashMap<>();
            for (String name : sorted) {
                p.put(name, value(name, out.size()));
            }
            // a bound such as 1e309 or 0/0 gives non-finite draws: never a point (fuzz: BigDecimal threw)
            if (p.values().stream().allMatch(Double::isFinite) && satisfies(p)) {
                Map<String, BigDecimal> exact = new LinkedHashMap<>();
                p.forEach((k, v) -> exact.put(k, new BigDecimal(v)));
                out.add(exact);
            }
        }
        return out;
    }

    boolean satisfies(Map<String, Double> p) {
        Map<String, Double> env = new HashMap<>(p);
        for (Comparison c : constraints) {
            try {
                double l = DoubleEvaluator.evaluate(c.lhs(), env);
                double r = DoubleEvaluator.evaluate(c.rhs(), env);
                if (!c.op().holds(Double.compare(l, r)) || (c.op() != zipfscale.expr.RelOp.EQ && l == r
                        && !c.op().inclusive())) {
                    return false;
                }
            } catch (EvaluationException e) {
                if (e.unsupported()) {
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    private double value(String name, int index) {
        Bounds.Bound lo = bounds.lower(name);
        Bounds.Bound hi = bounds.upper(name);
        double u = random.nextDouble();
        if (lo != null && hi != null) {
            double a = lo.value();
            double b = hi.value();
            double w = b - a;
            if (index == 0 && !lo.strict()) {
                return a;
            }
            if (index == 1 && !hi.strict()) {
                return b;
            }
            if (u < 0.2) {
                return inside(a + w * Math.pow(10, -1 - 7 * random.nextDouble()), a, b);
            }
            if (u < 0.4) {
                return inside(b - w * Math.pow(10, -1 - 7 * random.nextDouble()), a, b);
            }
            return inside(a + w * random.nextDouble(), a, b);
        }
        if (lo != null) {
            if (index == 0 && !lo.strict()) {
                return lo.value();
            }
            double spread = Math.max(1, Math.abs(lo.value())) * Math.pow(10, -6 + 9 * random.nextDouble());
            return lo.value() + (u < 0.15 ? spread * 1e-3 : spread);
        }
        if (hi != null) {
            double spread = Math.max(1, Math.abs(hi.value())) * Math.pow(10, -6 + 9 * random.nextDouble());
            return hi.value() - spread;
        }
        double mag = Math.pow(10, -2 + 4 * random.nextDouble());
        return u < 0.5 ? mag : u < 0.8 ? -mag : 6 * random.nextDouble() - 3;
    }

    private static double inside(double v, double a, double b) {
        if (v <= a) {
            return Math.nextUp(a);
        }
        if (v >= b) {
            return Math.nextDown(b);
        }
        return v;
    }
}
