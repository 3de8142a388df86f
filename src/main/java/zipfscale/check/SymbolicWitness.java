package zipfscale.check;

import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.StepRelation;
import zipfscale.asymptotic.StepText;
import java.util.ArrayList;
import java.util.List;
import zipfscale.cas.CasResult;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.PolynomialForm;
import zipfscale.expr.Rational;
import zipfscale.asymptotic.SignOracle;
import zipfscale.numerics.Interval;
import zipfscale.numerics.IntervalEvaluator;
import zipfscale.numerics.Bounds;

/**
 * The symbolic side of an (in)equality check. For {@code lhs == rhs}: does Symja bring {@code lhs - rhs}
 * to 0 (Simplify, then Together, then FullSimplify)? For an inequality: after Symja's normal forms of
 * the difference, does interval arithmetic over the assumptions' boxes prove its sign?
 */
final class SymbolicWitness {
    /** A symbolic answer: whether it succeeded, and the steps taken, in words. */
    record Outcome(boolean success, String summary, List<ProofStep> steps) { }

    /** {@code (b^e)^f = b^(e f)} for b > 0. */
    private static final Expr POWER_OF_POWER = StepRelation.equal(
            Expr.pow(Expr.pow(Expr.sym("b"), Expr.sym("e")), Expr.sym("f")),
            Expr.pow(Expr.sym("b"), Expr.mul(Expr.sym("e"), Expr.sym("f"))));
    /** {@code (a b)^f = a^f b^f} for a, b > 0. */
    private static final Expr POWER_OF_PRODUCT = StepRelation.equal(
            Expr.pow(Expr.mul(Expr.sym("a"), Expr.sym("b")), Expr.sym("f")),
            Expr.mul(Expr.pow(Expr.sym("a"), Expr.sym("f")), Expr.pow(Expr.sym("b"), Expr.sym("f"))));

    private static final List<String> METHODS = List.of("Simplify", "Together", "FullSimplify");

    private final CheckSettings settings;
    /** The symbolic sign search's share of the claim budget: half (the numeric witness has run before it). */
    private final java.time.Duration signShare;
    private final long signDeadline;
    private final java.util.Map<Expr, List<Expr>> forms = new java.util.HashMap<>();
    /** The endpoint lemma's derivative limit of the current deepening round. */
    private int depthLimit = EndpointMonotonicity.MAX_DEPTH;
    /** Whether the sign search met its deadline (then its failure says so). */
    private boolean stopped;

    SymbolicWitness(CheckSettings settings) {
        this.settings = settings;
        this.signShare = settings.claimTimeout().dividedBy(2);
        this.signDeadline = System.nanoTime() + signShare.toNanos();
    }

    /**
     * Whether {@code lhs == rhs}: Symja brings {@code lhs - rhs} to 0, or, when interval arithmetic shows
     * {@code rhs} has no zero under the assumptions, brings {@code lhs / rhs} to 1.
     */
    Outcome equal(Expr lhs, Expr rhs, List<Comparison> assumptions, Bounds bounds) {
        List<ProofStep> sums = new ArrayList<>();
        SignOracle oracle = new SignOracle(settings.symbolic(), assumptions);
        Expr l = ConvergentSums.rewrite(lhs, oracle, sums);
        Expr r = ConvergentSums.rewrite(rhs, oracle, sums);
        if (l == null || r == null) {
            return new Outcome(false, StepText.join("; ", sums), sums);
        }
        return withSteps(sums, equalWithoutSums(l, r, assumptions, bounds));
    }

    /** The outcome with {@code first} (the rewriting of infinite sums) before its steps. */
    private static Outcome withSteps(List<ProofStep> first, Outcome o) {
        if (first.isEmpty()) {
            return o;
        }
        List<ProofStep> steps = new ArrayList<>(first);
        steps.addAll(o.steps());
        String summary = o.success() ? StepText.join("; ", first) + "; then " + o.summary() : o.summary();
        return new Outcome(o.success(), summary, steps);
    }

