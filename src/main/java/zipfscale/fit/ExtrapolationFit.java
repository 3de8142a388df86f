package zipfscale.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The GPT-4-style fit {@code L(C) = a C^b + c} (OpenAI 2023, Fig. 1) to rows {@code (C_i, L_i)}, with a
 * seeded residual bootstrap that gives 95% intervals for a, b, c and 95% <em>prediction</em> intervals
 * for the loss at any C (parameter uncertainty and the noise of a new observation).
 *
 * <p>The fit is {@link PowerLawWithFloor} ({@code L = E + A C^(-e)}, so a = A, b = -e, c = E) by
 * {@link HuberFit} with a Huber threshold far above every residual, i.e. least squares of
 * {@code log L}: the right estimator for relative Gaussian noise without outliers.
 *
 * <p>Implementation note (why a residual bootstrap, not {@link Bootstrap}'s case resampling): the C
 * values are a fixed design, and case resampling of 24 rows often drops the rows at the window's top,
 * the ones that matter most for extrapolation. Here each resample keeps every C_i and replaces each log
 * loss by the fitted one plus a residual drawn with replacement, inflated by {@code sqrt(n/(n-3))}
 * (the residuals of a 3-parameter fit are smaller than the noise); the prediction of resample r at C is
 * its fitted curve times {@code exp} of one more drawn residual (the new observation's noise). The
 * intervals are the 2.5% and 97.5% points (percentile intervals).
 */
public final class ExtrapolationFit {
    /** Least squares: no residual of a sensible fit of log L comes near it. */
    private static final double LEAST_SQUARES_DELTA = 10;
    private static final LossLaw LAW = new PowerLawWithFloor("C");

    private ExtrapolationFit() {
    }

    /** One parameter with its bootstrap 95% percentile interval. */
    public record Parameter(double value, double lower, double upper) {
    }

    /** The loss predicted at C with its 95% prediction interval. */
    public record Prediction(double c, double predicted, double lower, double upper) {
        /** The interval's implied relative error bound: the larger half-width over the prediction. */
        public double relativeBound() {
            return Math.max(upper - predicted, predicted - lower) / predicted;
        }
    }

    /**
     * A fit and its bootstrap.
     *
     * @param residualSd the standard deviation of the log residuals (n - 3 degrees of freedom): the
     *     relative noise the fit sees
     */
    public record Result(Parameter a, Parameter b, Parameter c, double residualSd, int resamples, int failed,
            double[] theta, double[][] bootstrapTheta, double[] residuals) {

        /** {@code a C^b + c} at the full-data fit. */
        public double value(double x) {
            return Math.exp(LAW.logValue(new double[] {x}, theta));
        }

        /** The prediction at {@code x} with its 95% prediction interval; deterministic given the fit. */
        public Prediction predict(double x, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            double inflate = Math.sqrt(residuals.length / (double) (residuals.length - 3));
            double[] draws = new double[bootstrapTheta.length];
            for (int r = 0; r < draws.length; r++) {
                double noise = inflate * residuals[rng.nextInt(residuals.length)];
                draws[r] = Math.exp(LAW.logValue(new double[] {x}, bootstrapTheta[r]) + noise);
            }
            Arrays.sort(draws);
            double p = value(x);
            return new Prediction(x, p, Math.min(p, MonteCarlo.quantile(draws, 0.025)),
                    Math.max(p, MonteCarlo.quantile(draws, 0.975)));
        }
    }

    /**
     * Fits {@code loss ~ a C^b + c} and bootstraps it {@code resamples} times from {@code seed}; throws
     * {@link IllegalStateException} when the full-data fit does not converge.
     */
    public static Result fit(double[] cs, double[] loss, long seed, int resamples) {
        int n = cs.length;
        if (n < 4) {
            throw new IllegalArgumentException("at least 4 rows are needed for 3 parameters and a noise level");
        }
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {cs[i]};
        }
        LossData data = new LossData("extrapolation", List.of("C"), x, loss);
        HuberFit fit = new HuberFit(LAW, LEAST_SQUARES_DELTA);
        double[] theta = fit.fit(data).theta();
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        double ss = 0;
        for (int i = 0; i < n; i++) {
            fitted[i] = LAW.logValue(x[i], theta);
            residuals[i] = Math.log(loss[i]) - fitted[i];
            ss += residuals[i] * residuals[i];
        }
        double inflate = Math.sqrt(n / (double) (n - 3));
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> draws = new ArrayList<>();
        int failed = 0;
        for (int r = 0; r < resamples; r++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.exp(fitted[i] + inflate * residuals[rng.nextInt(n)]);
            }
            HuberFit.Result one = fit.fitOnce(new LossData("resample", List.of("C"), x, y), theta);
            if (one == null) {
                failed++;
            } else {
                draws.add(one.theta());
            }
        }
        double[][] boot = draws.toArray(new double[0][]);
        double[] rep = LAW.reported(theta);
        return new Result(interval(rep[1], boot, t -> Math.exp(t[1])), interval(-rep[2], boot, t -> -t[2]),
                interval(rep[0], boot, t -> Math.exp(t[0])), Math.sqrt(ss / (n - 3)), resamples, failed, theta,
                boot, residuals);
    }

    private static Parameter interval(double value, double[][] boot, java.util.function.ToDoubleFunction<double[]> f) {
        if (boot.length == 0) {
            return new Parameter(value, value, value);
        }
        double[] d = new double[boot.length];
        for (int i = 0; i < boot.length; i++) {
            d[i] = f.applyAsDouble(boot[i]);
        }
        Arrays.sort(d);
        return new Parameter(value, MonteCarlo.quantile(d, 0.025), MonteCarlo.quantile(d, 0.975));
    }
}
