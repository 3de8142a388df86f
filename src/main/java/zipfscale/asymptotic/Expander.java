package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Symbol;

/**
 * The entry point: the asymptotic expansion of an expression as a variable grows, to a number of terms,
 * with an explicit remainder, its side conditions and its proof chain; or unknown with the reason.
 *
 * <p>Cancellation (x + 1 - x, Gamma(x + a)/Gamma(x + b), log(1 + 1/x) - 1/x) is resolved by working with
 * more terms than asked: first {@code terms + 2}, then two more at a time up to
 * {@code terms + 2 + cancellationDepth}; past that the answer is unknown, "cancellation beyond N terms".
 * The expander checks the interrupt flag of its thread, so a caller's time budget stops it.
 */
public final class Expander {
    private Expander() {
    }

    public static ExpansionResult expand(Expr f, Symbol x, int terms, ExpansionContext ctx) {
        if (terms < 1) {
            throw new IllegalArgumentException("terms must be at least 1, got " + terms);
        }
        String lastReason = null;
        AsymptoticExpansion best = null;
        int maxWidth = terms + 2 + ctx.cancellationDepth();
        for (int width = terms + 2; width <= maxWidth; width += 2) {
            List<SideCondition> conditions = new ArrayList<>();
            List<ProofStep> steps = new ArrayList<>();
            try {
                ExpansionWalker walker = new ExpansionWalker(x, width, ctx, conditions, steps);
                AsymptoticExpansion e = walker.expand(f);
                AsymptoticExpansion cut = walker.truncate(withoutVanishingLead(e, terms, ctx), terms);
                List<SideCondition> uniq = new ArrayList<>(new LinkedHashSet<>(conditions));
                steps.add(new ProofStep("calculus of expansions (sums, products, powers, exp, log, composition)", "",
                        Expr.call("Equal", f, cut.toExpr()), List.of()));
                cut = cut.with(uniq, steps);
                if (cut.terms().size() >= terms || cut.isExact()) {
                    return new ExpansionResult.Expanded(cut);
                }
                best = cut;
                lastReason = "only " + cut.terms().size() + " terms left after cancellation with " + width + " terms";
            } catch (ExpansionFailure failure) {
                if (!failure.cancellation()) {
                    return new ExpansionResult.Unknown(failure.getMessage());
                }
                lastReason = failure.getMessage();
            }
            if (Thread.currentThread().isInterrupted()) {
                return new ExpansionResult.Unknown("interrupted (time budget spent)");
            }
        }
        if (best != null && !best.terms().isEmpty()) {
            return new ExpansionResult.Expanded(best);
        }
        return new ExpansionResult.Unknown("cancellation beyond " + maxWidth + " terms (" + lastReason + ")");
    }

    /**
     * {@code e} without the terms among its first {@code terms + 1} whose symbolic coefficient the sign
     * oracle shows to be 0 ({@code (s-1)^(-1) - 1/(s-1)}: the light coefficient arithmetic has no normal
     * form). Such a term is a cancellation the calculus did not see; dropping it lets the next terms lead,
     * and the widening loop supplies more of them.
     */
    private static AsymptoticExpansion withoutVanishingLead(AsymptoticExpansion e, int terms, ExpansionContext ctx) {
        List<ExpansionTerm> kept = new ArrayList<>();
        boolean dropped = false;
        for (int i = 0; i < e.terms().size(); i++) {
            ExpansionTerm t = e.terms().get(i);
            if (i <= terms && !(t.coefficient() instanceof zipfscale.expr.Rational) && ctx.oracle().isZero(t.coefficient())) {
                dropped = true;
                continue;
            }
            kept.add(t);
        }
        return dropped ? new AsymptoticExpansion(e.variable(), kept, e.remainder(), e.conditions(), e.steps()) : e;
    }

    /** Whether {@code e} does not depend on {@code x}. */
    static boolean isConstant(Expr e, Symbol x) {
        return !FreeSymbols.of(e).contains(x.name());
    }

    /** A remainder-only expansion O(m). */
    static AsymptoticExpansion bigO(Symbol x, ScaleMonomial m) {
        return new AsymptoticExpansion(x, List.of(), Optional.of(Remainder.bigO(m)), List.of(), List.of());
    }
}
