package zipfscale.fit;

import java.util.List;
import java.util.Map;

/**
 * A parametric loss law {@code L(x; theta)} fitted by {@link HuberFit}.
 *
 * <p>Laws work in an internal parametrisation {@code theta} chosen for the optimiser (for the recognised
 * laws: logarithms of the positive constants {@code E, A, B} and the exponents as they are, Hoffmann et
 * al.'s "LSE" form); {@link #reported} turns {@code theta} into the parameters as the law names them.
 */
public interface LossLaw {

    /** The law as the user wrote it (normalised), e.g. {@code E + A*x^(-a)}. */
    String text();

    /** The data columns the law reads, in the order of {@code x} in {@link #logValue}. */
    List<String> variables();

    /** The parameter names of {@link #reported}, in order. */
    List<String> parameters();

    /** For each exponent parameter, the variable it is the exponent of ({@code a -> x}). */
    Map<String, String> exponents();

    /** {@code log L(x; theta)}. */
    double logValue(double[] x, double[] theta);

    /** The gradient of {@link #logValue} with respect to {@code theta}. */
    double[] logGradient(double[] x, double[] theta);

    /** {@code L(x; theta)} itself (for linear residuals); by default {@code exp} of {@link #logValue}. */
    default double value(double[] x, double[] theta) {
        return Math.exp(logValue(x, theta));
    }

    /** The gradient of {@link #value} with respect to {@code theta}; by default {@code L} times {@link #logGradient}. */
    default double[] gradient(double[] x, double[] theta) {
        double v = value(x, theta);
        double[] g = logGradient(x, theta);
        for (int k = 0; k < g.length; k++) {
            g[k] *= v;
        }
        return g;
    }

    /** Starting points of the optimiser, chosen from the data (a grid, as in Hoffmann et al.). */
    List<double[]> startingPoints(LossData data);

    /** The law's parameters at {@code theta}, in the order of {@link #parameters()}. */
    double[] reported(double[] theta);
}
