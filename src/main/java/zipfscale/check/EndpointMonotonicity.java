package zipfscale.check;

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
 */
final class EndpointMonotonicity {
    static final int MAX_DEPTH = 3;

    /** The sign prover the lemma recurses into ({@code depth}: the number of derivatives taken so far). */
    interface SignProver {
        SymbolicWitness.Outcome nonNegative(Expr f, List<Comparison> assumptions, Bounds bounds, int depth);
    }

    private EndpointMonotonicity() {
    }

    /** A proof of {@code f >= 0} by the lemma, or null. */
    static SymbolicWitness.Outcome prove(Expr f, List<Comparison> assumptions, Bounds bounds, int depth,
            SignProver prover) {
        if (depth >= MAX_DEPTH) {
            return null;
        }
        for (String v : new TreeSet<>(FreeSymbols.of(f))) {
            for (boolean lower : new boolean[] {true, false}) {
                Bounds.Bound end = lower ? bounds.lower(v) : bounds.upper(v);
                if (end == null || end.strict() || end.value() != Math.rint(end.value()) || Math.abs(end.value()) > 1e9) {
                    continue;
                }
                if (!continuousIn(f, v, new IntervalEvaluator(bounds.boxes()))) {
                    continue;
                }
                Expr a = Expr.num((long) end.value());
                SymbolicWitness.Outcome atEnd = prover.nonNegative(Substitution.apply(f, Map.of(v, a)), assumptions,
                        bounds, depth + 1);
                if (!atEnd.success()) {
                    continue;
                }
                Expr df;
                try {
                    df = zipfscale.expr.Differentiation.derivative(f, v);
                } catch (zipfscale.expr.NotDifferentiableException e) {
                    break;
                }
                SymbolicWitness.Outcome slope = prover.nonNegative(lower ? df : Expr.neg(df), assumptions, bounds,
                        depth + 1);
                if (!slope.success()) {
                    continue;
                }
                List<String> steps = new ArrayList<>();
                steps.add("lemma endpoint_monotonicity: at the closed " + (lower ? "lower" : "upper") + " end " + v
                        + " = " + StepText.of(a) + " the difference is >= 0 [" + atEnd.summary() + "]");
                steps.addAll(atEnd.steps());
                steps.add("and its derivative in " + v + " is " + (lower ? ">= 0" : "<= 0") + " on the whole box ["
                        + slope.summary() + "], so the difference is >= 0 throughout");
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
