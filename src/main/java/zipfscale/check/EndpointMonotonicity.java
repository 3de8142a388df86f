package zipfscale.check;

import zipfscale.asymptotic.StepRelation;
import zipfscale.asymptotic.ProofStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Substitution;
import zipfscale.asymptotic.StepText;
import zipfscale.numerics.Interval;
import zipfscale.numerics.IntervalEvaluator;
import zipfscale.numerics.Bounds;

/**
 * Lemma endpoint_monotonicity, for inequalities {@code f >= 0} that are tight at an end of a parameter's
 * range (where interval arithmetic alone can never fix the sign): if v ranges over [a, b] (a an integer
 * closed end) and {@code f(v = a) >= 0} and {@code df/dv >= 0} on the whole box, then {@code f >= 0}
 * (f(v) = f(a) + integral of f' from a to v); symmetrically at a closed upper end b with
 * {@code df/dv <= 0}. Both side conditions are proved by the same sign witness (interval arithmetic on
 * the difference and on Symja's normal forms), recursively up to {@link #MAX_DEPTH} derivatives, so
 * {@code e^-x >= 1 - x} and {@code e^-x <= 1 - x + x^2/2} on x >= 0 are in reach. Derivatives come from
 * {@link zipfscale.expr.Differentiation}; a function without a rule ends the attempt. Each use is a step of the chain.
 *
 * <p>An open end works the same way when f is continuous on the range closed at that end (checked on the
 * closed box): {@code x/(1 + x) < Log(1 + x)} on x > 0 (DLMF 4.5.1) from the value 0 at x = 0 and the
 * derivative {@code x/(1 + x)^2 > 0}. Strict claims need {@code f(a) > 0} at a closed end, or a strictly
 * signed derivative on an open range.
 */
final class EndpointMonotonicity {
    static final int MAX_DEPTH = 3;

    /** The sign prover the lemma recurses into ({@code depth}: the number of derivatives taken so far). */
    interface SignProver {
        /** Whether {@code f >= 0} ({@code > 0} when strict) on the whole box. */
        SymbolicWitness.Outcome sign(Expr f, List<Comparison> assumptions, Bounds bounds, int depth, boolean strict);
    }

    private EndpointMonotonicity() {
    }

    /**
     * A proof of {@code f >= 0} ({@code f > 0} when strict) by the lemma with at most {@code maxDepth}
     * derivatives (the caller deepens iteratively), or null.
     */
    static SymbolicWitness.Outcome prove(Expr f, List<Comparison> assumptions, Bounds bounds, int depth, int maxDepth,
            boolean strict, SignProver prover) {
        if (depth >= Math.min(maxDepth, MAX_DEPTH)) {
            return null;
        }
        for (String v : new TreeSet<>(FreeSymbols.of(f))) {
            for (boolean lower : new boolean[] {true, false}) {
                Bounds.Bound end = lower ? bounds.lower(v) : bounds.upper(v);
                if (end == null || end.value() != Math.rint(end.value()) || Math.abs(end.value()) > 1e9) {
                    continue;
                }
                boolean open = end.strict();
                // continuity on the box closed at this end: f(v) -> f(a) as v -> a, so an open end works too
                Map<String, Interval> closed = new java.util.HashMap<>(bounds.boxes());
                Interval box = closed.get(v);
                if (box == null) {
                    continue;
                }
                closed.put(v, new Interval(box.lo(), box.hi()));
                if (!continuousIn(f, v, new IntervalEvaluator(closed))) {
                    continue;
                }
                Expr a = Expr.num((long) end.value());
                // closed end: f(a) > 0 (strict) or >= 0, and a slope >= 0; open end: f(a) >= 0, and a slope
                // > 0 (strict) or >= 0 on the open range, since f(v) = f(a) + the integral of f' from a to v
                SymbolicWitness.Outcome atEnd = prover.sign(Substitution.apply(f, Map.of(v, a)), assumptions,
                        bounds, depth + 1, strict && !open);
                if (!atEnd.success()) {
                    continue;
                }
                Expr df;
                try {
                    df = zipfscale.expr.Differentiation.derivative(f, v);
                } catch (zipfscale.expr.NotDifferentiableException e) {
                    break;
                }
                SymbolicWitness.Outcome slope = prover.sign(lower ? df : Expr.neg(df), assumptions, bounds,
                        depth + 1, strict && open);
                if (!slope.success()) {
                    continue;
                }
                List<ProofStep> steps = new ArrayList<>();
                String gt = strict && !open ? "positive" : "nonnegative";
                String slopeRel = lower ? (strict && open ? "positive" : "nonnegative")
                        : (strict && open ? "negative" : "nonpositive");
                steps.add(ProofStep.of("lemma endpoint_monotonicity: at the ", (open ? "open" : "closed"), " ", (lower ? "lower" : "upper"), " end ", StepRelation.equal(Expr.sym(v), a), (open ? " (the difference is continuous up to it)" : ""), " the difference is ", gt, " [", atEnd.summary(), "]"));
                steps.addAll(atEnd.steps());
                steps.add(ProofStep.of("and its derivative in ", v, " is ", slopeRel, " on the whole box [", slope.summary(), "], so the difference is ", (strict ? "positive" : "nonnegative"), " throughout"));
                steps.addAll(slope.steps());
                return new SymbolicWitness.Outcome(true, "endpoint_monotonicity in " + v + " (" + (depth + 1)
                        + " derivative" + (depth == 0 ? "" : "s") + ")", steps);
            }
        }
        return null;
    }

    /**
     * Whether f is continuous in v on the box: every subexpression containing v that could have a pole or
     * leave the real line is shown safe by interval arithmetic (a negative or non-integer power: base of
     * fixed sign, positive for a non-integer exponent; Log: positive argument; Sqrt: argument >= 0), and
     * nothing but Exp, Log and Sqrt is called on v. Without it the lemma would "prove" 1/(v - 2) >= 0 on
     * [0, 5] from its value at 5 and its negative derivative.
     */
    static boolean continuousIn(Expr f, String v, IntervalEvaluator iv) {
        if (!FreeSymbols.of(f).contains(v)) {
            return true;
        }
        if (f instanceof zipfscale.expr.Add a) {
            return a.terms().stream().allMatch(t -> continuousIn(t, v, iv));
        }
        if (f instanceof zipfscale.expr.Mul m) {
            return m.factors().stream().allMatch(t -> continuousIn(t, v, iv));
        }
        if (f instanceof zipfscale.expr.Pow p) {
            if (!continuousIn(p.base(), v, iv) || !continuousIn(p.exponent(), v, iv)) {
                return false;
            }
            boolean naturalPower = p.exponent() instanceof zipfscale.expr.Rational r && r.isInteger() && r.signum() >= 0;
            if (naturalPower) {
                return true;
            }
            Interval b = iv.enclose(p.base());
            boolean integer = p.exponent() instanceof zipfscale.expr.Rational r && r.isInteger();
            return b.positive() || (integer && b.negative());
        }
        if (f instanceof zipfscale.expr.Call c && c.args().size() == 1) {
            zipfscale.expr.Builtin b = c.builtin();
            Expr arg = c.args().get(0);
            if (!continuousIn(arg, v, iv)) {
                return false;
            }
            if (b == zipfscale.expr.Builtin.EXP) {
                return true;
            }
            if (b == zipfscale.expr.Builtin.LOG) {
                return iv.enclose(arg).positive();
            }
            if (b == zipfscale.expr.Builtin.SQRT) {
                return iv.enclose(arg).nonNegative();
            }
            return false;
        }
        return f instanceof zipfscale.expr.Symbol;
    }
}
