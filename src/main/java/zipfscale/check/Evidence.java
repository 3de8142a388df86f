package zipfscale.check;

import java.util.List;
import zipfscale.asymptotic.ProofStep;
import zipfscale.expr.Expr;

/**
 * What a verdict rests on, kept as data for the report and the LaTeX renderer.
 *
 * @param symbolic the symbolic witness in words (e.g. "Symja Simplify(lhs - rhs) = 0"), or null
 * @param steps the justification chain: one record per step (lemma or rule, statement, side conditions)
 * @param samples a few evaluation points (all of them for a refutation: the witness first)
 * @param pointsUsed how many points were evaluated
 * @param tolerance the tolerance of the comparison, or null
 * @param seed the seed the points were drawn from
 * @param digits the working precision of the high-precision evaluation
 * @param ratios for an asymptotic claim, the ratios f/g along increasing x, one series per parameter
 *     point, the refuting one first (empty for other claims)
 * @param corrected for a refuted {@code ~} claim whose left side the lemma library expanded: that leading
 *     term, the corrected right-hand side, as an expression in the claim's variable; else null
 * @param accuracy for an identity or inequality, the precision reached, the error bound and (for an
 *     inequality) the smallest margin found; else null
 * @param sequences for a refuted claim over distributions or sequences (issue 15): the counterexample's
 *     vectors, one per sequence (the first sample holds its sizes and other parameters); else empty
 */
public record Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
        Tolerance tolerance, long seed, int digits, List<RatioSeries> ratios, Expr corrected, Accuracy accuracy,
        List<SequenceValues> sequences) {

    public Evidence {
        steps = List.copyOf(steps);
        samples = List.copyOf(samples);
        ratios = List.copyOf(ratios);
        sequences = List.copyOf(sequences);
    }

    /** Evidence of a claim about scalar parameters (no counterexample distribution). */
    public Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
            Tolerance tolerance, long seed, int digits, List<RatioSeries> ratios, Expr corrected, Accuracy accuracy) {
        this(symbolic, steps, samples, pointsUsed, tolerance, seed, digits, ratios, corrected, accuracy, List.of());
    }

    /** Evidence of a claim over distributions or sequences (no accuracy record). */
    public Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
            Tolerance tolerance, long seed, int digits, List<RatioSeries> ratios, Expr corrected,
            List<SequenceValues> sequences) {
        this(symbolic, steps, samples, pointsUsed, tolerance, seed, digits, ratios, corrected, null, sequences);
    }

    /** Evidence without an accuracy record (asymptotic claims). */
    public Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
            Tolerance tolerance, long seed, int digits, List<RatioSeries> ratios, Expr corrected) {
        this(symbolic, steps, samples, pointsUsed, tolerance, seed, digits, ratios, corrected, null, List.of());
    }

    /** Evidence with ratio series but no corrected statement. */
    public Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
            Tolerance tolerance, long seed, int digits, List<RatioSeries> ratios) {
        this(symbolic, steps, samples, pointsUsed, tolerance, seed, digits, ratios, null, null, List.of());
    }

    /** Evidence without ratio series (identities, inequalities). */
    public Evidence(String symbolic, List<ProofStep> steps, List<Sample> samples, int pointsUsed,
            Tolerance tolerance, long seed, int digits) {
        this(symbolic, steps, samples, pointsUsed, tolerance, seed, digits, List.of(), null, null, List.of());
    }

    public static Evidence none() {
        return new Evidence(null, List.of(), List.of(), 0, null, 0, 0);
    }
}
