package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Equality;
import zipfscale.claims.Inequality;
import zipfscale.expr.RelOp;
import zipfscale.pipeline.CheckRun;

/**
 * The corpus of quantified claims (issue 15), {@code scripts/distributions/corpus.zs}: every true_* claim
 * is PROVED or CHECKED, every false_* and rare_* claim REFUTED, and each counterexample is re-evaluated
 * here in plain Java doubles from the reported distribution (not through the engine's evaluators): it
 * must violate the claim by more than 1e-9 relative (the search's own double tolerance, so a rounding
 * artefact cannot pass). The rare_* claims fail only on a thin set (one K, a two- or three-atom vector,
 * a window of a parameter), so random draws alone would miss them.
 */
class QuantifiedCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/scripts/distributions/corpus.zs");
    private static final SearchBudget BUDGET = new SearchBudget(2500, 300);
    private static final Map<String, CheckResult> RESULTS = new HashMap<>();

    /** lhs - rhs oriented so that a positive value violates the claim, from the reported counterexample. */
    interface Violation {
        double of(Map<String, double[]> v, Map<String, Double> s);
    }

    @BeforeAll
    static void checkCorpus() {
        List<Derivation> ds = CheckRun.read(List.of(CORPUS));
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(10));
        for (Derivation d : ds) {
            for (Claim c : d.claims()) {
                QuantifiedChecker q = new QuantifiedChecker(d, settings, BUDGET);
                CheckResult r = c instanceof Equality e ? q.check(c, e.lhs(), e.rhs(), RelOp.EQ)
                        : q.check(c, ((Inequality) c).lhs(), ((Inequality) c).rhs(), ((Inequality) c).op());
                RESULTS.put(c.info().id(), r);
            }
        }
    }

    @Test
    void corpusHasAtLeast25ClaimsAndFiveRareOnes() {
        assertTrue(RESULTS.size() >= 25, "claims: " + RESULTS.size());
        assertTrue(RESULTS.keySet().stream().filter(n -> n.startsWith("rare_")).count() >= 5);
    }

    @Test
    void trueClaimsAreProvedOrChecked() {
        List<String> bad = new ArrayList<>();
        RESULTS.forEach((id, r) -> {
            if (id.startsWith("true_") && !r.verdict().holds()) {
                bad.add(id + ": " + r.verdict() + " " + r.reason());
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void termwiseRuleProvesSumOfSquaresBelowMass() {
        assertEquals(Verdict.PROVED, RESULTS.get("true_squares_below_mass").verdict(),
                RESULTS.get("true_squares_below_mass").reason());
    }

    @Test
    void falseClaimsAreRefutedWithCounterexamplesThatReplay() {
        Map<String, Violation> replay = replays();
        List<String> bad = new ArrayList<>();
        RESULTS.forEach((id, r) -> {
            if (!id.startsWith("false_") && !id.startsWith("rare_")) {
                return;
            }
            if (r.verdict() != Verdict.REFUTED) {
                bad.add(id + ": " + r.verdict() + " " + r.reason());
                return;
            }
            Violation v = replay.get(id);
            assertNotNull(v, "no replay for " + id);
            Map<String, double[]> vectors = new HashMap<>();
            for (SequenceValues sv : r.evidence().sequences()) {
                vectors.put(sv.name(), sv.values().stream().mapToDouble(Double::parseDouble).toArray());
            }
            Map<String, Double> scalars = new HashMap<>();
            r.evidence().samples().get(0).point().forEach((n, x) -> scalars.put(n, Double.parseDouble(x)));
            double violation = v.of(vectors, scalars);
            if (!(violation > 0)) {
                bad.add(id + ": the reported counterexample does not violate the claim in plain doubles ("
                        + violation + "): " + r.reason());
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void rareClaimsFailWhereTheyShould() {
        // the only sizes at which these fail (by construction of the claims)
        assertTrue(RESULTS.get("rare_collision_only_k6").reason().contains("K = 6"));
        assertTrue(RESULTS.get("rare_mean_rank_only_k10").reason().contains("K = 10"));
        assertFalse(RESULTS.get("rare_three_atom").verdict().holds());
    }

    @Test
    void sameSeedSameReport() {
        List<Derivation> ds = CheckRun.read(List.of(CORPUS));
        Derivation d = ds.get(0);
        Claim c = d.claims().stream().filter(x -> x.info().id().equals("rare_two_atom_window")).findFirst().orElseThrow();
        Inequality in = (Inequality) c;
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(10));
        CheckResult again = new QuantifiedChecker(d, settings, BUDGET).check(c, in.lhs(), in.rhs(), in.op());
        assertEquals(RESULTS.get("rare_two_atom_window").reason(), again.reason());
        assertEquals(RESULTS.get("rare_two_atom_window").evidence().sequences(), again.evidence().sequences());
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            h -= x > 0 ? x * Math.log(x) : 0;
        }
        return h;
    }

    private static double squares(double[] p) {
        double s = 0;
        for (double x : p) {
            s += x * x;
        }
        return s;
    }

    private static double tol(double a, double b) {
        return 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    }

    private static Map<String, Violation> replays() {
        Map<String, Violation> m = new HashMap<>();
        m.put("false_entropy_gap", (v, s) -> {
            double l = entropy(v.get("p"));
            double r = Math.log(s.get("K")) - 0.01;
            return l - r - tol(l, r);
        });
        m.put("false_collision_gap", (v, s) -> {
            double l = squares(v.get("p"));
            double r = 1 / s.get("K") + 0.001;
            return r - l - tol(l, r);
        });
        m.put("false_chebyshev_reversed", (v, s) -> {
            double[] p = v.get("p");
            double[] q = v.get("q");
            double l = 0;
            double r = 0;
            for (int i = 0; i < p.length; i++) {
                l += p.length * p[i] * q[i];
                r += q[i];
            }
            return r - l - tol(l, r);
        });
        m.put("false_power_mean_reversed", (v, s) -> {
            double[] p = v.get("p");
            double[] x = v.get("x");
            double m1 = 0;
            double m2 = 0;
            for (int i = 0; i < p.length; i++) {
                m1 += p[i] * x[i];
                m2 += p[i] * x[i] * x[i];
            }
            double l = Math.sqrt(m2);
            return l - m1 - tol(l, m1);
        });
        m.put("false_entropy_half", (v, s) -> {
            double l = entropy(v.get("p"));
            double r = Math.log(s.get("K")) / 2;
            return r - l - tol(l, r);
        });
        m.put("false_gibbs_reversed", (v, s) -> {
            double[] p = v.get("p");
            double[] q = v.get("q");
            double d = 0;
            for (int i = 0; i < p.length; i++) {
                d += p[i] * Math.log(p[i] / q[i]);
            }
            return d - tol(d, 0);
        });
        m.put("rare_collision_only_k6", (v, s) -> {
            double k = s.get("K");
            double l = squares(v.get("p")) - 1 / k;
            double r = -(k - 5) * (k - 7) / 1000;
            return r - l - tol(l, r);
        });
        m.put("rare_mean_rank_only_k10", (v, s) -> {
            double[] p = v.get("p");
            double k = s.get("K");
            double l = 0;
            for (int i = 0; i < p.length; i++) {
                l += (i + 1) * p[i];
            }
            double r = (k + 1) / 2 + (k - 9) * (k - 11) / 100;
            return l - r - tol(l, r);
        });
        m.put("rare_two_atom_window", (v, s) -> {
            double a = squares(v.get("p")) - 0.82;
            double b = s.get("x") - 0.75;
            double l = a * a + b * b;
            return 1e-6 - l - tol(l, 1e-6);
        });
        m.put("rare_three_atom", (v, s) -> {
            double[] p = v.get("p");
            double l = Math.pow(p[0] - 0.5, 2) + Math.pow(p[1] - 0.3, 2) + Math.pow(p[2] - 0.2, 2);
            for (int i = 3; i < p.length; i++) {
                l += p[i] * p[i];
            }
            return 1e-6 - l - tol(l, 1e-6);
        });
        m.put("rare_near_point_mass", (v, s) -> {
            double l = squares(v.get("p"));
            double r = 1 - 1.0 / 125;
            return l - r - tol(l, r);
        });
        return m;
    }
}
