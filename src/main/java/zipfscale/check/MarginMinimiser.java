package zipfscale.check;

import zipfscale.numerics.Bounds;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import zipfscale.expr.Expr;
import zipfscale.numerics.EvaluationException;

/**
 * Local minimisation of an inequality's margin from the sampled points where it is smallest, so that an
 * interior tangency or a near-violation that random points miss is still tried: Brent's method in one
 * parameter, BOBYQA in several (Apache Commons Math), on the margin in double, from the starts of smallest
 * margin and of smallest margin relative to the sides' size.
 * The minimiser and its best rational neighbours (continued-fraction convergents of each coordinate with
 * denominators up to 10^4, where tangencies of scripted claims usually sit) are returned as candidate
 * points for {@link BoundedComparison}, which decides them exactly or with an error bound.
 *
 * <p>Implementation note: the double minimisation locates a tangency to about 1e-8 (the square root of
 * the double precision); a violation narrower than that is found only at a rational point or not at all:
 * the report states the smallest margin found and where, never that none smaller exists.
 */
final class MarginMinimiser {
    /** A sampled point, its margin and its margin relative to the sides' size. */
    record Start(Map<String, BigDecimal> point, double margin, double relativeMargin) { }

    private static final int STARTS = 3;
    private static final int MAX_EVALUATIONS = 300;
    private static final long MAX_DENOMINATOR = 10_000;

    private final NumericBackend numeric;
    private final PointSampler sampler;

    MarginMinimiser(NumericBackend numeric, PointSampler sampler) {
        this.numeric = numeric;
        this.sampler = sampler;
    }

