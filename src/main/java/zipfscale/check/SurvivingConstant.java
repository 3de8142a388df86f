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
 * What would hold on what was searched (issue 15): for a refuted inequality whose sides were positive
 * at every candidate, the worst ratio lhs/rhs; and when a {@code where} binding gives a constant that is a
 * factor of one side ({@code c*S(p) <= T(p) where c = 1/(2*Exp(1))}), the largest (or smallest) constant
 * for which no searched candidate violates the claim: c divided or multiplied by that worst ratio.
 */
final class SurvivingConstant {

    private SurvivingConstant() {
    }

    static String describe(Claim c, RelOp op, ViolationSearch s) {
        if (op == RelOp.EQ || c instanceof Equality || !s.ratioValid || Double.isNaN(s.worstRatio)) {
            return null;
        }
        Inequality in = (Inequality) c;
        boolean less = op == RelOp.LE || op == RelOp.LT;
        double rho = s.worstRatio;
        String out = "worst ratio lhs/rhs over the candidates: " + QuantifiedChecker.fmt(rho);
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
            if (!(value > 0)) {
                continue;
            }
            boolean inLhs = factor(in.lhs(), b.name());
            boolean inRhs = factor(in.rhs(), b.name());
            if (inLhs == inRhs) {
                continue;
            }
            double survives = inLhs ? value / rho : value * rho;
            // c on the left of <=, or on the right of >=, must shrink: the largest constant survives
            boolean largest = inLhs == less;
            out += "; the " + (largest ? "largest" : "smallest") + " " + b.name() + " that survives every candidate"
                    + " searched is " + QuantifiedChecker.fmt(survives) + " (the claim has " + QuantifiedChecker.fmt(value) + ")";
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
