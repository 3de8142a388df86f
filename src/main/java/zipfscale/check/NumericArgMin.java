package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import zipfscale.asymptotic.BottleneckEqualisation;
import zipfscale.asymptotic.BudgetElimination;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Differentiation;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.NotDifferentiableException;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;
import zipfscale.numerics.EvaluationException;

/**
 * The numeric witness's value of {@code ArgMin(f, N)} at a point: the N > 0 minimising f over its domain,
 * the N at which every base of a power with a non-integer exponent and every Log argument containing N is
 * positive, and f is a finite number (the domain of
 * {@code B*(C/(6*N) - I/3)^(-b)} is N < C/(2 I)). Method: f on a grid of log N from -60 to 120 in steps of
 * 1/2 (the global minimum on the grid, so a loss with several local minima is not misread); then, on the
 * two grid cells around it, the root of {@code N f'(N)} by Brent's solver (Apache Commons Math), f' from
 * the engine's own {@link Differentiation}, which gives N to about 1e-14 relative; where f has no
 * derivative (a Max) or f' does not change sign there, Brent's minimiser on f (N to about 1e-8: f is flat
 * at its minimum, so double precision resolves N only to the square root of the rounding).
 * A minimiser on the first or last grid point, or next to a point outside the domain, is not trusted: the
 * loss may decrease without bound (as {@code A*N^(-a)*Log(N)} does when N -> 0) or have its infimum on the
 * domain's edge; the evaluation is then unsupported, never a guess.
 */
final class NumericArgMin {
    private static final double LOG_N_MIN = -60;
    private static final double LOG_N_MAX = 120;
    private static final double STEP = 0.5;
    /** Relative error of N from the root of N f'(N) (bracketed to 1e-15 in log N, with room for rounding). */
    static final double ROOT_ERROR = 1e-10;
    /** Relative error of N from Brent's minimiser (the square root of double rounding, with room). */
    static final double MINIMISER_ERROR = 1e-8;

    /** The minimiser and its relative error. */
    record Found(double n, double relativeError) { }

    private NumericArgMin() {
    }

    /**
     * The loss along the search variable s = log N: its value (NaN outside the domain) and the slope
     * d/ds of it (NaN where undefined; null when the loss has no derivative).
     */
    interface Curve {
        double value(double s);

        Double slope(double s);
    }

    /** Whether {@code c} is {@code ArgMin(f, N)} or the constrained {@code ArgMin(f, N, D, lhs, rhs)}. */
    static boolean handles(Call c) {
        return BottleneckEqualisation.isArgMin(c) || BudgetElimination.isConstrained(c);
    }

