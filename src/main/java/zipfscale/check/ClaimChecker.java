package zipfscale.check;

import zipfscale.numerics.Bounds;

import java.util.ArrayList;
import java.util.List;
import zipfscale.asymptotic.ProofStep;
import zipfscale.claims.Asymptotic;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Equality;
import zipfscale.claims.Inequality;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/**
 * Checks one claim and gives its verdict. The rule that makes the engine worth anything: PROVED needs a
 * symbolic witness AND an agreeing numeric witness; a numeric violation seen in both precisions is
 * REFUTED; a symbolic success that the numbers contradict is UNDECIDED, with the disagreement shown.
 */
public final class ClaimChecker implements Claim.Visitor<CheckResult> {
    private final Derivation derivation;
    private final CheckSettings settings;

    public ClaimChecker(Derivation derivation, CheckSettings settings) {
        this.derivation = derivation;
        this.settings = settings;
    }

    /**
     * The verdict of {@code c}, within the claim budget of the settings: past it, UNDECIDED "no verdict
     * within 30 s" (the witnesses still running are interrupted).
     */
    public CheckResult check(Claim c) {
        WallClockBudget budget = new WallClockBudget(settings.claimTimeout());
        return budget.run("claim " + c.info().id(), () -> c.accept(this), () -> result(c, Verdict.UNDECIDED,
                "no verdict within " + budget.describe(), Evidence.none()));
    }

    @Override
    public CheckResult visitEquality(Equality c) {
        if (c.info().quantified()) {
            return new QuantifiedChecker(derivation, settings, SearchBudget.DEFAULT).check(c, c.lhs(), c.rhs(), RelOp.EQ);
        }
        ClaimContext ctx = new ClaimContext(derivation, c);
        Expr lhs = ctx.prepare(c.lhs());
        Expr rhs = ctx.prepare(c.rhs());
        NumericWitness.Outcome num = new NumericWitness(settings).run(lhs, rhs, ctx, Relation.EQUAL,
                isZero(lhs) || isZero(rhs));
        SymbolicWitness.Outcome sym = new SymbolicWitness(settings).equal(lhs, rhs, ctx.constraints(),
                Bounds.of(ctx.constraints()));
        return combine(c, exactFirst(num, sym, lhs, rhs, Relation.EQUAL, ctx), sym);
    }

    @Override
    public CheckResult visitInequality(Inequality c) {
        if (c.info().quantified()) {
            return new QuantifiedChecker(derivation, settings, SearchBudget.DEFAULT).check(c, c.lhs(), c.rhs(), c.op());
        }
        ClaimContext ctx = new ClaimContext(derivation, c);
        Expr lhs = ctx.prepare(c.lhs());
        Expr rhs = ctx.prepare(c.rhs());
        boolean lessSide = c.op() == RelOp.LT || c.op() == RelOp.LE;
        boolean strict = c.op() == RelOp.LT || c.op() == RelOp.GT;
        NumericWitness.Outcome num = new NumericWitness(settings).run(lhs, rhs, ctx,
                new Relation(lessSide ? 1 : -1, strict));
        Expr difference = lessSide ? Expr.sub(rhs, lhs) : Expr.sub(lhs, rhs);
        SymbolicWitness.Outcome sym = new SymbolicWitness(settings).sign(difference, ctx.constraints(),
                Bounds.of(ctx.constraints()), strict);
        return combine(c, exactFirst(num, sym, lhs, rhs, new Relation(lessSide ? 1 : -1, strict), ctx), sym);
    }

    @Override
    public CheckResult visitAsymptotic(Asymptotic c) {
        return new AsymptoticChecker(derivation, settings).check(c);
    }

    /**
     * Exact first: where the numbers agree but no symbolic proof was found, a margin that Symja reduces to
     * a violating number, confirmed by our own evaluation at the precision it needs, refutes
     * ({@link ExactDifference}); otherwise the numeric outcome stands.
     */
    private NumericWitness.Outcome exactFirst(NumericWitness.Outcome num, SymbolicWitness.Outcome sym, Expr lhs,
            Expr rhs, Relation rel, ClaimContext ctx) {
        if (num.kind() != NumericWitness.Kind.AGREES || sym.success()) {
            return num;
        }
        NumericWitness.Outcome exact = ExactDifference.refute(lhs, rhs, rel, ctx, settings);
        return exact == null ? num : exact;
    }

    private CheckResult combine(Claim c, NumericWitness.Outcome num, SymbolicWitness.Outcome sym) {
        List<ProofStep> steps = new ArrayList<>(sym.steps());
        Evidence ev = new Evidence(sym.success() ? sym.summary() : null, steps, num.samples(), num.used(), null,
                settings.seed(), settings.digits(), List.of(), null, num.accuracy());
        String accuracy = num.accuracy() == null ? "" : " (" + num.accuracy().describe() + ")";
        switch (num.kind()) {
            case VIOLATED:
                if (sym.success()) {
                    return result(c, Verdict.UNDECIDED, "witnesses disagree: " + sym.summary()
                            + ", but the numbers violate the claim at " + witness(num), ev);
                }
                return result(c, Verdict.REFUTED, "counterexample at " + witness(num) + " (" + num.note() + ")", ev);
            case DISAGREE:
                return result(c, Verdict.UNDECIDED, num.note() + ": " + witness(num), ev);
            case UNSUPPORTED:
                return result(c, Verdict.UNDECIDED, "numeric engine cannot evaluate this claim: " + num.note()
                        + (sym.success() ? " (symbolically: " + sym.summary() + ", unconfirmed)" : ""), ev);
            case TOO_FEW_POINTS:
                return result(c, Verdict.UNDECIDED, "no numeric witness: " + num.note()
                        + (sym.success() ? " (symbolically: " + sym.summary() + ", unconfirmed)" : ""), ev);
            default:
                if (sym.success()) {
                    return result(c, Verdict.PROVED, sym.summary() + "; confirmed at " + num.used()
                            + " points (seed " + settings.seed() + ")" + accuracy, ev);
                }
                return result(c, Verdict.CHECKED, "holds at " + num.used() + " points (seed "
                        + settings.seed() + ")" + accuracy + "; no symbolic proof", ev);
        }
    }

    private static String witness(NumericWitness.Outcome num) {
        if (num.samples().isEmpty()) {
            return "?";
        }
        Sample s = num.samples().get(0);
        // sorted: Sample.point is a Map.copyOf, whose iteration order is not reproducible
        return new java.util.TreeMap<>(s.point()) + ": lhs = " + s.lhs() + ", rhs = " + s.rhs();
    }

    private CheckResult result(Claim c, Verdict v, String reason, Evidence ev) {
        return new CheckResult(derivation, c, v, reason, ev);
    }

    private static boolean isZero(Expr e) {
        return e instanceof zipfscale.expr.Rational r && r.numerator().signum() == 0;
    }
}
