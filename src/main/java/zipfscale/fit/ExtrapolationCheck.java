package zipfscale.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import zipfscale.check.Verdict;
import zipfscale.check.ZipfSumEvaluation;
import zipfscale.claims.Binding;
import zipfscale.claims.Derivation;
import zipfscale.claims.Extrapolation;
import zipfscale.expr.Expr;
import zipfscale.numerics.EvaluationException;

/**
 * Checks an {@code extrapolate} statement. The truth {@code L(C)} is the statement's expression evaluated
 * by the numeric engine ({@link ZipfSumEvaluation}: Zipf sums through the Zipf-sum engine), minimised
 * over {@code minimize}'s variable when given (Brent on its logarithm, after a grid scan that brackets the
 * minimum). The window is sampled at {@code points} log-spaced C; each sample is the truth times
 * {@code 1 + noise z}, z standard normal from {@code java.util.Random(seed)} (the same numbers on every
 * JVM). {@link ExtrapolationFit} fits {@code a C^b + c} with a residual bootstrap; at each target the
 * truth is compared with the 95% prediction interval.
 *
 * <p>Verdict: CHECKED when the truth lies inside the interval at every target; REFUTED, naming the first
 * target where it does not, with truth, prediction and interval; UNDECIDED when the truth cannot be
 * evaluated, the fit does not converge, or the truth sits within the engine's error of an interval end.
 */
public final class ExtrapolationCheck {
    /** Bootstrap resamples: the 2.5% points of 400 draws move by about a tenth of the half-width. */
    static final int RESAMPLES = 400;
    /** Points of the plotted band per decade of C. */
    private static final int BAND_PER_DECADE = 4;
    /** The Zipf-sum engine's relative error bound ({@code ZipfSumValues}), ten times over. */
    private static final double TRUTH_TOLERANCE = 1e-6;
    private static final int SCAN = 9;
    /** A minimiser this close (as a fraction of the log range) to an end of the range is at that end. */
    private static final double PINNED = 1e-4;

    private final Derivation derivation;
    private final Extrapolation e;
    private final ZipfSumEvaluation engine;
    /** The C values at which the minimum over N lies at an end of the minimize range (reported in the reason). */
    private final java.util.TreeSet<Double> pinned = new java.util.TreeSet<>();

    private ExtrapolationCheck(Derivation derivation, Extrapolation e) {
        this.derivation = derivation;
        this.e = e;
        this.engine = new ZipfSumEvaluation(derivation.definitions());
    }

    public static ExtrapolationResult check(Derivation derivation, Extrapolation e) {
        return new ExtrapolationCheck(derivation, e).run();
    }

    private ExtrapolationResult run() {
        List<ExtrapolationResult.Sample> samples = new ArrayList<>();
        DoubleUnaryOperator truth;
        try {
            truth = truth();
            Random noise = new Random(e.seed());
            for (int i = 0; i < e.points(); i++) {
                double c = e.lower() * Math.pow(e.upper() / e.lower(), i / (double) (e.points() - 1));
                double t = truth.applyAsDouble(c);
                double observed = t * (1 + e.noise() * noise.nextGaussian());
                if (!(observed > 0)) {
                    return undecided(samples, "the noisy loss at C = " + g(c) + " is not positive (truth " + g(t)
                            + "): the noise is too large for a fit of log L");
                }
                samples.add(new ExtrapolationResult.Sample(c, t, observed));
            }
        } catch (EvaluationException ex) {
            return undecided(samples, "the truth cannot be evaluated: " + ex.getMessage());
        }
        ExtrapolationFit.Result fit;
        try {
            double[] cs = samples.stream().mapToDouble(ExtrapolationResult.Sample::c).toArray();
            double[] ls = samples.stream().mapToDouble(ExtrapolationResult.Sample::observed).toArray();
            fit = ExtrapolationFit.fit(cs, ls, e.seed() + 1, RESAMPLES);
        } catch (IllegalStateException ex) {
            return undecided(samples, "the fit of a*C^b + c did not converge: " + ex.getMessage());
        }
        long predictionSeed = e.seed() + 2;
        List<ExtrapolationResult.Target> targets = new ArrayList<>();
        try {
            for (double c : e.targets()) {
                ExtrapolationFit.Prediction p = fit.predict(c, predictionSeed);
                double t = truth.applyAsDouble(c);
                targets.add(new ExtrapolationResult.Target(p, t, p.lower() <= t && t <= p.upper()));
            }
        } catch (EvaluationException ex) {
            return new ExtrapolationResult(derivation.name(), e, samples, fit, targets, List.of(), Verdict.UNDECIDED,
                    "the truth cannot be evaluated at a target: " + ex.getMessage());
        }
        List<ExtrapolationFit.Prediction> band = band(fit, predictionSeed);
        ExtrapolationResult r = verdict(samples, fit, targets, band);
        if (pinned.isEmpty()) {
            return r;
        }
        return new ExtrapolationResult(r.derivation(), e, samples, fit, targets, band, r.verdict(), r.reason()
                + "; note: at " + pinned.size() + " of the C values (" + g(pinned.first()) + " to " + g(pinned.last())
                + ") the minimum over " + e.minimize().variable() + " lies at an end of [" + g(e.minimize().lower())
                + ", " + g(e.minimize().upper()) + "], so the truth there is not the unconstrained minimum");
    }