    private Outcome equalWithoutSums(Expr lhs, Expr rhs, List<Comparison> assumptions, Bounds bounds) {
        Outcome byDifference = zero(Expr.sub(lhs, rhs), assumptions);
        if (byDifference.success()) {
            return byDifference;
        }
        List<ProofStep> steps = new ArrayList<>(byDifference.steps());
        Expr normalised = new PowerNormaliser(new IntervalEvaluator(bounds.boxes())).normalise(Expr.sub(lhs, rhs));
        if (normalised != null) {
            steps.add(ProofStep.of("powers of positive bases combined: ", POWER_OF_POWER, ", ", POWER_OF_PRODUCT,
                    ", each base shown positive by interval arithmetic over the assumptions"));
            Outcome after = zero(normalised, assumptions);
            steps.addAll(after.steps());
            if (after.success()) {
                return new Outcome(true, "powers of positive bases combined, then " + after.summary(), steps);
            }
        }
        GammaShift.Shifted shifted = GammaShift.apply(Expr.sub(lhs, rhs), settings.symbolic(), assumptions);
        if (shifted != null) {
            steps.addAll(shifted.steps());
            Outcome after = zero(shifted.expr(), assumptions);
            steps.addAll(after.steps());
            if (after.success()) {
                return new Outcome(true, "Gamma values over common arguments (recurrence), then " + after.summary(),
                        steps);
            }
        }
        Interval r = new IntervalEvaluator(bounds.boxes()).enclose(rhs);
        if (!r.positive() && !r.negative()) {
            return new Outcome(false, StepText.join("; ", steps), steps);
        }
        steps.add(ProofStep.of("interval arithmetic shows rhs ", (r.positive() ? "> 0" : "< 0"), " under the assumptions"));
        for (String m : List.of("Simplify", "FullSimplify")) {
            CasResult res = settings.symbolic().apply(m, Expr.div(lhs, rhs), assumptions);
            if (res instanceof CasResult.Done d && d.value() instanceof Rational q && q.isInteger()
                    && q.numerator().intValue() == 1 && q.numerator().bitLength() < 3) {
                steps.add(ProofStep.of("Symja ", m, "(lhs / rhs) = 1"));
                return new Outcome(true, "Symja " + m + "(lhs / rhs) = 1 with rhs != 0", steps);
            }
            steps.add(ProofStep.of("Symja ", m, "(lhs / rhs) did not reach 1"));
        }
        return new Outcome(false, StepText.join("; ", steps), steps);
    }

    private Outcome zero(Expr difference, List<Comparison> assumptions) {
        List<ProofStep> steps = new ArrayList<>();
        if (PolynomialForm.isZero(difference).orElse(false)) {
            // exact expansion needs no computer algebra system: a claim decided here never starts Symja
            steps.add(ProofStep.lemma("exact expansion", "", StepRelation.equal(difference, Expr.num(0)),
                    "expanded in exact rational arithmetic: every coefficient cancels"));
            return new Outcome(true, "lhs - rhs expands to 0 (exact arithmetic)", steps);
        }
        for (String m : METHODS) {
            CasResult r = settings.symbolic().apply(m, difference, assumptions);
            if (r instanceof CasResult.Done d) {
                if (d.value() instanceof Rational q && q.signum() == 0) {
                    steps.add(ProofStep.of("Symja ", m, "(lhs - rhs) = 0"));
                    return new Outcome(true, "Symja " + m + "(lhs - rhs) = 0", steps);
                }
                steps.add(ProofStep.of("Symja ", m, "(lhs - rhs) did not reach 0"));
            } else {
                steps.add(ProofStep.of("Symja ", m, ": ", ((CasResult.Failed) r).reason()));
            }
        }
        return new Outcome(false, StepText.join("; ", steps), steps);
    }

    /**
     * Whether {@code difference >= 0} ({@code > 0} when strict) for every parameter value in the boxes.
     */
    Outcome sign(Expr difference, List<Comparison> assumptions, Bounds bounds, boolean strict) {
        List<ProofStep> sums = new ArrayList<>();
        Expr d = ConvergentSums.rewrite(difference, new SignOracle(settings.symbolic(), assumptions), sums);
        if (d == null) {
            return new Outcome(false, StepText.join("; ", sums), sums);
        }
        return withSteps(sums, signWithoutSums(d, assumptions, bounds, strict));
    }

