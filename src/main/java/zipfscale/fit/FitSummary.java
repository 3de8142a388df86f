package zipfscale.fit;

import java.util.Map;

/**
 * A fitted law with bootstrap intervals.
 *
 * @param intervals per parameter name, in the law's order
 * @param failed resamples whose fit did not converge (left out of the intervals)
 * @param residuals what the fit minimised
 * @param draws the successful bootstrap fits, one row per resample, the parameters in the law's order (the
 *     joint distribution: {@code fits fit} writes it beside the fits file)
 */
public record FitSummary(LossLaw law, LossData data, HuberFit.Result best, Map<String, ParameterInterval> intervals,
        long seed, int resamples, int failed, Residuals residuals, double[][] draws) {

    /**
     * One parameter: the full-data estimate, its bootstrap 95% percentile interval and standard error.
     * The interval is not forced to contain the estimate; the fits-file writer widens it when it does not.
     */
    public record ParameterInterval(String name, double value, double lower, double upper, double stderr) {
    }
}
