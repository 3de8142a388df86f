package zipfscale.fit;

import java.util.List;
import zipfscale.check.Verdict;
import zipfscale.claims.Extrapolation;

/**
 * The outcome of an {@code extrapolate} statement: the samples, the fit, the prediction at each target
 * against the truth, a band of predictions for the plot, and the verdict with its reason.
 *
 * @param derivation the name of the derivation the statement belongs to
 * @param samples the window's sample points: C, the noise-free truth and the noisy observation
 * @param fit the fit, or null when it could not be made (then the verdict is UNDECIDED)
 * @param targets one per target of the statement, in order (empty when undecided before predicting)
 * @param band predictions from the window's lower end to the last target, for the plot
 */
public record ExtrapolationResult(String derivation, Extrapolation extrapolation, List<Sample> samples,
        ExtrapolationFit.Result fit, List<Target> targets, List<ExtrapolationFit.Prediction> band, Verdict verdict,
        String reason) {

    public ExtrapolationResult {
        samples = List.copyOf(samples);
        targets = List.copyOf(targets);
        band = List.copyOf(band);
    }

    /** A sample of the window: {@code observed = truth * (1 + noise * z)}. */
    public record Sample(double c, double truth, double observed) {
    }

    /**
     * The prediction at a target and the truth there.
     *
     * @param inside whether the truth lies in {@code [lower, upper]}
     */
    public record Target(ExtrapolationFit.Prediction prediction, double truth, boolean inside) {
        /** {@code |predicted - truth| / truth}. */
        public double relativeError() {
            return Math.abs(prediction.predicted() - truth) / truth;
        }
    }
}
