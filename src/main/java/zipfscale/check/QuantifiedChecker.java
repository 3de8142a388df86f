package zipfscale.check;

import zipfscale.asymptotic.ProofStep;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apfloat.Apfloat;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.numerics.EvaluationException;

/**
 * The verdict on a claim over distributions or sequences (issue 15). PROVED needs a sound rule
 * ({@link DistributionRules}) in the chain AND a counterexample search that agrees; CHECKED is "no
 * counterexample among N candidates after optimisation" with N and the worst margin; REFUTED is a
 * violation found in double precision and confirmed in 40 digits, reported at the smallest size that
 * fails among those searched, with what would hold on what was searched (the worst ratio, and for a
 * constant bound given by {@code where}, the constant that survives); UNDECIDED otherwise, with the reason.
 */
final class QuantifiedChecker {
    private static final int MIN_CANDIDATES = 50;
    private static final MathContext CONTEXT = new MathContext(60);

    private final Derivation derivation;
    private final CheckSettings settings;
    private final SearchBudget budget;

    QuantifiedChecker(Derivation derivation, CheckSettings settings, SearchBudget budget) {
        this.derivation = derivation;
        this.settings = settings;
        this.budget = budget;
    }

    CheckResult check(Claim c, Expr lhs, Expr rhs, RelOp op) {
        QuantifiedClaim q;
        try {
            q = new QuantifiedClaim(derivation, c, lhs, rhs, op);
        } catch (RuntimeException e) {
            return result(c, Verdict.UNDECIDED, "cannot prepare the claim for the search: " + e.getMessage(),
                    Evidence.none());
        }
        DistributionRules.Outcome rule = new DistributionRules(q, settings).apply();
        ViolationSearch s = new ViolationSearch(q, budget, settings.seed());
        s.run();
        List<ProofStep> steps = new ArrayList<>(rule.steps());
        steps.add(ProofStep.of("counterexample search: ", s.evaluated, " candidates evaluated (", s.undefined, " undefined or outside the assumptions), seed ", settings.seed(), ", budget ", budget.candidates(), " candidates / ", budget.seconds(), " s"));
        for (Map.Entry<Integer, List<SearchPoint>> e : s.violations.entrySet()) {
            for (SearchPoint p : e.getValue()) {
                Confirmation conf = confirm(q, s, p);
                if (conf.kind == Confirmation.Kind.CONFIRMED) {
                    return refuted(c, q, s, p, conf, rule, steps);
                }
            }
        }
        Sample worst = s.worst == null ? null : doubleSample(q, s.worst);
        List<Sample> samples = worst == null ? List.of() : List.of(worst);
        Evidence ev = new Evidence(rule.success() ? rule.summary() : null, steps, samples, s.evaluated,
                Tolerance.DOUBLE, settings.seed(), settings.digits(), List.of(), null, List.of());
        if (!s.violations.isEmpty()) {
            return result(c, Verdict.UNDECIDED, "the double search violates the claim at " + describe(q,
                    s.violations.firstEntry().getValue().get(0)) + ", but the 40-digit evaluation does not confirm it", ev);
        }
        if (s.timedOut) {
            return result(c, Verdict.UNDECIDED, "the search ran out of wall clock (" + budget.seconds() + " s) after "
                    + s.evaluated + " candidates, no counterexample", ev);
        }
        if (s.evaluated < MIN_CANDIDATES) {
            return result(c, Verdict.UNDECIDED, "only " + s.evaluated + " candidates could be evaluated"
                    + (s.unrollProblem == null ? "" : " (" + s.unrollProblem + ")"), ev);
        }
        String searched = "no counterexample among " + s.evaluated + " candidates after optimisation ("
                + sizesSearched(q) + "; worst relative margin " + fmt(-s.worst.margin()) + " at " + describe(q, s.worst) + ")";
        if (rule.success()) {
            return result(c, Verdict.PROVED, rule.summary() + "; " + searched, ev);
        }
        return result(c, Verdict.CHECKED, searched + "; no symbolic rule applies", ev);
    }

    private CheckResult refuted(Claim c, QuantifiedClaim q, ViolationSearch s, SearchPoint p, Confirmation conf,
            DistributionRules.Outcome rule, List<ProofStep> steps) {
        List<SequenceValues> seqs = new ArrayList<>();
        for (Ensemble en : q.ensembles) {
            List<String> v = new ArrayList<>();
            for (BigDecimal x : conf.vectors.get(en.name())) {
                v.add(x.round(new MathContext(17)).stripTrailingZeros().toPlainString());
            }
            seqs.add(new SequenceValues(en.name(), v));
        }
        Evidence ev = new Evidence(rule.success() ? rule.summary() : null, steps, List.of(conf.sample), s.evaluated,
                Tolerance.DOUBLE, settings.seed(), settings.digits(), List.of(), null, seqs);
        String at = describe(q, p) + ": lhs = " + conf.sample.lhs() + ", rhs = " + conf.sample.rhs();
        if (rule.success()) {
            return result(c, Verdict.UNDECIDED, "witnesses disagree: " + rule.summary()
                    + ", but the search violates the claim at " + at, ev);
        }
        StringBuilder r = new StringBuilder("counterexample at " + at);
        String size = q.sizes.keySet().iterator().next();
        r.append("; smallest ").append(size).append(" that fails among those searched: ")
                .append(Math.round(p.fixed().get(size)));
        r.append("; worst relative violation found ").append(fmt(s.worst.margin())).append(" at ")
                .append(describe(q, s.worst));
        String survive = SurvivingConstant.describe(c, q.op, s);
        if (survive != null) {
            r.append("; ").append(survive);
        }
        return result(c, Verdict.REFUTED, r.toString(), ev);
    }

