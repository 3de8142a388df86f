package zipfscale.check;

import zipfscale.asymptotic.StepText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.cas.CasResult;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.numerics.EvaluationException;

/**
 * Exact first, through Symja: when Symja brings the margin of a claim ({@code lhs - rhs} of an identity,
 * {@code rhs - lhs} of {@code <=}, {@code lhs - rhs} of {@code >=}) to a number that violates the
 * relation (nonzero, or negative), and our own evaluation confirms it, the claim is refuted with that
 * number as the witness. Symja is a witness, not an oracle: the number is confirmed at a sampled point by
 * {@link BoundedComparison} at a precision chosen to resolve it (40 digits plus the decades between the
 * sides' size and the number, plus 10), never taken on Symja's word. {@code Sqrt(2)^2 == 2 + 10^-50} is
 * refuted this way; 40 digits alone see no difference.
 */
final class ExactDifference {
    /** The highest working precision used to confirm a difference. */
    static final int MAX_DIGITS = 2000;

    private ExactDifference() {
    }

    /** A confirmed violation, or null (no number from Symja, no violation, or not confirmed). */
    static NumericWitness.Outcome refute(Expr lhs, Expr rhs, Relation rel, ClaimContext ctx, CheckSettings settings) {
        Expr margin = rel.direction() > 0 ? Expr.sub(rhs, lhs) : Expr.sub(lhs, rhs);
        CasResult r = settings.symbolic().apply("Simplify", margin, ctx.constraints());
        if (!(r instanceof CasResult.Done d) || !FreeSymbols.of(d.value()).isEmpty()) {
            return null;
        }
        Apfloat c;
        try {
            BigFraction q = ExactValue.of(d.value(), Map.of());
            c = q != null ? BoundedComparison.decimal(q) : settings.numeric().evaluatePrecise(d.value(), Map.of(), 60);
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
            return null;
        }
        boolean violates = rel.isEquality() ? c.signum() != 0 : c.signum() < 0;
        if (!violates) {
            return null;
        }
        Set<String> names = new TreeSet<>(FreeSymbols.of(lhs));
        names.addAll(FreeSymbols.of(rhs));
        List<Map<String, BigDecimal>> points = new PointSampler(ctx.constraints(), settings.seed()).draw(names, 3);
        for (Map<String, BigDecimal> p : points) {
            try {
                Apfloat l = settings.numeric().evaluatePrecise(lhs, p, settings.digits());
                Apfloat rv = settings.numeric().evaluatePrecise(rhs, p, settings.digits());
                Apfloat scale = ApfloatMath.max(ApfloatMath.abs(l), ApfloatMath.abs(rv));
                double decades = scale.signum() == 0 ? 0
                        : Math.max(0, ApfloatMath.log(scale.precision(20).divide(ApfloatMath.abs(c).precision(20)),
                                new Apfloat(10, 20)).doubleValue());
                int digits = (int) Math.min(MAX_DIGITS, settings.digits() + Math.ceil(decades) + 10);
                BoundedComparison.Result res = new BoundedComparison(settings.numeric(), digits)
                        .compare(lhs, rhs, p, rel, true);
                if (res.kind() == BoundedComparison.Kind.VIOLATED) {
                    return new NumericWitness.Outcome(NumericWitness.Kind.VIOLATED,
                            List.of(NumericWitness.sample(p, res.lhs(), res.rhs())), 1,
                            "Symja Simplify brings the margin to " + StepText.of(d.value()) + "; confirmed at "
                                    + (res.digits() == 0 ? "this point in exact arithmetic" : res.digits()
                                    + " digits: difference " + NumericWitness.digits(res.margin()) + ", error bound "
                                    + NumericWitness.digits(res.bound())),
                            new Accuracy(res.digits(), res.relativeBound(), res.digits() == 0 ? 1 : 0, null,
                                    Map.of(), 0));
                }
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                // this point cannot confirm: try the next
            }
        }
        return null;
    }
}
