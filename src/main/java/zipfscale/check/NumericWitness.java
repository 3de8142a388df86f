package zipfscale.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apfloat.Apfloat;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.numerics.EvaluationException;

/**
 * Evaluates both sides of a claim at seeded random points and looks for a violation of a relation between
 * them, each point decided by {@link BoundedComparison} (exact rational arithmetic where the sides have
 * exact values, else an error-bounded evaluation whose precision is raised to confirm an apparent
 * violation). For an inequality, the margin is then minimised locally from the best points
 * ({@link MarginMinimiser}), so that an interior tangency that sampling misses is still tried. A
 * violation counts only when an independent double evaluation gives the same two values; when it does
 * not, the witness says so and decides nothing.
 */
final class NumericWitness {
    /** What the evaluation found; {@code accuracy} says how precise the evidence is. */
    record Outcome(Kind kind, List<Sample> samples, int used, String note, Accuracy accuracy) { }

    enum Kind { AGREES, VIOLATED, DISAGREE, TOO_FEW_POINTS, UNSUPPORTED }

    static final int MIN_POINTS = 50;
    /** Apparent violations confirmed by higher precisions per claim (each may cost four evaluations). */
    private static final int MAX_CLIMBS = 12;

    private final CheckSettings settings;

    NumericWitness(CheckSettings settings) {
        this.settings = settings;
    }

    Outcome run(Expr lhs, Expr rhs, ClaimContext ctx, Relation rel) {
        return run(lhs, rhs, ctx, rel, false);
    }

    /**
     * As {@link #run(Expr, Expr, ClaimContext, Relation)}; for a claim that an expression vanishes
     * ({@code vanishing} true: one side is the number 0, as in a first-order condition {@code f'(x*) == 0}),
     * an apparent violation that no precision resolves counts as agreeing when the difference vanishes
     * relative to the magnitude of its terms at the working and at the top precision
     * ({@link BoundedComparison#vanishes}): for such a claim there is no other scale to compare with.
     */
    Outcome run(Expr lhs, Expr rhs, ClaimContext ctx, Relation rel, boolean vanishing) {
        Set<String> names = new TreeSet<>(FreeSymbols.of(lhs));
        names.addAll(FreeSymbols.of(rhs));
        PointSampler sampler = new PointSampler(ctx.constraints(), settings.seed());
        List<Map<String, BigDecimal>> points = sampler.draw(names, settings.points());
        Scan scan = new Scan(lhs, rhs, rel, vanishing);
        for (Map<String, BigDecimal> p : points) {
            Outcome stop = scan.point(p);
            if (stop != null) {
                return stop;
            }
        }
        if (!rel.isEquality() && scan.unresolved == null && scan.used >= MIN_POINTS && !names.isEmpty()) {
            for (Map<String, BigDecimal> p : new MarginMinimiser(settings.numeric(), sampler)
                    .candidates(lhs, rhs, rel, scan.best)) {
                scan.minimised++;
                Outcome stop = scan.point(p);
                if (stop != null) {
                    return stop;
                }
            }
        }
        if (scan.unresolved != null) {
            // an apparent violation that no precision up to the top one confirms: never a pass, never a refutation
            return new Outcome(Kind.DISAGREE, List.of(scan.unresolved), scan.used, "the claim appears to fail at"
                    + " this point, but it is not confirmed up to " + scan.comparison.topDigits() + " digits (a side's"
                    + " terms cancel below that precision there)", scan.accuracy());
        }
        if (scan.used < MIN_POINTS) {
            return new Outcome(Kind.TOO_FEW_POINTS, scan.shown, scan.used, "only " + scan.used + " of " + points.size()
                    + " points could be evaluated" + (scan.lastProblem == null ? "" : " (" + scan.lastProblem + ")"),
                    scan.accuracy());
        }
        return new Outcome(Kind.AGREES, scan.shown, scan.used, null, scan.accuracy());
    }

    /** The state of one scan over the points. */
    private final class Scan {
        final Expr lhs;
        final Expr rhs;
        final Relation rel;
        final BoundedComparison comparison;
        final List<Sample> shown = new ArrayList<>();
        /** The sampled points, best (smallest relative margin) first, for the minimiser. */
        final List<MarginMinimiser.Start> best = new ArrayList<>();
        int used;
        int minimised;
        int climbs;
        int exact;
        int digits;
        double bound;
        Apfloat smallest;
        Map<String, String> smallestAt = Map.of();
        String lastProblem;
        Sample unresolved;
        final boolean vanishing;

        Scan(Expr lhs, Expr rhs, Relation rel, boolean vanishing) {
            this.lhs = lhs;
            this.rhs = rhs;
            this.rel = rel;
            this.vanishing = vanishing;
            this.comparison = new BoundedComparison(settings.numeric(), settings.digits());
            this.digits = settings.digits();
        }