    private ExtrapolationResult verdict(List<ExtrapolationResult.Sample> samples, ExtrapolationFit.Result fit,
            List<ExtrapolationResult.Target> targets, List<ExtrapolationFit.Prediction> band) {
        String fitText = String.format(Locale.ROOT, "fit a*C^b + c on %d points in [%s, %s] (noise %s, seed %d): "
                + "a = %s, b = %s, c = %s; ", e.points(), g(e.lower()), g(e.upper()), g(e.noise()), e.seed(),
                g(fit.a().value()), g(fit.b().value()), g(fit.c().value()));
        for (ExtrapolationResult.Target t : targets) {
            ExtrapolationFit.Prediction p = t.prediction();
            double margin = Math.min(Math.abs(t.truth() - p.lower()), Math.abs(t.truth() - p.upper()));
            if (margin <= TRUTH_TOLERANCE * Math.abs(t.truth())) {
                return new ExtrapolationResult(derivation.name(), e, samples, fit, targets, band, Verdict.UNDECIDED,
                        fitText + "at C = " + g(p.c()) + " the truth " + g(t.truth())
                                + " is within the engine's error of an end of the interval " + interval(p));
            }
        }
        for (ExtrapolationResult.Target t : targets) {
            if (!t.inside()) {
                ExtrapolationFit.Prediction p = t.prediction();
                return new ExtrapolationResult(derivation.name(), e, samples, fit, targets, band, Verdict.REFUTED,
                        fitText + "at C = " + g(p.c()) + " the truth " + g(t.truth()) + " lies outside the 95% "
                                + "prediction interval " + interval(p) + " of the prediction " + g(p.predicted())
                                + ": relative error " + pct(t.relativeError()) + " against the implied bound "
                                + pct(p.relativeBound()));
            }
        }
        double worstError = 0;
        double worstBound = 0;
        for (ExtrapolationResult.Target t : targets) {
            worstError = Math.max(worstError, t.relativeError());
            worstBound = Math.max(worstBound, t.prediction().relativeBound());
        }
        return new ExtrapolationResult(derivation.name(), e, samples, fit, targets, band, Verdict.CHECKED,
                fitText + "the truth lies inside the 95% prediction interval at all " + targets.size()
                        + " targets up to C = " + g(e.targets().get(e.targets().size() - 1)) + "; relative error at"
                        + " most " + pct(worstError) + " against implied bounds up to " + pct(worstBound));
    }

    private List<ExtrapolationFit.Prediction> band(ExtrapolationFit.Result fit, long seed) {
        double top = e.targets().stream().mapToDouble(Double::doubleValue).max().orElse(e.upper());
        double decades = Math.log10(top / e.lower());
        int n = Math.max(2, (int) Math.ceil(decades * BAND_PER_DECADE) + 1);
        List<ExtrapolationFit.Prediction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(fit.predict(e.lower() * Math.pow(top / e.lower(), i / (double) (n - 1)), seed));
        }
        return out;
    }

    private ExtrapolationResult undecided(List<ExtrapolationResult.Sample> samples, String reason) {
        return new ExtrapolationResult(derivation.name(), e, samples, null, List.of(), List.of(), Verdict.UNDECIDED,
                reason);
    }

    /** The truth as a function of C, the where-bindings evaluated first (in order, each seeing the earlier). */
    private DoubleUnaryOperator truth() {
        Map<String, Double> env = new HashMap<>();
        for (Binding b : e.where()) {
            env.put(b.name(), engine.evaluate(engine.prepare(b.value()), env));
        }
        Expr f = engine.prepare(e.truth());
        if (e.minimize() == null) {
            return c -> at(f, env, c, null, 0);
        }
        return c -> minimum(f, env, c);
    }

    private double at(Expr f, Map<String, Double> env, double c, String n, double nValue) {
        Map<String, Double> point = new HashMap<>(env);
        point.put(e.variable(), c);
        if (n != null) {
            point.put(n, nValue);
        }
        double v = engine.evaluate(f, point);
        if (!Double.isFinite(v)) {
            throw EvaluationException.undefined("the truth is not finite at " + e.variable() + " = " + g(c));
        }
        return v;
    }

    /** min over N in [lo, hi] of f(C, N): a grid in log N brackets the minimum, Brent refines it. */
    private double minimum(Expr f, Map<String, Double> env, double c) {
        Extrapolation.Minimize m = e.minimize();
        double lo = Math.log(m.lower());
        double hi = Math.log(m.upper());
        DoubleUnaryOperator g = u -> at(f, env, c, m.variable(), Math.exp(u));
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < SCAN; i++) {
            double v = g.applyAsDouble(lo + (hi - lo) * i / (SCAN - 1));
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double step = (hi - lo) / (SCAN - 1);
        double a = Math.max(lo, lo + (best - 1) * step);
        double b = Math.min(hi, lo + (best + 1) * step);
        UnivariatePointValuePair p = new BrentOptimizer(1e-8, 1e-10).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(g::applyAsDouble), GoalType.MINIMIZE,
                new SearchInterval(a, b, lo + best * step));
        double at = p.getValue() <= bestValue ? p.getPoint() : lo + best * step;
        if (Math.abs(at - lo) < PINNED * (hi - lo) || Math.abs(hi - at) < PINNED * (hi - lo)) {
            pinned.add(c);
        }
        return Math.min(p.getValue(), bestValue);
    }

    private static String interval(ExtrapolationFit.Prediction p) {
        return "[" + g(p.lower()) + ", " + g(p.upper()) + "]";
    }

    static String g(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3g%%", 100 * v);
    }
}
