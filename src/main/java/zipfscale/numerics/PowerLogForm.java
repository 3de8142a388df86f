package zipfscale.numerics;

import java.util.Map;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Symbol;

/**
 * A summand of the form {@code c k^-s (log k)^L} (c and s free of k, L = 0 or 1), recognised in the
 * expression tree of a general sum so that {@link PowerLogSum} can take it: {@code k^(-1/2)},
 * {@code Log(k)/k^2}, {@code 3*Sqrt(k)}, {@code k^(-alpha)} at a point. Constants are folded to doubles
 * at the point by {@link DoubleEvaluator}, as {@link CompiledSummand} folds them.
 *
 * @param c the constant factor
 * @param s minus the exponent of k
 * @param logPower L, the power of {@code log k}
 */
record PowerLogForm(double c, double s, int logPower) {

    /** The form of {@code body} as a function of {@code index}, or null when it has another shape. */
    static PowerLogForm match(Expr body, String index, Map<String, Double> env) {
        double[] acc = {1, 0, 0}; // c, exponent of k, power of log k
        try {
            if (!factor(body, index, env, acc)) {
                return null;
            }
        } catch (EvaluationException e) {
            return null;
        }
        if (!Double.isFinite(acc[0]) || !Double.isFinite(acc[1]) || acc[2] > 1) {
            return null;
        }
        return new PowerLogForm(acc[0], -acc[1], (int) acc[2]);
    }

    private static boolean factor(Expr e, String k, Map<String, Double> env, double[] acc) {
        if (!FreeSymbols.of(e).contains(k)) {
            acc[0] *= DoubleEvaluator.evaluate(e, env);
            return true;
        }
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (!factor(f, k, env, acc)) {
                    return false;
                }
            }
            return true;
        }
        if (isIndex(e, k)) {
            acc[1] += 1;
            return true;
        }
        if (isLogOfIndex(e, k)) {
            acc[2] += 1;
            return true;
        }
        if (e instanceof Call c && c.function().equals("Sqrt") && c.args().size() == 1 && isIndex(c.args().get(0), k)) {
            acc[1] += 0.5;
            return true;
        }
        if (e instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(k)) {
            double x = DoubleEvaluator.evaluate(p.exponent(), env);
            if (isIndex(p.base(), k)) {
                acc[1] += x;
                return true;
            }
            if (isLogOfIndex(p.base(), k) && (x == 0 || x == 1)) {
                acc[2] += x;
                return true;
            }
            // (c k^e)^x = c^x k^(e x) for k >= 1 when c > 0 or x is whole: 1/k^2 is read as (k^2)^-1
            double[] inner = {1, 0, 0};
            if (factor(p.base(), k, env, inner) && inner[2] == 0 && (inner[0] > 0 || x == Math.rint(x))) {
                acc[0] *= Math.pow(inner[0], x);
                acc[1] += inner[1] * x;
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is the summation index {@code k} (shared with {@link DDPowerLogForm}). */
    static boolean isIndex(Expr e, String k) {
        return e instanceof Symbol s && s.name().equals(k);
    }

    /** Whether {@code e} is {@code Log(k)}. */
    static boolean isLogOfIndex(Expr e, String k) {
        return e instanceof Call c && c.function().equals("Log") && c.args().size() == 1
                && isIndex(c.args().get(0), k);
    }
}
