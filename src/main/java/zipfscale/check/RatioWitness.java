package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.Bounds;

/**
 * The numeric witness of an asymptotic claim {@code f REL g as x -> inf}: f/g at x = 10^3, 10^4, ...,
 * 10^15 at {@link #POINTS} parameter points drawn from the settings' seed inside the assumptions, in a
 * numerically comfortable range (a parameter bounded below by L only is drawn from
 * L + max(1, |L|) * (0.2, 3), e.g. alpha in (1.2, 4), beta in (0.2, 3); bounded ranges keep 5% away from
 * their ends), then judged:
 * <ul>
 * <li>{@code ~}: agrees when the extrapolated limit (Aitken's delta-squared on the last three ratios) is
 *     within {@link #SIM_TOLERANCE} of 1 and the last ratio within 1e-2; refutes when the log-log slope
 *     over the last three decades exceeds {@link #DRIFT} in size with the ratio moving away from 1 (a power
 *     drift; a ratio creeping towards 1 is inconclusive, not a witness), or the ratio has settled
 *     (its change over the last two decades below 1e-3 of its distance from 1) at a limit more than 1e-2
 *     from 1;</li>
 * <li>{@code asymp}: agrees when |slope| <= {@link #FLAT} and the ratio is positive; refutes when the
 *     ratio is not positive, or |slope| > {@link #DRIFT} and the slope is steady (not decaying like a
 *     correction term: see {@link #steady});</li>
 * <li>{@code =O}: slope <= FLAT agrees, slope > DRIFT refutes; {@code =o}: slope < -FLAT agrees, slope
 *     > -FLAT/5 with a ratio not below 1e-9 refutes.</li>
 * </ul>
 * Implementation note: the tolerances come from the corrections of the sums at hand, which are relative
 * O(x^-(1-s)) at worst (the 1/(1+u) kernel) and O(1/x) for tails and the missing mass; at x = 1e15 these
 * are far below 1e-3 in the sampled ranges. A slope of 0.01 over three decades is a change of 7% in the
 * ratio, far above any such correction.
 */
final class RatioWitness {
    static final int POINTS = 4;
    static final double SIM_TOLERANCE = 1e-3;
    static final double FLAT = 0.005;
    static final double DRIFT = 0.01;
    /**
     * A point counts only when the error bound of f/g is below this (relative): far below the 1e-3 the
     * judgement looks at, so that an evaluation error is never read as a deviation or a drift.
     */
    static final double CONCLUSIVE = 1e-6;
    /** Conclusive x values needed, from 1e3 on (the judgement looks back six decades). */
    static final int MIN_CONCLUSIVE = 7;
    /** The most digits the Apfloat engine gives. */
    private static final int MAX_DIGITS = 60;

    enum Kind { AGREES, REFUTES, INCONCLUSIVE, UNSUPPORTED }

    /** The outcome; {@code samples}: for a refutation, both sides along the refuting series. */
    record Outcome(Kind kind, String note, List<RatioSeries> series, List<Sample> samples) {
        Outcome(Kind kind, String note, List<RatioSeries> series) {
            this(kind, note, series, List.of());
        }
    }

    private final CheckSettings settings;

    RatioWitness(CheckSettings settings) {
        this.settings = settings;
    }

