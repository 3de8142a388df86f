package zipfscale.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * The counterexample search of a claim over distributions or sequences (issue 15), seeded and bounded by
 * a {@link SearchBudget}. For each shape (a value of every size, whole parameters from their ranges)
 * it evaluates the structured candidates of {@link VectorFamilies} (vertices, two- and three-atom
 * vectors, two-level vectors, Zipf and geometric families), then Dirichlet draws, each with real
 * parameters at corners, the centre and random points of their ranges; then it maximises the violation
 * from the best candidates with BOBYQA ({@link ViolationOptimiser}) over the vectors and the real
 * parameters jointly. Double precision throughout; a violation is kept for confirmation in 40 digits.
 */
final class ViolationSearch {
    /** Keep at most this many violating points per size (the smallest-K report confirms among them). */
    private static final int KEEP_VIOLATIONS = 4;
    private static final int STARTS = 8;
    /** BOBYQA's work per step grows like the cube of the dimension: larger vectors get no local search. */
    private static final int MAX_DIMENSION = 24;

    final QuantifiedClaim claim;
    private final SearchBudget budget;
    private final SplittableRandom random;
    private final long deadline;
    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    /** Violating points by the value of the first size, smallest first. */
    final TreeMap<Integer, List<SearchPoint>> violations = new TreeMap<>();
    private final List<SearchPoint> elite = new ArrayList<>();
    int evaluated;
    int undefined;
    boolean timedOut;
    SearchPoint worst;
    /** rhs/lhs over the candidates with lhs > 0 and rhs >= 0: its least and greatest value. */
    double minRhsOverLhs = Double.POSITIVE_INFINITY;
    double maxRhsOverLhs = Double.NEGATIVE_INFINITY;
    /** False once a candidate has a negative side (the ratios then say nothing about a constant factor). */
    boolean ratioValid = true;
    String unrollProblem;

    /** One choice of sizes and whole parameters, with the claim written out for it. */
    record Shape(Map<String, Double> fixed, Map<String, Integer> lengths, Expr lhs, Expr rhs,
            Map<String, Integer> slots, CompiledExpression.Node fastLhs, CompiledExpression.Node fastRhs) { }

    ViolationSearch(QuantifiedClaim claim, SearchBudget budget, long seed) {
        this.claim = claim;
        this.budget = budget;
        this.random = new SplittableRandom(seed ^ (claim.claim.info().id().hashCode() * 0x9E3779B97F4A7C15L));
        this.deadline = System.nanoTime() + (long) (budget.seconds() * 1e9);
    }

    void run() {
        List<Map<String, Double>> fixeds = ShapePlan.fixedValues(claim, random);
        int structuredQuota = (int) (budget.candidates() * 0.45);
        int randomQuota = (int) (budget.candidates() * 0.2);
        int perShapeStructured = Math.max(60, structuredQuota / Math.max(1, fixeds.size()));
        int perShapeRandom = Math.max(16, randomQuota / Math.max(1, fixeds.size()));
        for (Map<String, Double> fixed : fixeds) {
            Shape shape = shape(fixed);
            if (shape == null) {
                continue;
            }
            structured(shape, perShapeStructured);
            if (stop()) {
                return;
            }
        }
        for (Shape shape : new ArrayList<>(shapes.values())) {
            for (int i = 0; i < perShapeRandom && !stop(); i++) {
                Map<String, double[]> vectors = new LinkedHashMap<>();
                for (Ensemble en : claim.ensembles) {
                    double[] r = claim.termRange(en);
                    vectors.put(en.name(), VectorFamilies.random(en, shape.lengths().get(en.name()), r[0], r[1], random, i));
                }
                evaluate(shape, vectors, reals(shape.fixed(), 2 + i));
            }
        }
        optimise();
    }

    private boolean stop() {
        if (System.nanoTime() > deadline) {
            timedOut = true;
        }
        return timedOut || evaluated + undefined >= budget.candidates();
    }