    static Found minimise(Call argmin, Map<String, Double> point, ToDoubleBiFunction<Expr, Map<String, Double>> numeric) {
        String n = ((Symbol) argmin.args().get(1)).name();
        Curve curve = argmin.args().size() == 5 ? new ConstraintCurve(argmin, point, numeric)
                : unconstrained(argmin.args().get(0), n, point, numeric);
        int cells = (int) Math.round((LOG_N_MAX - LOG_N_MIN) / STEP);
        double[] v = new double[cells + 1];
        int best = -1;
        for (int i = 0; i <= cells; i++) {
            v[i] = curve.value(LOG_N_MIN + i * STEP);
            if (!Double.isNaN(v[i]) && (best < 0 || v[i] < v[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw EvaluationException.unsupported("ArgMin: the loss is defined nowhere on the search interval");
        }
        if (best == 0 || best == cells || Double.isNaN(v[best - 1]) || Double.isNaN(v[best + 1])) {
            throw EvaluationException.unsupported("ArgMin: the minimiser is at the end of the search interval or of "
                    + "the loss's domain (" + n + " = " + Math.exp(LOG_N_MIN + best * STEP) + ")");
        }
        double lo = LOG_N_MIN + (best - 1) * STEP;
        double hi = LOG_N_MIN + (best + 1) * STEP;
        Found root = root(curve, lo, hi);
        if (root != null) {
            return root;
        }
        UnivariateObjectiveFunction objective = new UnivariateObjectiveFunction(s -> {
            double y = curve.value(s);
            return Double.isNaN(y) ? Double.MAX_VALUE : y;
        });
        UnivariatePointValuePair p = new BrentOptimizer(1e-14, 1e-14).optimize(new MaxEval(2000), objective,
                GoalType.MINIMIZE, new SearchInterval(lo, hi, LOG_N_MIN + best * STEP));
        return new Found(Math.exp(p.getPoint()), MINIMISER_ERROR);
    }

    /** The root of the slope in log N between lo and hi, or null (no derivative, no sign change). */
    private static Found root(Curve curve, double lo, double hi) {
        if (curve.slope(lo) == null) {
            return null;
        }
        org.apache.commons.math3.analysis.UnivariateFunction g = s -> {
            double y = curve.slope(s);
            if (Double.isNaN(y)) {
                throw EvaluationException.undefined("ArgMin: the slope is not defined at log N = " + s);
            }
            return y;
        };
        try {
            double a = g.value(lo);
            double b = g.value(hi);
            if (!(a < 0 && b > 0)) {
                return null;
            }
            // no function-value tolerance: losses of order 1e-19 (C^-1.3 at C = 1e15) would stop it at once
            double s = new BrentSolver(1e-15, 1e-15, 0).solve(2000, g, lo, hi);
            return new Found(Math.exp(s), ROOT_ERROR);
        } catch (EvaluationException | MathIllegalStateException e) {
            return null;
        }
    }

    /** f(N) along s = log N, its slope N f'(N) from the engine's derivative. */
    private static Curve unconstrained(Expr f, String n, Map<String, Double> point,
            ToDoubleBiFunction<Expr, Map<String, Double>> numeric) {
        List<Expr> bases = new ArrayList<>();
        collectBases(f, n, bases);
        Map<String, Double> at = new HashMap<>(point);
        Expr slope;
        try {
            slope = Expr.mul(Expr.sym(n), Differentiation.derivative(f, n));
        } catch (NotDifferentiableException e) {
            slope = null;
        }
        Expr nf = slope;
        return new Curve() {
            @Override
            public double value(double s) {
                at.put(n, Math.exp(s));
                return evaluate(f, bases, at, numeric);
            }

            @Override
            public Double slope(double s) {
                if (nf == null) {
                    return null;
                }
                at.put(n, Math.exp(s));
                return evaluate(nf, bases, at, numeric);
            }
        };
    }

    /** e at the point, or NaN when a domain condition fails or e is not a finite number. */
    static double evaluate(Expr e, List<Expr> bases, Map<String, Double> at,
            ToDoubleBiFunction<Expr, Map<String, Double>> numeric) {
        try {
            for (Expr b : bases) {
                if (!(numeric.applyAsDouble(b, at) > 0)) {
                    return Double.NaN;
                }
            }
            double y = numeric.applyAsDouble(e, at);
            return Double.isFinite(y) ? y : Double.NaN;
        } catch (EvaluationException | ArithmeticException ex) {
            return Double.NaN;
        }
    }

    /** The bases of non-integer powers and the Log arguments that contain N (the domain's conditions). */
    static void collectBases(Expr e, String n, List<Expr> out) {
        if (!FreeSymbols.of(e).contains(n)) {
            return;
        }
        if (e instanceof Pow p) {
            if (!(p.base() instanceof Symbol) && !(p.exponent() instanceof Rational r && r.isInteger())) {
                out.add(p.base());
            }
            collectBases(p.base(), n, out);
            collectBases(p.exponent(), n, out);
        } else if (e instanceof Call c) {
            if (c.builtin() == Builtin.LOG && c.args().size() == 1 && !(c.args().get(0) instanceof Symbol)) {
                out.add(c.args().get(0));
            }
            c.args().forEach(a -> collectBases(a, n, out));
        } else if (e instanceof Add a) {
            a.terms().forEach(u -> collectBases(u, n, out));
        } else if (e instanceof Mul m) {
            m.factors().forEach(u -> collectBases(u, n, out));
        }
    }
}
