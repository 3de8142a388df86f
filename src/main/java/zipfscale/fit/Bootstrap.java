package zipfscale.fit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded case-resampling bootstrap of a {@link HuberFit}: {@code resamples} times, draw {@code n} rows
 * with replacement, refit, and collect every parameter; the interval of each is the 2.5% and 97.5% points
 * of its bootstrap distribution (percentile interval), its standard error the bootstrap standard deviation.
 *
 * <p>Implementation note: each resample starts from the full-data optimum only (not the whole grid), as
 * the resamples are close to the data; a resample whose fit fails is counted and left out.
 */
public final class Bootstrap {
    /** Resamples used by the command line. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** The default seed, printed with every fit. */
    public static final long DEFAULT_SEED = 20_260_707L;

    private Bootstrap() {
    }

    public static FitSummary run(HuberFit fit, LossData data, long seed, int resamples) {
        HuberFit.Result best = fit.fit(data);
        LossLaw law = fit.law();
        double[] point = law.reported(best.theta());
        int p = point.length;
        double[][] draws = new double[p][resamples];
        int ok = 0;
        SplittableRandom rng = new SplittableRandom(seed);
        int[] idx = new int[data.size()];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < idx.length; i++) {
                idx[i] = rng.nextInt(data.size());
            }
            HuberFit.Result r = fit.fitOnce(data.resample(idx), best.theta());
            if (r == null) {
                continue;
            }
            double[] rep = law.reported(r.theta());
            for (int k = 0; k < p; k++) {
                draws[k][ok] = rep[k];
            }
            ok++;
        }
        Map<String, FitSummary.ParameterInterval> intervals = new LinkedHashMap<>();
        List<String> names = law.parameters();
        for (int k = 0; k < p; k++) {
            double[] d = Arrays.copyOf(draws[k], ok);
            Arrays.sort(d);
            double lo = ok == 0 ? point[k] : MonteCarlo.quantile(d, 0.025);
            double hi = ok == 0 ? point[k] : MonteCarlo.quantile(d, 0.975);
            double mean = Arrays.stream(d).average().orElse(point[k]);
            double sd = ok < 2 ? 0 : Math.sqrt(Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (ok - 1));
            intervals.put(names.get(k), new FitSummary.ParameterInterval(names.get(k), point[k], lo, hi, sd));
        }
        double[][] joint = new double[ok][p];
        for (int b = 0; b < ok; b++) {
            for (int k = 0; k < p; k++) {
                joint[b][k] = draws[k][b];
            }
        }
        return new FitSummary(law, data, best, intervals, seed, resamples, resamples - ok, fit.residuals(), joint);
    }
}
