package zipfscale.check;

import java.util.List;
import java.util.Set;
import zipfscale.asymptotic.AsymptoticExpansion;
import zipfscale.asymptotic.ExpansionContext;
import zipfscale.asymptotic.ExpansionResult;
import zipfscale.asymptotic.ExpansionTerm;
import zipfscale.asymptotic.Expander;
import zipfscale.asymptotic.StepText;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;

/**
 * The numeric witness of a {@code f ~ g} claim whose ratio converges too slowly for x <= 1e15
 * ({@code (Log(x) + Log(Log(x)))/Log(x) = 1 + log log x / log x} is still 1.10 at 1e15): instead of the raw
 * ratio, the remainder the expansion predicts is checked. With {@code f/g = c0 + c1 m1(x) + o(m1)} from the
 * expansion engine, the ratio witness judges {@code f - c0 g ~ c1 m1 g}, which tends to its limit at the
 * rate of the next term relative to m1, not of m1 itself. If that holds numerically, the expansion is
 * confirmed to its second term: f/g tends to c0 (the claim holds when c0 = 1, fails otherwise); if it fails,
 * the prediction is wrong and nothing is concluded. Used only when the raw ratio was inconclusive.
 */
final class PredictedRemainder {

    /** The numeric outcome for the claim (AGREES or REFUTES), or null when the remainder decides nothing. */
    static RatioWitness.Outcome judge(Expr lhs, Expr rhs, String x, Set<String> parameters,
            List<Comparison> constraints, ExpansionContext ectx, RatioWitness witness, BoundedEvaluation values) {
        Symbol var = new Symbol(x);
        ExpansionResult r = Expander.expand(Expr.div(lhs, rhs), var, 2, ectx);
        if (!(r instanceof ExpansionResult.Expanded e)) {
            return null;
        }
        AsymptoticExpansion q = e.expansion();
        if (q.terms().size() < 2 || !q.terms().get(0).monomial().isOne()) {
            return null;
        }
        Expr c0 = q.terms().get(0).coefficient();
        ExpansionTerm t1 = q.terms().get(1);
        Expr left = Expr.sub(lhs, Expr.mul(c0, rhs));
        Expr right = Expr.mul(t1.toExpr(var), rhs);
        RatioWitness.Outcome o = witness.run(left, right, AsymptoticRelation.SIM, x, parameters, constraints, values);
        if (o.kind() != RatioWitness.Kind.AGREES) {
            return null;
        }
        zipfscale.asymptotic.SignOracle.Sign d = ectx.oracle().sign(Expr.sub(c0, Expr.num(1))).sign();
        String note = "the expansion's remainder checked instead of the slowly converging ratio: f/g = "
                + StepText.of(c0) + " + " + StepText.of(t1.toExpr(var)) + " + ..., and f - (" + StepText.of(c0)
                + ") g ~ (" + StepText.of(t1.toExpr(var)) + ") g numerically (" + o.note() + ")";
        if (d == zipfscale.asymptotic.SignOracle.Sign.ZERO) {
            return new RatioWitness.Outcome(RatioWitness.Kind.AGREES, note + ", so f/g -> 1", o.series());
        }
        if (d == zipfscale.asymptotic.SignOracle.Sign.POSITIVE || d == zipfscale.asymptotic.SignOracle.Sign.NEGATIVE) {
            List<Sample> w = witness(lhs, rhs, x, o.series(), values);
            // a refutation shows both sides somewhere; without them it is no refutation
            return w.isEmpty() ? null : new RatioWitness.Outcome(RatioWitness.Kind.REFUTES, note + ", so f/g -> "
                    + StepText.of(c0) + ", not 1", o.series(), w);
        }
        return null;
    }

    /** Both sides of the claim at the last point of the first series (the refutation's witness), or none. */
    private static List<Sample> witness(Expr lhs, Expr rhs, String x, List<RatioSeries> series,
            BoundedEvaluation values) {
        if (series.isEmpty() || series.get(0).points().isEmpty()) {
            return List.of();
        }
        RatioSeries s = series.get(0);
        java.util.Map<String, Double> at = new java.util.HashMap<>();
        s.parameters().forEach((k, v) -> at.put(k, Double.parseDouble(v)));
        at.put(x, s.points().get(s.points().size() - 1).x());
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        at.forEach((k, v) -> shown.put(k, Double.toString(v)));
        try {
            Bounded l = values.evaluate(lhs, at, 40);
            Bounded r = values.evaluate(rhs, at, 40);
            return List.of(new Sample(shown, RatioWitness.shortText(l), RatioWitness.shortText(r)));
        } catch (RuntimeException notEvaluable) {
            return List.of();
        }
    }

    private PredictedRemainder() {
    }
}
