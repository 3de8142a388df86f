package zipfscale.asymptotic;

import java.util.List;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;

/**
 * Decides {@code f REL g as x -> infinity} from the expansion of f/g (cancellations in the ratio are
 * resolved by the {@link Expander}): with q = f/g = c m + (smaller),
 * <ul>
 * <li>{@code ~}: holds iff m = 1 and c = 1; fails when m != 1 or c - 1 has a known nonzero sign;</li>
 * <li>{@code asymp}: holds iff m = 1 and c > 0;</li>
 * <li>{@code =O}: holds iff m <= 1 (or q is only a remainder O(r), r <= 1); {@code =o}: iff m < 1.</li>
 * </ul>
 * The corrected statement of a failed {@code ~} is the leading term of f. Used when the leading-term
 * calculus cannot decide; an unknown expansion leaves the claim unknown.
 */
public final class ExpansionComparison {
    private final ExpansionContext ctx;
    private final List<ProofStep> chain;

    public ExpansionComparison(ExpansionContext ctx, List<ProofStep> chain) {
        this.ctx = ctx;
        this.chain = chain;
    }

    public LeadingTermComparison.Outcome compare(Expr f, AsymptoticRelation rel, Expr g, Symbol x) {
        ExpansionResult r = Expander.expand(Expr.div(f, g), x, 1, ctx);
        if (r instanceof ExpansionResult.Unknown u) {
            chain.add(ProofStep.of("expansion of the ratio f/g: ", u.reason()));
            return new LeadingTermComparison.Outcome(LeadingTermComparison.Kind.UNKNOWN,
                    "no expansion of the ratio of the sides: " + u.reason(), null, null);
        }
        AsymptoticExpansion q = ((ExpansionResult.Expanded) r).expansion();
        chain.addAll(q.steps());
        for (SideCondition c : q.conditions()) {
            chain.add(ProofStep.condition("", c.condition(), c.dischargedBy()));
        }
        Expr lhsLeading = leadingOf(f, x);
        MonomialOrder order = new MonomialOrder(ctx.oracle(), e -> {
            ExpansionResult ge = Expander.expand(e, x, 4, ctx);
            if (ge instanceof ExpansionResult.Expanded ok) {
                return ok.expansion();
            }
            throw ExpansionFailure.unsupported(((ExpansionResult.Unknown) ge).reason());
        }, new java.util.ArrayList<>());
        try {
            if (q.terms().isEmpty()) {
                if (q.isExact()) {
                    return outcome(rel == AsymptoticRelation.BIG_O || rel == AsymptoticRelation.LITTLE_O,
                            "the left side is identically 0", lhsLeading);
                }
                Remainder rem = q.remainder().get();
                int c = order.compare(rem.order(), ScaleMonomial.ONE);
                boolean bounded = c < 0 || (c == 0 && (rem.little() || rel == AsymptoticRelation.BIG_O));
                if ((rel == AsymptoticRelation.BIG_O || rel == AsymptoticRelation.LITTLE_O) && bounded) {
                    return outcome(true, "f/g = " + StepText.of(q.toExpr()), lhsLeading);
                }
                return unknown("f/g is only known to be " + StepText.of(q.toExpr()), lhsLeading);
            }
            ExpansionTerm lead = null;
            for (ExpansionTerm t : q.terms()) {
                if (order.sign(t.coefficient(), "a coefficient of f/g") != 0) {
                    lead = t;
                    break;
                }
            }
            if (lead == null) {
                return unknown("every coefficient kept of f/g vanishes: " + StepText.of(q.toExpr()), lhsLeading);
            }
            int c = order.compare(lead.monomial(), ScaleMonomial.ONE);
            String ratio = "f/g = " + StepText.of(q.toExpr());
            switch (rel) {
                case SIM: {
                    if (c != 0) {
                        return outcome(false, ratio + ", not 1 + o(1)", lhsLeading);
                    }
                    int d = order.sign(Coefficients.sub(lead.coefficient(), Expr.num(1)), "c - 1");
                    return outcome(d == 0, d == 0 ? ratio + " = 1 + o(1)" : ratio + ": the constant is not 1", lhsLeading);
                }
                case ASYMP: {
                    if (c != 0) {
                        return outcome(false, ratio + ": not of the order of 1", lhsLeading);
                    }
                    int s = order.sign(lead.coefficient(), "the limit of f/g");
                    return outcome(s > 0, ratio + (s > 0 ? ": a positive constant" : ": the limit is not positive"), lhsLeading);
                }
                case BIG_O:
                    return outcome(c <= 0, ratio + (c <= 0 ? ": bounded" : ": unbounded"), lhsLeading);
                default:
                    return outcome(c < 0, ratio + (c < 0 ? ": tends to 0" : ": does not tend to 0"), lhsLeading);
            }
        } catch (ExpansionFailure e) {
            return unknown(e.getMessage(), lhsLeading);
        }
    }

    private Expr leadingOf(Expr f, Symbol x) {
        ExpansionResult r = Expander.expand(f, x, 1, ctx);
        if (r instanceof ExpansionResult.Expanded e && !e.expansion().terms().isEmpty()) {
            return e.expansion().terms().get(0).toExpr(x);
        }
        return null;
    }

    private static LeadingTermComparison.Outcome outcome(boolean holds, String note, Expr lhsLeading) {
        return new LeadingTermComparison.Outcome(holds ? LeadingTermComparison.Kind.HOLDS : LeadingTermComparison.Kind.FAILS,
                "expansion: " + note, lhsLeading, null);
    }

    private static LeadingTermComparison.Outcome unknown(String note, Expr lhsLeading) {
        return new LeadingTermComparison.Outcome(LeadingTermComparison.Kind.UNKNOWN, "expansion: " + note, lhsLeading, null);
    }
}