    /**
     * {@link #sign} without the sums: first with interval arithmetic alone (the difference as written, its
     * log form, the endpoint lemma over them), which costs microseconds; then with Symja's normal forms,
     * within the symbolic share of the claim budget.
     */
    private Outcome signWithoutSums(Expr difference, List<Comparison> assumptions, Bounds bounds, boolean strict) {
        List<ProofStep> steps = new ArrayList<>();
        IntervalEvaluator iv = new IntervalEvaluator(bounds.boxes());
        LogDifference.Rewritten logForm = null;
        if (difference instanceof zipfscale.expr.Add a && a.terms().size() == 2
                && a.terms().get(1) instanceof zipfscale.expr.Mul m && m.factors().size() == 2
                && m.factors().get(0) instanceof Rational q && q.isMinusOne()) {
            logForm = LogDifference.of(a.terms().get(0), m.factors().get(1), iv, strict);
        }
        // iterative deepening: every form with 0 derivatives of the endpoint lemma, then 1, 2, 3, so the
        // cheapest proof of either form is found before a deep search of one spends the time share
        for (boolean symja : new boolean[] {false, true}) {
            for (int limit = 0; limit <= EndpointMonotonicity.MAX_DEPTH; limit++) {
                depthLimit = limit;
                if (logForm != null) {
                    Outcome o = sign(logForm.difference(), assumptions, bounds, strict, 0, symja);
                    if (o.success()) {
                        List<ProofStep> all = new ArrayList<>();
                        all.add(logForm.step());
                        all.addAll(o.steps());
                        return new Outcome(true, "log_ratio, then " + o.summary(), all);
                    }
                }
                Outcome o = sign(difference, assumptions, bounds, strict, 0, symja);
                if (o.success()) {
                    return o;
                }
                if (symja && limit == EndpointMonotonicity.MAX_DEPTH) {
                    steps.addAll(o.steps());
                }
            }
        }
        if (stopped) {
            steps.add(ProofStep.of("symbolic sign search stopped at its share of the claim budget (", shareText(), ")"));
        }
        return new Outcome(false, StepText.join("; ", steps), steps);
    }

    /** {@link #sign} after {@code depth} derivatives of {@link EndpointMonotonicity}. */
    private Outcome sign(Expr difference, List<Comparison> assumptions, Bounds bounds, boolean strict, int depth,
            boolean symja) {
        List<ProofStep> steps = new ArrayList<>();
        IntervalEvaluator iv = new IntervalEvaluator(bounds.boxes());
        List<Expr> forms = new ArrayList<>();
        forms.add(difference);
        if (symja) {
            if (System.nanoTime() > signDeadline) {
                stopped = true;
                steps.add(ProofStep.of("symbolic sign search stopped at its share of the claim budget (", shareText(), ")"));
                return new Outcome(false, StepText.join("; ", steps), steps);
            }
            forms.addAll(normalForms(difference, assumptions, steps));
        }
        for (int i = 0; i < forms.size(); i++) {
            Interval enc = iv.enclose(forms.get(i));
            boolean ok = strict ? enc.positive() : enc.nonNegative();
            String form = i == 0 ? "the difference as written" : "Symja's normal form " + i + " of the difference";
            if (ok) {
                steps.add(ProofStep.of("interval arithmetic over the assumptions encloses ", form, " in [", enc.lo(), ", ", enc.hi(), "]"));
                return new Outcome(true, "sign proved by interval arithmetic on " + form, steps);
            }
        }
        Outcome byEnd = EndpointMonotonicity.prove(difference, assumptions, bounds, depth, depthLimit, strict,
                (f, a, b, d, st) -> sign(f, a, b, st, d, symja));
        if (byEnd != null) {
            return byEnd;
        }
        steps.add(ProofStep.of("interval arithmetic could not fix the sign of the difference"));
        return new Outcome(false, StepText.join("; ", steps), steps);
    }

    /** Symja's Together, Factor and Simplify of {@code e}, each computed once per witness. */
    private List<Expr> normalForms(Expr e, List<Comparison> assumptions, List<ProofStep> steps) {
        List<Expr> cached = forms.get(e);
        if (cached != null) {
            return cached;
        }
        List<Expr> out = new ArrayList<>();
        for (String m : List.of("Together", "Factor", "Simplify")) {
            long left = signDeadline - System.nanoTime();
            if (left <= 0) {
                stopped = true;
                steps.add(ProofStep.of("symbolic sign search stopped at its share of the claim budget (", shareText(), ")"));
                return out;
            }
            CasResult r = settings.symbolic().apply(m, e, assumptions, java.time.Duration.ofNanos(left));
            if (r instanceof CasResult.Done d) {
                out.add(d.value());
            } else {
                steps.add(ProofStep.of("Symja ", m, ": ", ((CasResult.Failed) r).reason()));
            }
        }
        forms.put(e, List.copyOf(out));
        return out;
    }

    private String shareText() {
        return new WallClockBudget(signShare).describe();
    }
}