    /** A double violation re-evaluated in 40 digits, the double values agreeing with the 40-digit ones. */
    private Confirmation confirm(QuantifiedClaim q, ViolationSearch s, SearchPoint p) {
        ViolationSearch.Shape shape = s.shapeOf(p);
        Map<String, BigDecimal> env = new LinkedHashMap<>();
        p.fixed().forEach((n, v) -> env.put(n, BigDecimal.valueOf(Math.round(v))));
        p.reals().forEach((n, v) -> env.put(n, new BigDecimal(v)));
        Map<String, List<BigDecimal>> vectors = new LinkedHashMap<>();
        for (Ensemble en : q.ensembles) {
            double[] v = p.vectors().get(en.name());
            List<BigDecimal> exact = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (double x : v) {
                exact.add(new BigDecimal(x));
                total = total.add(new BigDecimal(x));
            }
            if (en.kind() == Ensemble.Kind.DISTRIBUTIONS) {
                // sum exactly 1 up to 60 digits; a common positive factor keeps order and ties
                for (int i = 0; i < exact.size(); i++) {
                    exact.set(i, exact.get(i).divide(total, CONTEXT));
                }
            }
            for (int j = 0; j < exact.size(); j++) {
                env.put(SequenceUnrolling.symbol(en.name(), j + 1), exact.get(j));
            }
            vectors.put(en.name(), exact);
        }
        Apfloat hl;
        Apfloat hr;
        try {
            hl = settings.numeric().evaluatePrecise(shape.lhs(), env, settings.digits());
            hr = settings.numeric().evaluatePrecise(shape.rhs(), env, settings.digits());
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
            return new Confirmation(Confirmation.Kind.FAILED, null, null);
        }
        double l = hl.doubleValue();
        double r = hr.doubleValue();
        boolean agree = Tolerance.DOUBLE.equal(l, p.lhs()) && Tolerance.DOUBLE.equal(r, p.rhs());
        boolean violated = q.op == RelOp.EQ ? !Tolerance.DOUBLE.equal(l, r)
                : q.op == RelOp.LE || q.op == RelOp.LT ? !Tolerance.DOUBLE.atMost(l, r) : !Tolerance.DOUBLE.atMost(r, l);
        if (!agree || !violated) {
            return new Confirmation(Confirmation.Kind.FAILED, null, null);
        }
        Map<String, String> point = new LinkedHashMap<>();
        p.fixed().forEach((n, v) -> point.put(n, Long.toString(Math.round(v))));
        p.reals().forEach((n, v) -> point.put(n, NumericWitness.shortDecimal(new BigDecimal(v))));
        return new Confirmation(Confirmation.Kind.CONFIRMED, new Sample(point, digits(hl), digits(hr)), vectors);
    }

    private record Confirmation(Kind kind, Sample sample, Map<String, List<BigDecimal>> vectors) {
        enum Kind { CONFIRMED, FAILED }
    }

    private static String digits(Apfloat a) {
        try {
            return new BigDecimal(a.toString(false)).round(new MathContext(30)).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            return a.precision(30).toString(false);
        }
    }

    private static Sample doubleSample(QuantifiedClaim q, SearchPoint p) {
        Map<String, String> point = new LinkedHashMap<>();
        p.fixed().forEach((n, v) -> point.put(n, Long.toString(Math.round(v))));
        p.reals().forEach((n, v) -> point.put(n, NumericWitness.shortDecimal(new BigDecimal(v))));
        return new Sample(point, Double.toString(p.lhs()), Double.toString(p.rhs()));
    }

    /** {@code K = 3, p = (0.5, 0.5, 0), D = 10}: the sizes, vectors (up to 12 terms) and parameters. */
    static String describe(QuantifiedClaim q, SearchPoint p) {
        List<String> parts = new ArrayList<>();
        p.fixed().forEach((n, v) -> parts.add(n + " = " + Math.round(v)));
        p.vectors().forEach((n, v) -> parts.add(n + " = " + vector(v)));
        p.reals().forEach((n, v) -> parts.add(n + " = " + fmt(v)));
        return String.join(", ", parts);
    }

    private static String vector(double[] v) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < v.length && i < 12; i++) {
            t.add(fmt(v[i]));
        }
        if (v.length > 12) {
            t.add("... (" + v.length + " terms)");
        }
        return "(" + String.join(", ", t) + ")";
    }

    private static String sizesSearched(QuantifiedClaim q) {
        List<String> parts = new ArrayList<>();
        q.sizes.forEach((n, r) -> {
            List<Integer> k = ShapePlan.sizes(r[0], r[1], Integer.MAX_VALUE);
            parts.add(n + " = " + (k.size() == r[1] - r[0] + 1 ? r[0] + ".." + r[1] : k.toString()));
        });
        return String.join(", ", parts);
    }

    static String fmt(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6)) {
            return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.5g", v);
    }

    private CheckResult result(Claim c, Verdict v, String reason, Evidence ev) {
        return new CheckResult(derivation, c, v, reason, ev);
    }
}