    /** Candidate points near the local minima of the margin from the best starts. */
    List<Map<String, BigDecimal>> candidates(Expr lhs, Expr rhs, Relation rel, List<Start> starts) {
        List<Start> byRelative = new ArrayList<>(starts);
        byRelative.sort(Comparator.comparingDouble(Start::relativeMargin));
        List<Start> byAbsolute = new ArrayList<>(starts);
        byAbsolute.sort(Comparator.comparingDouble(Start::margin));
        LinkedHashSet<Start> chosen = new LinkedHashSet<>(byRelative.subList(0, Math.min(STARTS, byRelative.size())));
        chosen.addAll(byAbsolute.subList(0, Math.min(STARTS, byAbsolute.size())));
        LinkedHashSet<Map<String, BigDecimal>> out = new LinkedHashSet<>();
        for (Start s : chosen) {
            List<String> names = new ArrayList<>(s.point().keySet());
            double[] x0 = new double[names.size()];
            for (int i = 0; i < x0.length; i++) {
                x0[i] = s.point().get(names.get(i)).doubleValue();
            }
            double[] best;
            try {
                best = minimise(names, x0, p -> objective(lhs, rhs, rel, p));
            } catch (RuntimeException e) {
                continue;   // the optimiser failed from this start: the sampled points stand
            }
            List<BigDecimal[]> near = rationalNeighbours(best);
            near.addAll(towardsBounds(names, best));
            for (BigDecimal[] c : near) {
                Map<String, Double> dp = new LinkedHashMap<>();
                Map<String, BigDecimal> exact = new LinkedHashMap<>();
                for (int i = 0; i < c.length; i++) {
                    dp.put(names.get(i), c[i].doubleValue());
                    exact.put(names.get(i), c[i]);
                }
                if (sampler.satisfies(dp)) {
                    out.add(exact);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private double[] minimise(List<String> names, double[] x0, java.util.function.ToDoubleFunction<Map<String, Double>> f) {
        double[] lo = new double[x0.length];
        double[] hi = new double[x0.length];
        for (int i = 0; i < x0.length; i++) {
            Bounds.Bound l = sampler.bounds().lower(names.get(i));
            Bounds.Bound h = sampler.bounds().upper(names.get(i));
            double w = 10 * Math.max(1, Math.abs(x0[i]));
            lo[i] = l == null ? x0[i] - w : l.strict() ? Math.nextUp(l.value()) : l.value();
            hi[i] = h == null ? x0[i] + w : h.strict() ? Math.nextDown(h.value()) : h.value();
            lo[i] = Math.min(lo[i], x0[i]);
            hi[i] = Math.max(hi[i], x0[i]);
        }
        if (x0.length == 1) {
            if (!(hi[0] > lo[0])) {
                return x0;
            }
            UnivariatePointValuePair r = new BrentOptimizer(1e-12, 1e-300).optimize(new MaxEval(MAX_EVALUATIONS),
                    new UnivariateObjectiveFunction(v -> f.applyAsDouble(Map.of(names.get(0), v))), GoalType.MINIMIZE,
                    new SearchInterval(lo[0], hi[0], x0[0]));
            return new double[] {r.getPoint()};
        }
        PointValuePair r = new BOBYQAOptimizer(2 * x0.length + 1).optimize(new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(v -> {
                    Map<String, Double> p = new HashMap<>();
                    for (int i = 0; i < v.length; i++) {
                        p.put(names.get(i), v[i]);
                    }
                    return f.applyAsDouble(p);
                }), GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi));
        return r.getPoint();
    }

    /** The margin in double; a point outside the domain counts as far away. */
    private double objective(Expr lhs, Expr rhs, Relation rel, Map<String, Double> p) {
        if (!sampler.satisfies(p)) {
            return 1e300;
        }
        try {
            double l = numeric.evaluateDouble(lhs, p);
            double r = numeric.evaluateDouble(rhs, p);
            double m = rel.direction() > 0 ? r - l : l - r;
            return Double.isFinite(m) ? m : 1e300;
        } catch (EvaluationException e) {
            return 1e300;
        }
    }

    /**
     * When the minimiser ends within 10^-6 of the width from a bound (a margin that shrinks towards the end
     * of the range, like {@code x - Sin(x) >= 10^-40} as x -> 0, flat in double long before it turns
     * negative): the same point with that coordinate at distance 10^-10, 10^-15, ..., 10^-40 of the width
     * from the bound, and at the bound itself when it is closed.
     */
    private List<BigDecimal[]> towardsBounds(List<String> names, double[] x) {
        List<BigDecimal[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Bounds.Bound lo = sampler.bounds().lower(names.get(i));
            Bounds.Bound hi = sampler.bounds().upper(names.get(i));
            double width = lo != null && hi != null ? hi.value() - lo.value() : 1;
            for (int end = 0; end < 2; end++) {
                Bounds.Bound b = end == 0 ? lo : hi;
                if (b == null || !(Math.abs(x[i] - b.value()) <= 1e-6 * width) || !Double.isFinite(width)) {
                    continue;
                }
                BigDecimal bound = new BigDecimal(b.value());
                BigDecimal w = new BigDecimal(width);
                for (int k = b.strict() ? 10 : 0; k <= 40; k += 5) {
                    BigDecimal step = k == 0 ? BigDecimal.ZERO : w.scaleByPowerOfTen(-k);
                    BigDecimal[] y = new BigDecimal[x.length];
                    for (int j = 0; j < x.length; j++) {
                        y[j] = new BigDecimal(x[j]);
                    }
                    y[i] = end == 0 ? bound.add(step) : bound.subtract(step);
                    out.add(y);
                }
            }
        }
        return out;
    }

    /**
     * The point itself and the points whose coordinates are replaced, one depth at a time, by their
     * continued-fraction convergents (denominator up to 10^4) within 10^-6 relative of the coordinate.
     */
    static List<BigDecimal[]> rationalNeighbours(double[] x) {
        List<BigDecimal[]> out = new ArrayList<>();
        BigDecimal[] self = new BigDecimal[x.length];
        List<List<BigDecimal>> convergents = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return out;
            }
            self[i] = new BigDecimal(x[i]);
            List<BigDecimal> c = convergents(x[i]);
            convergents.add(c);
            depth = Math.max(depth, c.size());
        }
        out.add(self);
        for (int d = 0; d < depth; d++) {
            BigDecimal[] y = new BigDecimal[x.length];
            for (int i = 0; i < x.length; i++) {
                List<BigDecimal> c = convergents.get(i);
                y[i] = c.isEmpty() ? self[i] : c.get(Math.min(d, c.size() - 1));
            }
            out.add(y);
        }
        return out;
    }

    /**
     * Convergents p/q of v with q <= 10^4 and |p/q - v| <= 10^-6 max(1, |v|), as 50-digit decimals (exact
     * when q divides a power of 10).
     */
    private static List<BigDecimal> convergents(double v) {
        List<BigDecimal> out = new ArrayList<>();
        if (!Double.isFinite(v) || Math.abs(v) > 1e12) {
            return out;
        }
        BigDecimal rest = new BigDecimal(v);
        BigInteger p0 = BigInteger.ONE;
        BigInteger q0 = BigInteger.ZERO;
        BigInteger p1 = rest.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger();
        BigInteger q1 = BigInteger.ONE;
        rest = rest.subtract(new BigDecimal(p1));
        for (int i = 0; i < 30 && q1.longValue() <= MAX_DENOMINATOR; i++) {
            BigDecimal c = new BigDecimal(p1).divide(new BigDecimal(q1), new MathContext(50));
            if (Math.abs(c.doubleValue() - v) <= 1e-6 * Math.max(1, Math.abs(v))) {
                out.add(c.stripTrailingZeros());
            }
            if (rest.signum() == 0) {
                break;
            }
            BigDecimal inv = BigDecimal.ONE.divide(rest, MathContext.DECIMAL128);
            BigInteger a = inv.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger();
            rest = inv.subtract(new BigDecimal(a));
            BigInteger p2 = a.multiply(p1).add(p0);
            BigInteger q2 = a.multiply(q1).add(q0);
            p0 = p1;
            q0 = q1;
            p1 = p2;
            q1 = q2;
        }
        return out;
    }
}
