package zipfscale.fit;

import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits a {@link LossLaw} the way Hoffmann et al. (Approach 3) and Besiroglu et al. did: minimise
 * {@code sum_i Huber_delta(log L(x_i; theta) - log L_i)} with {@code delta = 1e-3}, from every starting
 * point of the law's grid, keeping the best.
 *
 * <p>Implementation note: they used L-BFGS; Commons Math 3.6.1 has none, so each start runs its
 * Levenberg-Marquardt optimiser on the pseudo-residuals {@code g(r) = sign(r) sqrt(2 Huber_delta(r))},
 * whose sum of squares is twice the Huber objective (Gauss-Newton with a square-rooted robust loss).
 * {@code g} is continuously differentiable, {@code g'(r) = 1} for {@code |r| <= delta} and
 * {@code delta / sqrt(2 delta |r| - delta^2)} beyond. The Huber objective is summed, not averaged
 * (averaging is what stopped Hoffmann et al.'s optimiser early, per Besiroglu et al.).
 */
public final class HuberFit {
    /** Hoffmann et al.'s delta. */
    public static final double DELTA = 1e-3;

    private final LossLaw law;
    private final double delta;
    private final Residuals residuals;

    public HuberFit(LossLaw law) {
        this(law, DELTA);
    }

    public HuberFit(LossLaw law, double delta) {
        this(law, delta, Residuals.LOG);
    }

    /**
     * A fit with the given residuals: {@link Residuals#LOG} is Huber with {@code delta} on log residuals,
     * {@link Residuals#LINEAR} least squares on the response (the Huber threshold is not used: it has no
     * scale-free meaning for a response in its own units).
     */
    public HuberFit(LossLaw law, double delta, Residuals residuals) {
        this.law = law;
        this.delta = residuals == Residuals.LOG ? delta : Double.POSITIVE_INFINITY;
        this.residuals = residuals;
    }

    public Residuals residuals() {
        return residuals;
    }

    private double residual(double[] x, double y, double[] theta) {
        return residuals == Residuals.LOG ? law.logValue(x, theta) - Math.log(y) : law.value(x, theta) - y;
    }

    private double[] residualGradient(double[] x, double[] theta) {
        return residuals == Residuals.LOG ? law.logGradient(x, theta) : law.gradient(x, theta);
    }

    public LossLaw law() {
        return law;
    }

    /** The best fit over the law's starting grid; throws {@link IllegalStateException} when no start converged. */
    public Result fit(LossData data) {
        return fitFrom(data, law.startingPoints(data));
    }

    /** The best fit over the given starting points. */
    public Result fitFrom(LossData data, List<double[]> starts) {
        Result best = null;
        for (double[] start : starts) {
            Result r = fitOnce(data, start);
            if (r != null && (best == null || r.objective() < best.objective())) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no starting point converged");
        }
        return best;
    }

    /** One Levenberg-Marquardt run from {@code start}, or null when it did not converge. */
    public Result fitOnce(LossData data, double[] start) {
        int n = data.size();
        int p = start.length;
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(new double[n])
                .model(point -> {
                    double[] theta = point.toArray();
                    double[] values = new double[n];
                    double[][] jac = new double[n][];
                    for (int i = 0; i < n; i++) {
                        double r = residual(data.x()[i], data.loss()[i], theta);
                        values[i] = pseudo(r);
                        double slope = pseudoSlope(r);
                        double[] g = residualGradient(data.x()[i], theta);
                        jac[i] = new double[p];
                        for (int k = 0; k < p; k++) {
                            jac[i][k] = slope * g[k];
                        }
                    }
                    return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(
                            new ArrayRealVector(values, false), new Array2DRowRealMatrix(jac, false));
                })
                .maxEvaluations(2000)
                .maxIterations(2000)
                .build();
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(problem);
            double[] theta = o.getPoint().toArray();
            for (double t : theta) {
                if (!Double.isFinite(t)) {
                    return null;
                }
            }
            double objective = objective(data, theta);
            return Double.isFinite(objective) ? new Result(theta, objective) : null;
        } catch (ArithmeticException | org.apache.commons.math3.exception.MathIllegalStateException
                | org.apache.commons.math3.exception.MathIllegalArgumentException e) {
            return null; // a start that does not converge (or meets NaN outside the law's domain) is dropped
        }
    }

    /** {@code sum_i Huber_delta(log L(x_i; theta) - log L_i)}, or half the sum of squares for linear residuals. */
    public double objective(LossData data, double[] theta) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            s += huber(residual(data.x()[i], data.loss()[i], theta));
        }
        return s;
    }

    double huber(double r) {
        double a = Math.abs(r);
        return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    }

    private double pseudo(double r) {
        return Math.signum(r) * Math.sqrt(2 * huber(r));
    }

    private double pseudoSlope(double r) {
        double a = Math.abs(r);
        return a <= delta ? 1 : delta / Math.sqrt(2 * delta * a - delta * delta);
    }

    /**
     * A fit: the internal parameters and the Huber objective there.
     *
     * @param theta the law's internal parameters ({@link LossLaw#reported} gives the named ones)
     */
    public record Result(double[] theta, double objective) {
    }
}
