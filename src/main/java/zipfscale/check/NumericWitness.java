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
 * Evaluates both sides of a claim at seeded random points, in double and in high precision, and looks
 * for a violation of a relation between them. A violation counts only when both precisions see it;
 * when they disagree the witness says so and decides nothing.
 */
final class NumericWitness {
    /** The relation between the two sides to test at each point. */
    interface Test {
        /** True when {@code lhs REL rhs} is violated beyond the tolerance. */
        boolean violated(double lhs, double rhs, Tolerance tol);
    }

    /** What the evaluation found. */
    record Outcome(Kind kind, List<Sample> samples, int used, String note) { }

    enum Kind { AGREES, VIOLATED, DISAGREE, TOO_FEW_POINTS, UNSUPPORTED }

    static final int MIN_POINTS = 50;

    private final CheckSettings settings;

    NumericWitness(CheckSettings settings) {
        this.settings = settings;
    }

    Outcome run(Expr lhs, Expr rhs, ClaimContext ctx, Test test) {
        return run(lhs, rhs, ctx, test, false);
    }

    /**
     * As {@link #run(Expr, Expr, ClaimContext, Test)}; for a claim that an expression vanishes
     * ({@code vanishing} true: one side is the number 0, as in a first-order condition {@code f'(x*) == 0}),
     * a point where the 40-digit value is below 10^-(digits - 10) of the magnitude of its terms (it vanishes
     * to 30 digits relative to what was added up) counts as agreeing: for such a claim there is no other
     * scale to compare with. Between two non-zero sides, cancellation still counts for neither.
     */
    Outcome run(Expr lhs, Expr rhs, ClaimContext ctx, Test test, boolean vanishing) {
        Set<String> names = new TreeSet<>(FreeSymbols.of(lhs));
        names.addAll(FreeSymbols.of(rhs));
        PointSampler sampler = new PointSampler(ctx.constraints(), settings.seed());
        List<Map<String, BigDecimal>> points = sampler.draw(names, settings.points());
        List<Sample> shown = new ArrayList<>();
        int used = 0;
        String lastProblem = null;
        Sample cancelled = null;   // the first apparent violation where a side's value is mostly cancellation
        for (Map<String, BigDecimal> p : points) {
            Map<String, Double> dp = new HashMap<>();
            p.forEach((k, v) -> dp.put(k, v.doubleValue()));
            Apfloat hl;
            Apfloat hr;
            try {
                hl = settings.numeric().evaluatePrecise(lhs, p, settings.digits());
                hr = settings.numeric().evaluatePrecise(rhs, p, settings.digits());
            } catch (EvaluationException e) {
                if (e.unsupported()) {
                    return new Outcome(Kind.UNSUPPORTED, List.of(), 0, e.getMessage());
                }
                lastProblem = e.getMessage();
                continue;
            } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                lastProblem = e.getMessage();
                continue;
            }
            used++;
            Sample s = sample(p, hl, hr);
            boolean hpViolated = preciseViolation(hl, hr, test);
            if (hpViolated && vanishing && cancels(Expr.sub(lhs, rhs), hl.subtract(hr), p)) {
                hpViolated = false;
            }
            if (hpViolated && (cancels(lhs, hl, p) || cancels(rhs, hr, p))) {
                // the 40-digit value of a side is mostly cancellation (2 Zeta(1001) - 2 is 0 at 40 digits):
                // this point can neither refute nor support the claim
                used--;
                if (cancelled == null) {
                    cancelled = s;
                }
                continue;
            }
            if (hpViolated) {
                if (!doubleConfirms(lhs, rhs, dp, hl, hr)) {
                    return new Outcome(Kind.DISAGREE, List.of(s), used,
                            "the 40-digit and the double evaluations disagree at this point");
                }
                return new Outcome(Kind.VIOLATED, List.of(s), used, null);
            }
            if (shown.size() < 5) {
                shown.add(s);
            }
        }
        if (cancelled != null) {
            // an apparent violation that 40 digits cannot resolve: never a pass, never a refutation
            return new Outcome(Kind.DISAGREE, List.of(cancelled), used, "the claim appears to fail at this point,"
                    + " but a side's terms cancel below the " + settings.digits() + "-digit precision there");
        }
        if (used < MIN_POINTS) {
            return new Outcome(Kind.TOO_FEW_POINTS, shown, used, "only " + used + " of " + points.size()
                    + " points could be evaluated" + (lastProblem == null ? "" : " (" + lastProblem + ")"));
        }
        return new Outcome(Kind.AGREES, shown, used, null);
    }

    /**
     * Whether the 40-digit value of {@code e} keeps fewer than 10 significant digits because its terms
     * cancel: |value| below 10^-(digits - 10) of the value of {@link AbsoluteTerms} (every sum's terms
     * replaced by their absolute values). Such a value cannot carry a counterexample.
     */
    private boolean cancels(Expr e, Apfloat value, Map<String, BigDecimal> p) {
        Expr magnitude = AbsoluteTerms.of(e);
        if (magnitude.equals(e)) {
            return false;
        }
        Apfloat m;
        try {
            m = settings.numeric().evaluatePrecise(magnitude, p, settings.digits()).precision(settings.digits());
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            return true;   // cannot tell: do not let this point refute
        }
        if (m.signum() == 0) {
            return false;
        }
        Apfloat threshold = m.multiply(new Apfloat("1e-" + (settings.digits() - 10), settings.digits()));
        return org.apfloat.ApfloatMath.abs(value).compareTo(threshold) < 0;
    }

    /** Re-tests the violation on the exact high-precision difference (doubles may underflow). */
    private static boolean preciseViolation(Apfloat l, Apfloat r, Test test) {
        Apfloat scale = org.apfloat.ApfloatMath.max(org.apfloat.ApfloatMath.abs(l), org.apfloat.ApfloatMath.abs(r));
        if (scale.signum() == 0) {
            return test.violated(0, 0, Tolerance.HIGH_PRECISION);
        }
        double ls = l.divide(scale).doubleValue();
        double rs = r.divide(scale).doubleValue();
        return test.violated(ls, rs, Tolerance.HIGH_PRECISION);
    }

    /**
     * Whether an independent double evaluation gives the same two values as the 40-digit one (within
     * double tolerance), so that the violation is not an artefact of one evaluator. Where double cannot
     * represent the values (overflow, underflow) it neither confirms nor contradicts: the 40-digit
     * values stand.
     */
    private boolean doubleConfirms(Expr lhs, Expr rhs, Map<String, Double> p, Apfloat hl, Apfloat hr) {
        double l;
        double r;
        try {
            l = settings.numeric().evaluateDouble(lhs, p);
            r = settings.numeric().evaluateDouble(rhs, p);
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

    private static Sample sample(Map<String, BigDecimal> p, Apfloat l, Apfloat r) {
        Map<String, String> point = new LinkedHashMap<>();
        p.forEach((k, v) -> point.put(k, shortDecimal(v)));
        return new Sample(point, digits(l), digits(r));
    }

    static String shortDecimal(BigDecimal v) {
        return v.round(new java.math.MathContext(17)).stripTrailingZeros().toString();
    }

    private static String digits(Apfloat a) {
        String text = a.toString(false);
        try {
            return new BigDecimal(text).round(new java.math.MathContext(30)).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond BigDecimal's range: Apfloat's own scientific form
            return a.precision(30).toString(false);
        }
    }
}