    private Shape shape(Map<String, Double> fixed) {
        String key = fixed.toString();
        Shape s = shapes.get(key);
        if (s != null) {
            return s;
        }
        Map<String, Integer> lengths = new LinkedHashMap<>();
        Map<String, Expr> subst = new HashMap<>();
        fixed.forEach((n, v) -> subst.put(n, Expr.num(Math.round(v))));
        for (Ensemble en : claim.ensembles) {
            lengths.put(en.name(), (int) Math.round(fixed.get(en.size())));
        }
        try {
            Expr l = SequenceUnrolling.unroll(claim.lhs, subst, lengths);
            Expr r = SequenceUnrolling.unroll(claim.rhs, subst, lengths);
            Map<String, Integer> slots = new LinkedHashMap<>();
            for (String n : fixed.keySet()) {
                slots.put(n, slots.size());
            }
            for (String n : claim.reals) {
                slots.put(n, slots.size());
            }
            for (Ensemble en : claim.ensembles) {
                for (int j = 1; j <= lengths.get(en.name()); j++) {
                    slots.put(SequenceUnrolling.symbol(en.name(), j), slots.size());
                }
            }
            CompiledExpression.Node fl = CompiledExpression.compile(l, slots);
            CompiledExpression.Node fr = CompiledExpression.compile(r, slots);
            s = fl == null || fr == null ? new Shape(fixed, lengths, l, r, slots, null, null)
                    : new Shape(fixed, lengths, l, r, slots, fl, fr);
        } catch (SequenceUnrolling.UnrollingException e) {
            if (unrollProblem == null) {
                unrollProblem = e.getMessage() + " (at " + fixed + ")";
            }
            return null;
        }
        shapes.put(key, s);
        return s;
    }

    private void structured(Shape shape, int quota) {
        List<List<double[]>> lists = new ArrayList<>();
        for (Ensemble en : claim.ensembles) {
            double[] r = claim.termRange(en);
            lists.add(VectorFamilies.structured(en, shape.lengths().get(en.name()), r[0], r[1]));
        }
        int count = 0;
        // each ensemble's structured vectors, the others at their first structured vector and cycling
        for (int e = 0; e < lists.size(); e++) {
            List<double[]> mine = lists.get(e);
            for (int i = 0; i < mine.size() && count < quota && !stop(); i++) {
                Map<String, double[]> vectors = new LinkedHashMap<>();
                for (int f = 0; f < lists.size(); f++) {
                    List<double[]> l = lists.get(f);
                    vectors.put(claim.ensembles.get(f).name(), f == e ? mine.get(i) : l.get((i * 7 + f) % l.size()));
                }
                for (int t = 0; t < 3 && count < quota; t++) {
                    evaluate(shape, vectors, reals(shape.fixed(), t == 0 ? 0 : t == 1 ? 1 + i : 2 + i * 3));
                    count++;
                }
            }
        }
    }

