package zipfscale.check;

import java.util.List;
import zipfscale.claims.Binding;
import zipfscale.claims.Claim;
import zipfscale.claims.Equality;
import zipfscale.claims.Inequality;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.RelOp;
import zipfscale.expr.Symbol;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * What would hold on what was searched (issue 15): for a refuted inequality whose sides were never
 * negative, the worst ratio rhs/lhs; and when a {@code where} binding gives a constant that is a
 * factor of one side ({@code c*S(p) <= T(p) where c = 1/(2*Exp(1))}), the largest (or smallest) constant
 * for which no searched candidate violates the claim: c divided or multiplied by that worst ratio.
 */
final class SurvivingConstant {

    private SurvivingConstant() {
    }

    static String describe(Claim c, RelOp op, ViolationSearch s) {
        if (op == RelOp.EQ || c instanceof Equality || !s.ratioValid || s.minRhsOverLhs > s.maxRhsOverLhs) {
            return null;
        }
        Inequality in = (Inequality) c;
        boolean less = op == RelOp.LE || op == RelOp.LT;
        double worst = less ? s.minRhsOverLhs : s.maxRhsOverLhs;
        String out = (less ? "least" : "greatest") + " ratio rhs/lhs over the candidates: " + QuantifiedChecker.fmt(worst);
        for (Binding b : c.info().where()) {
            if (!FreeSymbols.of(b.value()).isEmpty()) {
                continue;
            }
            double value;
            try {
                value = DoubleEvaluator.evaluate(b.value(), java.util.Map.of());
            } catch (EvaluationException e) {
                continue;
            }
            boolean inLhs = factor(in.lhs(), b.name());
            boolean inRhs = factor(in.rhs(), b.name());
            if (!(value > 0) || inLhs == inRhs) {
                continue;
            }
            // lhs <= rhs: c on the left survives up to c*min(rhs/lhs); on the right down to c/min(rhs/lhs).
            // lhs >= rhs: c on the left survives down to c*max(rhs/lhs); on the right up to c/max(rhs/lhs).
            double survives = inLhs ? value * worst : value / worst;
            boolean largest = inLhs == less;
            String v = Double.isFinite(survives) ? QuantifiedChecker.fmt(survives) : "none (no finite constant)";
            out += "; the " + (largest ? "largest" : "smallest") + " " + b.name() + " that survives every candidate"
                    + " searched: " + v + " (the claim has " + QuantifiedChecker.fmt(value) + ")";
        }
        return out;
    }

    private static boolean factor(Expr side, String name) {
        Symbol s = new Symbol(name);
        if (side.equals(s)) {
            return true;
        }
        if (side instanceof Mul m) {
            List<Expr> f = m.factors();
            return f.contains(s);
        }
        return false;
    }
}
