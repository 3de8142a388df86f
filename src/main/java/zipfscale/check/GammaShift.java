package zipfscale.check;

import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.StepRelation;
import zipfscale.asymptotic.ProofStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.cas.CasResult;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;
import zipfscale.asymptotic.StepText;

/**
 * The recurrence Gamma(u + n) = Gamma(u) u (u + 1) ... (u + n - 1) for whole n, used where Symja leaves
 * a sum of Gamma values whose arguments differ by integers (Remark 5.1's constant: Gamma(1 - 1/alpha) +
 * Gamma(2 - 1/alpha) against Gamma(s + 2)/s). Arguments are grouped by Symja Simplify of their
 * differences (a difference counts only when it simplifies to a whole number of size at most
 * {@link #MAX_SHIFT}); each Gamma is rewritten over the lowest argument of its group. The identity holds
 * wherever both sides are finite (off the poles at 0, -1, -2, ...), and the numeric witness checks the
 * claim independently, so Symja's difference is a witness here, not an oracle.
 */
final class GammaShift {
    static final int MAX_SHIFT = 12;

    /** A rewritten expression and the steps that justify it. */
    record Shifted(Expr expr, List<ProofStep> steps) { }

    private GammaShift() {
    }

    /** The expression with Gamma values expressed over common arguments, or null when nothing groups. */
    static Shifted apply(Expr e, SymbolicBackend symbolic, List<Comparison> assumptions) {
        List<Expr> args = new ArrayList<>();
        new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                if (c.builtin() == Builtin.GAMMA && c.args().size() == 1 && !args.contains(c.args().get(0))) {
                    args.add(c.args().get(0));
                }
                return super.visitCall(c);
            }
        }.rewrite(e);
        if (args.size() < 2 || args.size() > 8) {
            return null;
        }
        // base of each argument and its offset above the base
        Map<Expr, Expr> base = new LinkedHashMap<>();
        Map<Expr, Integer> offset = new LinkedHashMap<>();
        List<ProofStep> steps = new ArrayList<>();
        for (Expr u : args) {
            base.put(u, u);
            offset.put(u, 0);
        }
        for (int i = 0; i < args.size(); i++) {
            for (int j = i + 1; j < args.size(); j++) {
                Expr ui = args.get(i);
                Expr uj = args.get(j);
                if (!base.get(uj).equals(uj)) {
                    continue;   // uj already placed in a group
                }
                Integer n = wholeDifference(uj, base.get(ui), symbolic, assumptions);
                if (n == null) {
                    continue;
                }
                int oj = offset.get(ui) + n;     // uj = base(ui) + oj
                base.put(uj, base.get(ui));
                offset.put(uj, oj);
                steps.add(ProofStep.of("Symja Simplify: ", StepRelation.equal(Expr.sub(uj, base.get(ui)), Expr.num(oj))));
            }
        }
        // lower every group to its smallest member
        Map<Expr, Integer> lowest = new LinkedHashMap<>();
        Map<Expr, Expr> lowestArg = new LinkedHashMap<>();
        for (Expr u : args) {
            Expr b = base.get(u);
            if (!lowest.containsKey(b) || offset.get(u) < lowest.get(b)) {
                lowest.put(b, offset.get(u));
                lowestArg.put(b, u);
            }
        }
        if (steps.isEmpty()) {
            return null;
        }
        Map<Expr, Expr> replacement = new LinkedHashMap<>();
        for (Expr u : args) {
            Expr b = base.get(u);
            int n = offset.get(u) - lowest.get(b);
            Expr u0 = lowestArg.get(b);
            if (n == 0) {
                continue;
            }
            List<Expr> factors = new ArrayList<>();
            factors.add(Expr.call("Gamma", u0));
            for (int k = 0; k < n; k++) {
                factors.add(k == 0 ? u0 : Expr.add(u0, Expr.num(k)));
            }
            replacement.put(u, new zipfscale.expr.Mul(factors));
            steps.add(new ProofStep(RichText.of("Gamma recurrence"), "DLMF 5.5.1",
                    StepRelation.equal(Expr.call("Gamma", u), new zipfscale.expr.Mul(factors)), List.of()));
        }
        if (replacement.isEmpty()) {
            return null;
        }
        Expr out = new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                Expr inner = super.visitCall(c);
                if (inner instanceof Call call && call.builtin() == Builtin.GAMMA && call.args().size() == 1
                        && replacement.containsKey(call.args().get(0))) {
                    return replacement.get(call.args().get(0));
                }
                return inner;
            }
        }.rewrite(e);
        return new Shifted(out, steps);
    }

    private static Integer wholeDifference(Expr a, Expr b, SymbolicBackend symbolic, List<Comparison> assumptions) {
        CasResult r = symbolic.apply("Simplify", Expr.sub(a, b), assumptions);
        if (r instanceof CasResult.Done d && d.value() instanceof Rational q && q.isInteger()
                && q.numerator().abs().intValue() <= MAX_SHIFT && q.numerator().bitLength() < 8) {
            return q.numerator().intValue();
        }
        return null;
    }
}