    /**
     * Evaluates both sides at the point until the ratio's relative error bound is below
     * {@link #CONCLUSIVE}: first with the double engine; then, when {@code precise} allows it, in Apfloat
     * with as many digits as the double stage showed were cancelled (its relative error bound 10^c over
     * its 12 digits gives 12 + c + 13 digits, at least 20), then with the digits that stage lacked (at least
     * 10 more), up to 60.
     * Null when no stage gets there. A side that is undefined in double (underflow) goes to 40 digits.
     */
    private static Bounded[] conclusive(BoundedEvaluation values, Expr lhs, Expr rhs, Map<String, Double> at,
            boolean precise) {
        int digits;
        try {
            Bounded l = values.evaluate(lhs, at, 0);
            Bounded r = values.evaluate(rhs, at, 0);
            double u = l.relativeError() + r.relativeError();
            if (u <= CONCLUSIVE) {
                return new Bounded[] {l, r};
            }
            digits = Double.isFinite(u) ? (int) Math.ceil(Math.log10(u)) + 25 : 40;
        } catch (EvaluationException e) {
            if (e.unsupported()) {
                throw e;
            }
            digits = 40;
        }
        if (!precise) {
            return null;
        }
        digits = Math.max(20, Math.min(MAX_DIGITS, digits));
        while (true) {
            double u = Double.POSITIVE_INFINITY;
            try {
                Bounded l = values.evaluate(lhs, at, digits);
                Bounded r = values.evaluate(rhs, at, digits);
                u = l.relativeError() + r.relativeError();
                if (u <= CONCLUSIVE) {
                    return new Bounded[] {l, r};
                }
            } catch (EvaluationException e) {
                if (e.unsupported()) {
                    throw e;
                }
                // e.g. an argument known too roughly at this precision: more digits may help
            } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                if (digits == MAX_DIGITS) {
                    throw EvaluationException.undefined(String.valueOf(e.getMessage()));
                }
            }
            if (digits == MAX_DIGITS) {
                break;
            }
            // the digits this stage lacked, and a margin of 3
            int lacking = Double.isFinite(u) ? (int) Math.ceil(Math.log10(u / CONCLUSIVE)) + 3 : 20;
            digits = Math.min(MAX_DIGITS, digits + Math.max(10, lacking));
        }
        return null;
    }

    /** A power of ten as {@code 1e9}, as the witness's notes name the grid. */
    private static String decade(double x) {
        long e = Math.round(Math.log10(x));
        return Math.pow(10, e) == x ? "1e" + e : String.format("%.0e", x);
    }

    static String shortText(Bounded b) {
        return b.value().precision(Math.min(b.value().precision(), 17)).toString(false);
    }

    /**
     * Convergence at every point: the infinite sums of both sides are tested at the identity witness's
     * seeded parameter points (which include points near and at every bound, where a sum like
     * {@code Sum(k^(-(alpha - 1/2)))} under {@code alpha > 1} diverges), not only at the ratio witness's
     * few. The first point where a sum diverges decides as {@link #divergent} does; null when none does.
     */
    private Outcome convergenceEverywhere(Expr lhs, Expr rhs, AsymptoticRelation rel, String x, TreeSet<String> names,
            List<Comparison> constraints, BoundedEvaluation values, List<RatioSeries> all) {
        if (!hasInfiniteSum(lhs) && !hasInfiniteSum(rhs)) {
            return null;
        }
        for (Map<String, java.math.BigDecimal> p : new PointSampler(constraints, settings.seed()).draw(names,
                settings.points())) {
            Map<String, Double> dp = new HashMap<>();
            p.forEach((k, v) -> dp.put(k, v.doubleValue()));
            try {
                values.sums().requireConvergence(lhs, p);
                values.sums().requireConvergence(rhs, p);
            } catch (zipfscale.numerics.DivergentSumException e) {
                return divergent(lhs, rhs, rel, x, dp, values, e, all);
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                // not decidable at this point: the ratio witness's own points decide
            }
        }
        return null;
    }

    private static boolean hasInfiniteSum(Expr e) {
        boolean[] found = {false};
        new zipfscale.expr.Rewriter() {
            @Override
            public Expr visitSum(zipfscale.expr.Sum s) {
                found[0] |= s.upper() instanceof zipfscale.expr.Constant;
                return super.visitSum(s);
            }
        }.rewrite(e);
        return found[0];
    }

    /**
     * A side's infinite sum diverges at the parameter point: a {@code ~} claim is refuted there when the
     * other side is finite at x = 1e3 (a divergent sum is no function of x the claim can be asymptotic to);
     * when both diverge, or for the other relations, nothing is decided (unsupported, with the reason).
     */
    private static Outcome divergent(Expr lhs, Expr rhs, AsymptoticRelation rel, String x, Map<String, Double> p,
            BoundedEvaluation values, zipfscale.numerics.DivergentSumException e, List<RatioSeries> all) {
        Map<String, Double> at = new HashMap<>(p);
        at.put(x, 1e3);
        String where = new java.util.TreeMap<>(p).toString();
        if (rel == AsymptoticRelation.SIM) {
            for (Expr side : List.of(lhs, rhs)) {
                try {
                    Bounded v = values.evaluate(side, at, 0);
                    Map<String, String> sp = new LinkedHashMap<>();
                    at.forEach((k, val) -> sp.put(k, Double.toString(val)));
                    String finite = shortText(v);
                    Sample witness = side == lhs ? new Sample(sp, finite, "diverges") : new Sample(sp, "diverges", finite);
                    return new Outcome(Kind.REFUTES, "at " + where + " " + e.getMessage()
                            + ", while the other side is finite", all, List.of(witness));
                } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException ignored) {
                    // this side is the divergent one (or cannot be told): try the other
                }
            }
        }
        return new Outcome(Kind.UNSUPPORTED, "at " + where + " " + e.getMessage(), all);
    }

    static List<Double> grid() {
        List<Double> xs = new ArrayList<>();
        for (int e = 3; e <= 15; e++) {
            xs.add(Math.pow(10, e));
        }
        return xs;
    }

    /** {@code parameters}: the free names of both sides with every definition expanded. */
    Outcome run(Expr lhs, Expr rhs, AsymptoticRelation rel, String x, java.util.Set<String> parameters,
            List<Comparison> constraints, BoundedEvaluation values) {
        TreeSet<String> names = new TreeSet<>(parameters);
        names.remove(x);
        List<Map<String, Double>> points = draw(names, constraints, x);
        if (points.isEmpty()) {
            return new Outcome(Kind.INCONCLUSIVE, "no parameter point satisfies the assumptions", List.of());
        }
        List<RatioSeries> all = new ArrayList<>();
        Outcome diverging = convergenceEverywhere(lhs, rhs, rel, x, names, constraints, values, all);
        if (diverging != null) {
            return diverging;
        }
        Outcome worst = null;
        double shortest = Double.POSITIVE_INFINITY;
        for (Map<String, Double> p : points) {
            List<Double> xs = new ArrayList<>();
            List<Double> rs = new ArrayList<>();
            List<Double> logRs = new ArrayList<>();
            List<Sample> samples = new ArrayList<>();
            String stop = null;
            try {
                for (double xv : grid()) {
                    Map<String, Double> at = new HashMap<>(p);
                    at.put(x, xv);
                    // Apfloat is 1000 times slower than the double engine: used only to reach MIN_CONCLUSIVE points
                    Bounded[] sides = conclusive(values, lhs, rhs, at, xs.size() < MIN_CONCLUSIVE);
                    if (sides == null) {
                        stop = "from x = " + decade(xv) + (xs.size() < MIN_CONCLUSIVE
                                ? " on, the error bound of f or g exceeds 1e-6 of its value even at " + MAX_DIGITS
                                        + " digits (its sides cancel too far): those points are inconclusive"
                                : " on, the double engine's error bound of f or g exceeds 1e-6 of its value"
                                        + " (its sides cancel to a lower order)");
                        break;
                    }
                    xs.add(xv);
                    org.apfloat.Apfloat q = sides[0].value().divide(sides[1].value());
                    double r = q.doubleValue();
                    rs.add(r);
                    // Apfloat's log only where the double left its range (needed by judgeLogs alone)
                    logRs.add(Double.isFinite(r) && r != 0 ? Math.log(Math.abs(r)) : q.signum() == 0
                            ? Double.NEGATIVE_INFINITY
                            : org.apfloat.ApfloatMath.log(org.apfloat.ApfloatMath.abs(q).precision(20)).doubleValue());
                    Map<String, String> sp = new LinkedHashMap<>();
                    at.forEach((k, v) -> sp.put(k, Double.toString(v)));
                    samples.add(0, new Sample(sp, shortText(sides[0]), shortText(sides[1])));
                }
            } catch (zipfscale.numerics.DivergentSumException e) {
                return divergent(lhs, rhs, rel, x, p, values, e, all);
            } catch (EvaluationException e) {
                return new Outcome(e.unsupported() ? Kind.UNSUPPORTED : Kind.INCONCLUSIVE, e.getMessage(), all);
            } catch (zipfscale.diag.DomainException e) {
                return new Outcome(Kind.UNSUPPORTED, "numeric engine: " + e.getMessage(), all);
            } catch (ArithmeticException e) {
                // f/g with g = 0 (fuzz: Apfloat's "Zero divided by zero" escaped, exit 3): no evidence either way
                return new Outcome(Kind.INCONCLUSIVE, "f/g cannot be evaluated: " + e.getMessage(), all);
            }
            Map<String, String> shown = new LinkedHashMap<>();
            p.forEach((k, v) -> shown.put(k, new java.math.BigDecimal(v).round(new java.math.MathContext(17)).toString()));
            shortest = xs.isEmpty() ? shortest : Math.min(shortest, xs.get(xs.size() - 1));
            Judgement j = xs.size() >= MIN_CONCLUSIVE ? (beyondDouble(rs, logRs) ? judgeLogs(rel, xs, rs, logRs)
                    : judge(rel, xs, rs, logarithmic(lhs, rhs, names)))
                    : new Judgement(Kind.INCONCLUSIVE, "only " + xs.size() + " conclusive x values (at least "
                            + MIN_CONCLUSIVE + " needed): " + stop);
            if (FarRatio.applies(lhs, rhs)) {
                // beyond 1e15: a small power against a slowly varying factor is decided at x = 10^(10^8)
                String[] far = FarRatio.judge(rel, lhs, rhs, x, p, settings.numeric());
                if (far != null) {
                    j = new Judgement(Kind.valueOf(far[0]), far[1] + " (up to 1e15: " + j.note() + ")");
                }
            }
            if (stop != null && j.kind() != Kind.INCONCLUSIVE) {
                j = new Judgement(j.kind(), j.note() + " (judged on x <= " + decade(xs.get(xs.size() - 1))
                        + "; " + stop + ")");
            }
            List<RatioPoint> pts = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                pts.add(new RatioPoint(xs.get(i), rs.get(i)));
            }
            RatioSeries series = new RatioSeries(x, shown, pts);
            all.add(series);
            if (j.kind() == Kind.REFUTES) {
                all.remove(series);
                all.add(0, series);
                return new Outcome(Kind.REFUTES, j.note() + " at " + shown, all, samples);
            }
            if (j.kind() != Kind.AGREES && worst == null) {
                worst = new Outcome(j.kind(), j.note() + " at " + shown, all);
            }
        }
        if (worst != null) {
            return new Outcome(worst.kind(), worst.note(), all);
        }
        return new Outcome(Kind.AGREES, "f/g judged at " + points.size() + " parameter points, x = 1e3 ... "
                + decade(shortest) + (shortest < grid().get(grid().size() - 1)
                        ? " (beyond, the sides cancel below the double engine's error bound; the last points"
                                + " at up to " + MAX_DIGITS + " digits)" : ""), all);
    }

    private record Judgement(Kind kind, String note) { }

    /**
     * Whether the claim has a logarithm of something other than its parameters (of x, or of a sum's index):
     * then f/g may tend to its limit like 1/log x, too slowly for Aitken's extrapolation in x, and the
     * {@code ~} judgement extrapolates in 1/log x as well ({@link #richardson}).
     */
    private static boolean logarithmic(Expr lhs, Expr rhs, java.util.Set<String> parameters) {
        boolean[] found = {false};
        zipfscale.expr.Rewriter finder = new zipfscale.expr.Rewriter() {
            @Override
            public Expr visitCall(zipfscale.expr.Call c) {
                if (c.function().equals("Log") && !parameters.containsAll(FreeSymbols.of(c))) {
                    found[0] = true;
                }
                return super.visitCall(c);
            }
        };
        finder.rewrite(lhs);
        finder.rewrite(rhs);
        return found[0];
    }

    /**
     * The limit L of {@code r = L + A/t + B/t^2}, t = log x, through three points (i-2, i-1, i): exact when
     * the corrections are powers of 1/log x up to the second (a Zipf tail with (log k)^c, c = 1 or 2), and
     * close to the last ratio when they are powers of x.
     */
    static double richardson(List<Double> xs, List<Double> rs, int i) {
        double[][] m = new double[3][];
        for (int j = 0; j < 3; j++) {
            double u = 1 / Math.log(xs.get(i - 2 + j));
            m[j] = new double[] {1, u, u * u, rs.get(i - 2 + j)};
        }
        // Gaussian elimination on the 3x4 system (Vandermonde in u: well conditioned enough for 3 points)
        for (int c = 0; c < 3; c++) {
            for (int r = c + 1; r < 3; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < 4; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double b2 = m[2][3] / m[2][2];
        double b1 = (m[1][3] - m[1][2] * b2) / m[1][1];
        return (m[0][3] - m[0][2] * b2 - m[0][1] * b1) / m[0][0];
    }

    /** Whether f/g left the double range (over 1e308 or under 1e-308) while its Apfloat value is known. */
    private static boolean beyondDouble(List<Double> rs, List<Double> logRs) {
        boolean outside = false;
        for (int i = 0; i < rs.size(); i++) {
            if (!Double.isFinite(logRs.get(i))) {
                return false;
            }
            outside |= !Double.isFinite(rs.get(i)) || (rs.get(i) == 0);
        }
        return outside;
    }

    /**
     * f/g beyond the double range (Binomial(2x, x)/(2^x/Sqrt(Pi x)) ~ 2^x): judged on ln|f/g|, whose slope in
     * ln x over the last three decades must show a steady growth (or decay) well beyond {@link #DRIFT}, with the
     * ratio itself outside [1e-300, 1e300] at the last point; otherwise inconclusive.
     */
    private static Judgement judgeLogs(AsymptoticRelation rel, List<Double> xs, List<Double> rs, List<Double> logRs) {
        int n = logRs.size();
        double slope = (logRs.get(n - 1) - logRs.get(n - 4)) / Math.log(xs.get(n - 1) / xs.get(n - 4));
        double before = (logRs.get(n - 2) - logRs.get(n - 5 < 0 ? 0 : n - 5))
                / Math.log(xs.get(n - 2) / xs.get(n - 5 < 0 ? 0 : n - 5));
        String s = String.format("ln|f/g| = %.6g at x = %.0e (f/g beyond the double range), slope of ln|f/g| in ln x"
                + " %.3g over the last three decades", logRs.get(n - 1), xs.get(n - 1), slope);
        boolean grows = slope > DRIFT && before > DRIFT && logRs.get(n - 1) > Math.log(1e300);
        boolean decays = slope < -DRIFT && before < -DRIFT && logRs.get(n - 1) < Math.log(1e-300);
        if (!grows && !decays) {
            return new Judgement(Kind.INCONCLUSIVE, s + ": no clear trend");
        }
        switch (rel) {
            case SIM:
            case ASYMP:
                return new Judgement(Kind.REFUTES, s + (grows ? ": f/g grows without bound" : ": f/g tends to 0"));
            default:
                return new Judgement(grows ? Kind.REFUTES : Kind.AGREES, s + (grows ? ": f/g grows without bound"
                        : ": f/g tends to 0"));
        }
    }

    private static Judgement judge(AsymptoticRelation rel, List<Double> xs, List<Double> rs, boolean logarithmic) {
        int n = rs.size();
        for (double r : rs) {
            if (!Double.isFinite(r)) {
                return new Judgement(Kind.INCONCLUSIVE, "f/g is not finite");
            }
        }
        double rn = rs.get(n - 1);
        double r1 = rs.get(n - 2);
        double r2 = rs.get(n - 3);
        double slope = rn * rs.get(n - 4) > 0
                ? (Math.log(Math.abs(rn)) - Math.log(Math.abs(rs.get(n - 4)))) / Math.log(xs.get(n - 1) / xs.get(n - 4))
                : Double.NaN;
        String s = String.format("f/g = %.10g at x = %.0e, log-log slope %.3g over the last three decades", rn,
                xs.get(n - 1), slope);
        switch (rel) {
            case SIM: {
                double den = rn - 2 * r1 + r2;
                double lim = rn;
                if (den != 0) {
                    double aitken = rn - (rn - r1) * (rn - r1) / den;
                    if (Math.abs(aitken - rn) <= 10 * Math.abs(rn - r1)) {
                        lim = aitken;
                    }
                }
                String note = s + String.format(", extrapolated limit %.10g", lim);
                if (logarithmic) {
                    double l1 = richardson(xs, rs, n - 1);
                    double l0 = richardson(xs, rs, n - 2);
                    note += String.format(", extrapolated in 1/log x %.10g (one decade earlier %.10g)", l1, l0);
                    if (Math.abs(l1 - 1) <= SIM_TOLERANCE && Math.abs(l0 - 1) <= 10 * SIM_TOLERANCE) {
                        return new Judgement(Kind.AGREES, note);
                    }
                    if (Math.abs(l1 - 1) > 1e-2 && Math.abs(l1 - l0) < 1e-3 * Math.abs(l1 - 1)) {
                        return new Judgement(Kind.REFUTES, note + ": f/g settles away from 1 (in 1/log x)");
                    }
                }
                if (Math.abs(lim - 1) <= SIM_TOLERANCE && Math.abs(rn - 1) <= 1e-2) {
                    return new Judgement(Kind.AGREES, note);
                }
                // a drift counts only away from 1: a ratio creeping towards 1 (slow corrections) is no witness
                if (!(Math.abs(slope) <= DRIFT) && Math.abs(rn - 1) >= Math.abs(rs.get(n - 4) - 1)) {
                    return new Judgement(Kind.REFUTES, note + ": f/g drifts away from 1 as a power of x");
                }
                if (Math.abs(lim - 1) > 1e-2 && Math.abs(rn - r2) < 1e-3 * Math.abs(lim - 1)) {
                    return new Judgement(Kind.REFUTES, note + ": f/g settles away from 1");
                }
                return new Judgement(Kind.INCONCLUSIVE, note + ": no clear limit");
            }
            case ASYMP:
                if (rn > 0 && Math.abs(slope) <= FLAT) {
                    return new Judgement(Kind.AGREES, s);
                }
                if (!(rn > 0) || (!(Math.abs(slope) <= DRIFT) && steady(xs, rs, slope))) {
                    return new Judgement(Kind.REFUTES, s + ": f/g drifts or changes sign");
                }
                return new Judgement(Kind.INCONCLUSIVE, s);
            case BIG_O:
                if (slope <= FLAT) {
                    return new Judgement(Kind.AGREES, s);
                }
                return new Judgement(slope > DRIFT ? Kind.REFUTES : Kind.INCONCLUSIVE, s);
            case LITTLE_O:
            default:
                if (slope < -FLAT || Math.abs(rn) < 1e-9) {
                    return new Judgement(Kind.AGREES, s);
                }
                return new Judgement(slope > -FLAT / 5 ? Kind.REFUTES : Kind.INCONCLUSIVE, s);
        }
    }

    /**
     * Whether a slope is a steady power drift rather than a slowly decaying correction: the slope over the
     * three decades before the last three is at most 1/0.7 times the last one (a correction x^-q has its
     * slope shrink by 10^(-3q) per three decades).
     */
    private static boolean steady(List<Double> xs, List<Double> rs, double slope) {
        int n = rs.size();
        double earlier = (Math.log(Math.abs(rs.get(n - 4))) - Math.log(Math.abs(rs.get(n - 7))))
                / Math.log(xs.get(n - 4) / xs.get(n - 7));
        return Math.abs(slope) >= 0.7 * Math.abs(earlier);
    }

    private List<Map<String, Double>> draw(TreeSet<String> names, List<Comparison> constraints, String x) {
        Bounds bounds = Bounds.of(constraints);
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Map<String, Double>> out = new ArrayList<>();
        for (int tries = 0; out.size() < POINTS && tries < 400; tries++) {
            Map<String, Double> p = new LinkedHashMap<>();
            for (String n : names) {
                p.put(n, value(bounds, n, random.nextDouble()));
            }
            if (satisfies(p, constraints, x)) {
                out.add(p);
            }
        }
        return out;
    }

    private static double value(Bounds bounds, String n, double u) {
        Bounds.Bound lo = bounds.lower(n);
        Bounds.Bound hi = bounds.upper(n);
        if (lo != null && hi != null) {
            return lo.value() + (hi.value() - lo.value()) * (0.05 + 0.9 * u);
        }
        if (lo != null) {
            return lo.value() + Math.max(1, Math.abs(lo.value())) * (0.2 + 2.8 * u);
        }
        if (hi != null) {
            return hi.value() - Math.max(1, Math.abs(hi.value())) * (0.2 + 2.8 * u);
        }
        return 0.5 + 2.5 * u;
    }

    private boolean satisfies(Map<String, Double> p, List<Comparison> constraints, String x) {
        for (Comparison c : constraints) {
            java.util.Set<String> used = new java.util.HashSet<>(FreeSymbols.of(c.lhs()));
            used.addAll(FreeSymbols.of(c.rhs()));
            if (used.contains(x) || !p.keySet().containsAll(used)) {
                continue;
            }
            try {
                double l = settings.numeric().evaluateDouble(c.lhs(), p);
                double r = settings.numeric().evaluateDouble(c.rhs(), p);
                if (!c.op().holds(Double.compare(l, r))) {
                    return false;
                }
            } catch (EvaluationException e) {
                return false;
            }
        }
        return true;
    }
}