        /** Checks one point; a non-null outcome ends the witness. */
        Outcome point(Map<String, BigDecimal> p) {
            BoundedComparison.Result r;
            try {
                r = comparison.compare(lhs, rhs, p, rel, climbs < MAX_CLIMBS);
            } catch (zipfscale.numerics.DivergentSumException e) {
                return divergent(p, e);
            } catch (EvaluationException e) {
                if (e.unsupported()) {
                    return new Outcome(Kind.UNSUPPORTED, List.of(), 0, e.getMessage(), null);
                }
                lastProblem = e.getMessage();
                return null;
            } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                lastProblem = e.getMessage();
                return null;
            }
            used++;
            if (r.digits() > settings.digits()) {
                climbs++;
            }
            digits = Math.max(digits, r.digits());
            Sample s = sample(p, r.lhs(), r.rhs());
            switch (r.kind()) {
                case VIOLATED:
                    if (r.digits() > 0 && !doubleConfirms(lhs, rhs, p, r.lhs(), r.rhs())) {
                        return new Outcome(Kind.DISAGREE, List.of(s), used,
                                "the " + r.digits() + "-digit and the double evaluations disagree at this point", accuracy());
                    }
                    note(r, p);
                    return new Outcome(Kind.VIOLATED, List.of(s), used, "difference " + digits(r.margin())
                            + (r.digits() == 0 ? " (exact)" : ", error bound " + digits(r.bound()) + " at "
                            + r.digits() + " digits"), accuracy());
                case UNRESOLVED:
                    if (vanishing && rel.isEquality() && comparison.vanishes(Expr.sub(lhs, rhs), p)) {
                        if (shown.size() < 5) {
                            shown.add(s);
                        }
                        return null;
                    }
                    used--;
                    if (unresolved == null) {
                        unresolved = s;
                    }
                    return null;
                default:
                    if (r.digits() == 0) {
                        exact++;
                    } else {
                        bound = Math.max(bound, r.relativeBound());
                    }
                    note(r, p);
                    if (shown.size() < 5) {
                        shown.add(s);
                    }
                    return null;
            }
        }

        /**
         * A side's infinite sum diverges at the point: an identity whose other side is finite there is
         * violated (a divergent sum has no value; its analytic continuation is not one); otherwise
         * nothing is decided.
         */
        private Outcome divergent(Map<String, BigDecimal> p, zipfscale.numerics.DivergentSumException e) {
            Sample s = sample(p, new Apfloat(0), new Apfloat(0));
            if (rel.isEquality()) {
                for (Expr side : List.of(lhs, rhs)) {
                    try {
                        Apfloat v = settings.numeric().evaluatePrecise(side, p, settings.digits());
                        Sample shownSample = side == lhs ? new Sample(s.point(), digits(v), "diverges")
                                : new Sample(s.point(), "diverges", digits(v));
                        return new Outcome(Kind.VIOLATED, List.of(shownSample), used, e.getMessage()
                                + ", while the other side is finite", accuracy());
                    } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException ignored) {
                        // this side is the divergent one (or cannot be told): try the other
                    }
                }
            }
            return new Outcome(Kind.UNSUPPORTED, List.of(), 0, e.getMessage() + " at " + new java.util.TreeMap<>(s.point()), null);
        }

        private void note(BoundedComparison.Result r, Map<String, BigDecimal> p) {
            if (rel.isEquality()) {
                return;
            }
            if (smallest == null || r.margin().compareTo(smallest) < 0) {
                smallest = r.margin();
                smallestAt = sample(p, r.lhs(), r.rhs()).point();
            }
            double relMargin = r.scale().signum() == 0 ? r.margin().signum()
                    : r.margin().divide(r.scale().precision(20)).doubleValue();
            best.add(new MarginMinimiser.Start(p, r.margin().doubleValue(), relMargin));
        }

        Accuracy accuracy() {
            return new Accuracy(digits, bound, exact, smallest == null ? null : digits(smallest), smallestAt, minimised);
        }
    }

    /**
     * Whether an independent double evaluation gives the same two values as the high-precision one
     * (within double tolerance), so that the violation is not an artefact of one evaluator. Where double
     * cannot represent the values (overflow, underflow) it neither confirms nor contradicts.
     */
    private boolean doubleConfirms(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Apfloat hl, Apfloat hr) {
        Map<String, Double> dp = new HashMap<>();
        p.forEach((k, v) -> dp.put(k, v.doubleValue()));
        double l;
        double r;
        try {
            l = settings.numeric().evaluateDouble(lhs, dp);
            r = settings.numeric().evaluateDouble(rhs, dp);
        } catch (EvaluationException e) {
            return true;
        }
        double hld = hl.doubleValue();
        double hrd = hr.doubleValue();
        if (!Double.isFinite(l) || !Double.isFinite(r) || !Double.isFinite(hld) || !Double.isFinite(hrd)
                || hld == 0 && hl.signum() != 0 || hrd == 0 && hr.signum() != 0) {
            return true;
        }
        return Tolerance.DOUBLE.equal(l, hld) && Tolerance.DOUBLE.equal(r, hrd);
    }

    static Sample sample(Map<String, BigDecimal> p, Apfloat l, Apfloat r) {
        Map<String, String> point = new LinkedHashMap<>();
        p.forEach((k, v) -> point.put(k, shortDecimal(v)));
        return new Sample(point, digits(l), digits(r));
    }

    static String shortDecimal(BigDecimal v) {
        return v.round(new java.math.MathContext(17)).stripTrailingZeros().toString();
    }

    static String digits(Apfloat a) {
        String text = a.toString(false);
        try {
            return new BigDecimal(text).round(new java.math.MathContext(30)).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond BigDecimal's range: Apfloat's own scientific form
            return a.precision(30).toString(false);
        }
    }
}
