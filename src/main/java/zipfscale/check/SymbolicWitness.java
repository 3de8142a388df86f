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

    private final CheckSettings settings;
    /** The symbolic sign search's share of the claim budget: half (the numeric witness has run before it). */
    private final java.time.Duration signShare;
    private final long signDeadline;
    private final java.util.Map<Expr, Forms> forms = new java.util.HashMap<>();
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

    /**
     * The rewritings of the claim, in order: lhs - rhs as written, with powers of positive bases combined
     * ({@link PowerNormaliser}), with Gamma values over common arguments ({@link GammaShift}), and lhs / rhs
     * when rhs has a fixed sign. Symja's cheap normal forms (Simplify, Together) are tried on every rewriting
     * before its costly FullSimplify on any (FullSimplify of a form that the cheap ones leave is where the
     * time of a run goes, and most identities need only a combination of powers and then Simplify). The
     * steps are laid out by rewriting, as the attempts would have been made one rewriting after the other;
     * a FullSimplify never asked because a later rewriting succeeded first is not listed.
     */
    private Outcome equalWithoutSums(Expr lhs, Expr rhs, List<Comparison> assumptions, Bounds bounds) {
        Expr difference = Expr.sub(lhs, rhs);
        List<Attempt> attempts = new ArrayList<>();
        Attempt raw = new Attempt(difference, false, List.of(), "");
        attempts.add(raw);
        if (raw.cheap(assumptions)) {
            return raw.outcome(List.of());
        }
        Expr normalised = new PowerNormaliser(new IntervalEvaluator(bounds.boxes())).normalise(difference);
        if (normalised != null) {
            Attempt a = new Attempt(normalised, false, List.of(ProofStep.of("powers of positive bases combined: ",
                    POWER_OF_POWER, ", ", POWER_OF_PRODUCT, ", each base shown positive by interval arithmetic over the assumptions")),
                    "powers of positive bases combined, then ");
            attempts.add(a);
            if (a.cheap(assumptions)) {
                return a.outcome(stepsBefore(attempts, a));
            }
        }
        GammaShift.Shifted shifted = GammaShift.apply(difference, settings.symbolic(), assumptions);
        if (shifted != null) {
            Attempt a = new Attempt(shifted.expr(), false, shifted.steps(),
                    "Gamma values over common arguments (recurrence), then ");
            attempts.add(a);
            if (a.cheap(assumptions)) {
                return a.outcome(stepsBefore(attempts, a));
            }
        }
        Interval r = new IntervalEvaluator(bounds.boxes()).enclose(rhs);
        if (r.positive() || r.negative()) {
            Attempt a = new Attempt(Expr.div(lhs, rhs), true, List.of(ProofStep.of("interval arithmetic shows rhs ",
                    (r.positive() ? "> 0" : "< 0"), " under the assumptions")), "");
            attempts.add(a);
            if (a.cheap(assumptions)) {
                return a.outcome(stepsBefore(attempts, a));
            }
        }
        for (Attempt a : attempts) {
            if (a.costly(assumptions)) {
                return a == raw ? a.outcome(List.of()) : a.outcome(stepsBefore(attempts, a));
            }
        }
        List<ProofStep> steps = stepsBefore(attempts, null);
        return new Outcome(false, StepText.join("; ", steps), steps);
    }

    /** The steps of the attempts before {@code upTo} (all of them when null), in order. */
    private static List<ProofStep> stepsBefore(List<Attempt> attempts, Attempt upTo) {
        List<ProofStep> steps = new ArrayList<>();
        for (Attempt a : attempts) {
            if (a == upTo) {
                break;
            }
            steps.addAll(a.steps);
        }
        return steps;
    }

    /**
     * One rewriting of the claim that Symja is asked to bring to 0 (a difference) or to 1 (a ratio), with the
     * steps that lead to it and the steps of the attempts made on it, in order.
     */
    private final class Attempt {
        private final Expr expr;
        private final boolean ratio;
        private final String prefix;
        private final List<ProofStep> steps;
        private Outcome success;

        Attempt(Expr expr, boolean ratio, List<ProofStep> lead, String prefix) {
            this.expr = expr;
            this.ratio = ratio;
            this.prefix = prefix;
            this.steps = new ArrayList<>(lead);
        }

        /** Exact expansion (differences), then Simplify and Together (Simplify only for a ratio). */
        boolean cheap(List<Comparison> assumptions) {
            if (!ratio && PolynomialForm.isZero(expr).orElse(false)) {
                // exact expansion needs no computer algebra system: a claim decided here never starts Symja
                steps.add(ProofStep.lemma("exact expansion", "", StepRelation.equal(expr, Expr.num(0)),
                        "expanded in exact rational arithmetic: every coefficient cancels"));
                return succeed(prefix + "lhs - rhs expands to 0 (exact arithmetic)");
            }
            for (String m : ratio ? List.of("Simplify") : List.of("Simplify", "Together")) {
                if (ask(m, assumptions)) {
                    return true;
                }
            }
            return false;
        }

        /** FullSimplify. */
        boolean costly(List<Comparison> assumptions) {
            return ask("FullSimplify", assumptions);
        }

        private boolean ask(String m, List<Comparison> assumptions) {
            CasResult r = settings.symbolic().apply(m, expr, assumptions);
            if (ratio) {
                if (r instanceof CasResult.Done d && d.value() instanceof Rational q && q.isInteger()
                        && q.numerator().intValue() == 1 && q.numerator().bitLength() < 3) {
                    steps.add(ProofStep.of("Symja ", m, "(lhs / rhs) = 1"));
                    return succeed("Symja " + m + "(lhs / rhs) = 1 with rhs != 0");
                }
                steps.add(ProofStep.of("Symja ", m, "(lhs / rhs) did not reach 1"));
                return false;
            }
            if (r instanceof CasResult.Done d) {
                if (d.value() instanceof Rational q && q.signum() == 0) {
                    steps.add(ProofStep.of("Symja ", m, "(lhs - rhs) = 0"));
                    return succeed(prefix + "Symja " + m + "(lhs - rhs) = 0");
                }
                steps.add(ProofStep.of("Symja ", m, "(lhs - rhs) did not reach 0"));
            } else {
                steps.add(ProofStep.of("Symja ", m, ": ", ((CasResult.Failed) r).reason()));
            }
            return false;
        }

        private boolean succeed(String summary) {
            success = new Outcome(true, summary, List.of());
            return true;
        }

        /** The successful outcome, after the steps of the attempts before this one. */
        Outcome outcome(List<ProofStep> before) {
            List<ProofStep> all = new ArrayList<>(before);
            all.addAll(steps);
            return new Outcome(true, success.summary(), all);
        }
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
        if (symja && System.nanoTime() > signDeadline) {
            stopped = true;
            steps.add(ProofStep.of("symbolic sign search stopped at its share of the claim budget (", shareText(), ")"));
            return new Outcome(false, StepText.join("; ", steps), steps);
        }
        // the difference as written, then Symja's normal forms one at a time: a form is asked for only when
        // the ones before it could not fix the sign
        Forms normal = symja ? forms.computeIfAbsent(difference, Forms::new) : null;
        for (int i = 0; ; i++) {
            Expr form = i == 0 ? difference : normal == null ? null : normal.get(i - 1, assumptions, steps);
            if (form == null) {
                break;
            }
            Interval enc = iv.enclose(form);
            boolean ok = strict ? enc.positive() : enc.nonNegative();
            String name = i == 0 ? "the difference as written" : "Symja's normal form " + i + " of the difference";
            if (ok) {
                steps.add(ProofStep.of("interval arithmetic over the assumptions encloses ", name, " in [", enc.lo(), ", ", enc.hi(), "]"));
                return new Outcome(true, "sign proved by interval arithmetic on " + name, steps);
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

    /**
     * Symja's Together, Factor and Simplify of one expression, each asked for once per witness and only when
     * needed, in that order; a method that fails leaves no form (its failure is a step).
     */
    private final class Forms {
        private static final List<String> METHODS = List.of("Together", "Factor", "Simplify");
        private final Expr e;
        private final List<Expr> values = new ArrayList<>();
        private int asked;

        Forms(Expr e) {
            this.e = e;
        }

        /** The {@code i}-th form (from 0), or null when there is none or the symbolic share is spent. */
        Expr get(int i, List<Comparison> assumptions, List<ProofStep> steps) {
            while (values.size() <= i && asked < METHODS.size()) {
                long left = signDeadline - System.nanoTime();
                if (left <= 0) {
                    stopped = true;
                    steps.add(ProofStep.of("symbolic sign search stopped at its share of the claim budget (", shareText(), ")"));
                    return null;
                }
                String m = METHODS.get(asked);
                CasResult r = settings.symbolic().apply(m, e, assumptions, java.time.Duration.ofNanos(left));
                asked++;
                if (r instanceof CasResult.Done d) {
                    values.add(d.value());
                } else {
                    steps.add(ProofStep.of("Symja ", m, ": ", ((CasResult.Failed) r).reason()));
                }
            }
            return i < values.size() ? values.get(i) : null;
        }
    }

    private String shareText() {
        return new WallClockBudget(signShare).describe();
    }
}
