package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import zipfscale.expr.Call;
import zipfscale.expr.Differentiation;
import zipfscale.expr.Expr;
import zipfscale.expr.NotDifferentiableException;
import zipfscale.expr.Symbol;
import zipfscale.numerics.EvaluationException;

/**
 * The numeric witness's view of {@code ArgMin(f, {N, D}, lhs == rhs)} (read as {@code ArgMin(f, N, D, lhs,
 * rhs)}): the loss along the constraint curve, by constrained optimisation that does not use the symbolic
 * elimination. At each N, D > 0 is the root of {@code g = lhs - rhs} in log D (Brent's solver from a bracket
 * found by doubling steps around the previous root); the slope along the curve is Lagrange's condition,
 * {@code d f/d log N = N (f_N - f_D g_N/g_D)} (zero exactly where grad f is parallel to grad g), with the
 * partial derivatives from the engine's {@link Differentiation}. The domain: N, D > 0 with a root, every
 * base of a non-integer power and every Log argument containing N or D positive. When g has several roots
 * in D the one nearest the previous is taken: the witness assumes the constraint fixes D (it does for the
 * budgets it is meant for, affine in D).
 */
final class ConstraintCurve implements NumericArgMin.Curve {
    private static final int MAX_DOUBLINGS = 9;

    private final Expr f;
    private final Expr g;
    private final String n;
    private final String d;
    private final List<Expr> bases = new ArrayList<>();
    private final Map<String, Double> at;
    private final ToDoubleBiFunction<Expr, Map<String, Double>> numeric;
    private final Expr slope;
    private double previous = 0;

    ConstraintCurve(Call argmin, Map<String, Double> point, ToDoubleBiFunction<Expr, Map<String, Double>> numeric) {
        this.f = argmin.args().get(0);
        this.n = ((Symbol) argmin.args().get(1)).name();
        this.d = ((Symbol) argmin.args().get(2)).name();
        this.g = Expr.sub(argmin.args().get(3), argmin.args().get(4));
        this.numeric = numeric;
        this.at = new HashMap<>(point);
        NumericArgMin.collectBases(f, n, bases);
        NumericArgMin.collectBases(f, d, bases);
        Expr s;
        try {
            Expr fn = Differentiation.derivative(f, n);
            Expr fd = Differentiation.derivative(f, d);
            Expr gn = Differentiation.derivative(g, n);
            Expr gd = Differentiation.derivative(g, d);
            s = Expr.mul(Expr.sym(n), Expr.sub(fn, Expr.div(Expr.mul(fd, gn), gd)));
        } catch (NotDifferentiableException e) {
            s = null;
        }
        this.slope = s;
    }

    @Override
    public double value(double s) {
        return onCurve(s) ? NumericArgMin.evaluate(f, bases, at, numeric) : Double.NaN;
    }

    @Override
    public Double slope(double s) {
        if (slope == null) {
            return null;
        }
        return onCurve(s) ? NumericArgMin.evaluate(slope, bases, at, numeric) : Double.NaN;
    }

    /** Puts N = e^s and the D > 0 on the constraint into the point; false when there is none. */
    private boolean onCurve(double s) {
        at.put(n, Math.exp(s));
        double c = constraint(previous);
        if (Double.isNaN(c)) {
            return false;
        }
        if (c == 0) {
            at.put(d, Math.exp(previous));
            return true;
        }
        for (int k = 0; k <= MAX_DOUBLINGS; k++) {
            double h = Math.scalb(1.0, k);
            for (double other : new double[] {previous - h, previous + h}) {
                double o = constraint(other);
                if (!Double.isNaN(o) && (o == 0 || (o > 0) != (c > 0))) {
                    return solve(Math.min(previous, other), Math.max(previous, other));
                }
            }
        }
        return false;
    }

    private boolean solve(double lo, double hi) {
        try {
            double root = new BrentSolver(1e-15, 1e-15, 0).solve(2000, this::constraint, lo, hi);
            previous = root;
            at.put(d, Math.exp(root));
            return true;
        } catch (MathIllegalStateException | EvaluationException e) {
            return false;
        }
    }

    /** g at the current N and D = e^t; NaN where undefined. */
    private double constraint(double t) {
        at.put(d, Math.exp(t));
        try {
            double v = numeric.applyAsDouble(g, at);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (EvaluationException | ArithmeticException e) {
            return Double.NaN;
        }
    }
}