    /** Real parameters: the centre (which 0), corners in turn (odd), random points (even). */
    private Map<String, Double> reals(Map<String, Double> fixed, int which) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = claim.reals.size();
        for (int i = 0; i < n; i++) {
            String name = claim.reals.get(i);
            double[] r = claim.range(name, fixed);
            double v;
            if (which == 0) {
                v = (r[0] + r[1]) / 2;
            } else if (which % 2 == 1) {
                int corner = (which / 2) % (1 << Math.min(n, 16));
                v = ((corner >> i) & 1) == 0 ? r[0] : r[1];
            } else {
                v = r[0] + (r[1] - r[0]) * random.nextDouble();
            }
            out.put(name, v);
        }
        return out;
    }

    /** Evaluates one candidate (retrying once nudged into the interior when a side is undefined there). */
    SearchPoint evaluate(Shape shape, Map<String, double[]> vectors, Map<String, Double> reals) {
        Map<String, Double> scalars = new LinkedHashMap<>(shape.fixed());
        scalars.putAll(reals);
        if (!claim.admissible(scalars)) {
            undefined++;
            return null;
        }
        SearchPoint p = point(shape, vectors, reals);
        if (p == null) {
            Map<String, double[]> nudged = new LinkedHashMap<>();
            for (Ensemble en : claim.ensembles) {
                nudged.put(en.name(), Nudge.interior(en, vectors.get(en.name()), claim.termRange(en)));
            }
            p = point(shape, nudged, reals);
        }
        if (p == null) {
            undefined++;
            return null;
        }
        evaluated++;
        record(p);
        return p;
    }

    private SearchPoint point(Shape shape, Map<String, double[]> vectors, Map<String, Double> reals) {
        Map<String, Double> env = SearchPoint.environment(shape.fixed(), vectors, reals);
        double l;
        double r;
        if (shape.fastLhs() != null) {
            double[] x = new double[shape.slots().size()];
            for (Map.Entry<String, Integer> e : shape.slots().entrySet()) {
                Double v = env.get(e.getKey());
                x[e.getValue()] = v == null ? Double.NaN : v;
            }
            l = shape.fastLhs().eval(x);
            r = shape.fastRhs().eval(x);
        } else {
            try {
                l = DoubleEvaluator.evaluate(shape.lhs(), env);
                r = DoubleEvaluator.evaluate(shape.rhs(), env);
            } catch (EvaluationException e) {
                return null;
            }
        }
        if (!Double.isFinite(l) || !Double.isFinite(r)) {
            return null;
        }
        double diff = claim.op == RelOp.EQ ? Math.abs(l - r)
                : claim.op == RelOp.LE || claim.op == RelOp.LT ? l - r : r - l;
        double scale = Math.max(Math.abs(l), Math.abs(r));
        boolean violated = claim.op == RelOp.EQ ? !Tolerance.DOUBLE.equal(l, r)
                : claim.op == RelOp.LE || claim.op == RelOp.LT ? !Tolerance.DOUBLE.atMost(l, r) : !Tolerance.DOUBLE.atMost(r, l);
        return new SearchPoint(shape.fixed(), vectors, reals, l, r, diff / (scale + 1e-300), violated);
    }

    private void record(SearchPoint p) {
        if (worst == null || p.margin() > worst.margin()) {
            worst = p;
        }
        if (p.lhs() < 0 || p.rhs() < 0) {
            ratioValid = false;
        } else if (p.lhs() > 0) {
            double ratio = p.rhs() / p.lhs();
            minRhsOverLhs = Math.min(minRhsOverLhs, ratio);
            maxRhsOverLhs = Math.max(maxRhsOverLhs, ratio);
        }
        if (p.violated()) {
            int k = (int) Math.round(p.fixed().get(claim.sizes.keySet().iterator().next()));
            List<SearchPoint> l = violations.computeIfAbsent(k, x -> new ArrayList<>());
            l.add(p);
            l.sort(Comparator.comparingDouble(SearchPoint::margin).reversed());
            if (l.size() > KEEP_VIOLATIONS) {
                l.remove(l.size() - 1);
            }
        }
        if (p.vectors().values().stream().mapToInt(v -> v.length).sum() <= MAX_DIMENSION) {
            elite.add(p);
        }
        if (elite.size() > 4 * STARTS) {
            elite.sort(Comparator.comparingDouble(SearchPoint::margin).reversed());
            elite.subList(2 * STARTS, elite.size()).clear();
        }
    }

    /** BOBYQA from the best candidates, one start per shape first. */
    private void optimise() {
        elite.sort(Comparator.comparingDouble(SearchPoint::margin).reversed());
        List<SearchPoint> starts = new ArrayList<>();
        java.util.Set<String> usedShapes = new java.util.HashSet<>();
        elite.removeIf(p -> p.vectors().values().stream().mapToInt(v -> v.length).sum() > MAX_DIMENSION);
        for (SearchPoint p : elite) {
            if (starts.size() < STARTS && usedShapes.add(p.fixed().toString())) {
                starts.add(p);
            }
        }
        for (SearchPoint p : elite) {
            if (starts.size() < STARTS && !starts.contains(p)) {
                starts.add(p);
            }
        }
        int remaining = budget.candidates() - evaluated - undefined;
        for (int i = 0; i < starts.size() && !stop(); i++) {
            int share = (budget.candidates() - evaluated - undefined) / Math.max(1, starts.size() - i);
            if (remaining <= 0 || share < 20) {
                break;
            }
            SearchPoint s = starts.get(i);
            new ViolationOptimiser(this, shapes.get(s.fixed().toString())).run(s, share);
        }
    }

    Shape shapeOf(SearchPoint p) {
        return shapes.get(p.fixed().toString());
    }

    boolean outOfBudget() {
        return stop();
    }
}
