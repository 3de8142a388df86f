package zipfscale.asymptotic;

import java.util.List;
import java.util.Map;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Differentiation;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.NotDifferentiableException;
import zipfscale.expr.Substitution;
import zipfscale.expr.Symbol;

/**
 * Two-variable minimisation under a budget, {@code ArgMin(f, {N, D}, lhs == rhs)} (read as
 * {@code ArgMin(f, N, D, lhs, rhs)}): N at the minimum of f(N, D) over N, D > 0 on the constraint. When
 * {@code g = lhs - rhs} is affine in D ({@code dg/dD} free of D, by the engine's own
 * {@link Differentiation}) with a slope of fixed sign, the constraint fixes {@code D(N) = -g(N, 0)/(dg/dD)}
 * for every N, and the problem is exactly the one-variable {@code ArgMin(f(N, D(N)), N)} over the N with
 * {@code D(N) > 0}: the elimination that Lagrange's condition {@code f_N g_D = f_D g_N} amounts to here.
 * {@code 6*N*D == C} gives D = C/(6N); Sardana et al.'s {@code 6*N*D + 2*N*I == C} gives
 * D = (C - 2 N I)/(6N). A constraint that is not affine in D (such as {@code 6*N*D^2 == C}) is left to the
 * numeric witness.
 */
public final class BudgetElimination {
    /** The one-variable problem and the eliminated variable's value D(N) (a domain condition: D(N) > 0). */
    public record Eliminated(Call argmin, Expr solved) { }

    private BudgetElimination() {
    }

    /** Whether {@code c} is the constrained form {@code ArgMin(f, N, D, lhs, rhs)}. */
    public static boolean isConstrained(Call c) {
        return c.builtin() == Builtin.ARG_MIN && c.args().size() == 5 && c.args().get(1) instanceof Symbol
                && c.args().get(2) instanceof Symbol;
    }

    public static Eliminated eliminate(Call c, LeadingTerms calc) {
        String n = ((Symbol) c.args().get(1)).name();
        String d = ((Symbol) c.args().get(2)).name();
        Expr g = Expr.sub(c.args().get(3), c.args().get(4));
        Expr slope;
        try {
            slope = Differentiation.derivative(g, d);
        } catch (NotDifferentiableException e) {
            throw new AsymptoticFailure("budget elimination: the constraint cannot be differentiated in " + d);
        }
        slope = tidy(slope, calc.oracle());
        if (FreeSymbols.of(slope).contains(d)) {
            throw new AsymptoticFailure("budget elimination: the constraint " + StepText.of(c.args().get(3)) + " == "
                    + StepText.of(c.args().get(4)) + " is not affine in " + d + " (d/d" + d + " = " + StepText.of(slope)
                    + ")");
        }
        LogConvexity shapes = new LogConvexity(n, calc.variable(), calc.oracle(), calc.sumRule());
        boolean positive = shapes.positive(slope);
        if (!positive && !shapes.positive(Expr.neg(slope))) {
            throw new AsymptoticFailure("budget elimination: the slope " + StepText.of(slope) + " of the constraint in "
                    + d + " is not shown to keep one sign, so the constraint may not fix " + d);
        }
        Expr solved = tidy(Expr.neg(Expr.div(Substitution.apply(g, Map.of(d, Expr.num(0))), slope)), calc.oracle());
        Expr f = Substitution.apply(c.args().get(0), Map.of(d, solved));
        calc.chain().add(ProofStep.of("budget elimination: the constraint ", StepRelation.equal(c.args().get(3), c.args().get(4)),
                " is affine in ", d, " with slope ", slope, " of one sign, so ", StepRelation.equal(Expr.sym(d), solved),
                " (with ", StepRelation.positive(Expr.sym(d)), " a condition on ", n, "); minimise ", f, " over ", n));
        return new Eliminated(new Call("ArgMin", List.of(f, Expr.sym(n))), solved);
    }

    private static Expr tidy(Expr e, SignOracle oracle) {
        Expr t = oracle.normalForm("Together", e);
        return t != null ? t : e;
    }
}
