package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Equality;
import zipfscale.claims.Inequality;
import zipfscale.expr.RelOp;
import zipfscale.pipeline.CheckRun;

/**
 * The sound rules for claims over distributions (issue 15), each shown succeeding on a true claim and
 * failing on a false one: the vertex rule (linear or convex in p, checked at the vertices exactly) and
 * the termwise rule. A false claim is never PROVED: the search refutes it and the rule does not apply.
 */
class DistributionRulesTest {
    private static final SearchBudget SMALL = new SearchBudget(1500, 300);

    @TempDir
    Path temp;

    private CheckResult check(String body) throws Exception {
        Path f = temp.resolve("t.zs");
        Files.writeString(f, "derivation t \"t\"\nclaim c:\n" + body);
        Derivation d = CheckRun.read(List.of(f)).get(0);
        Claim c = d.claims().get(0);
        QuantifiedChecker q = new QuantifiedChecker(d, CheckSettings.defaults(Duration.ofSeconds(20)), SMALL);
        return c instanceof Equality e ? q.check(c, e.lhs(), e.rhs(), RelOp.EQ)
                : q.check(c, ((Inequality) c).lhs(), ((Inequality) c).rhs(), ((Inequality) c).op());
    }

    @Test
    void normalisationIsProvedAtTheVertices() throws Exception {
        CheckResult r = check("    Sum(p(k), {k, 1, K}) == 1\n    for p in distributions(K) nonincreasing\n    for K in [1, 20]\n");
        assertEquals(Verdict.PROVED, r.verdict(), r.reason());
        assertTrue(r.reason().startsWith("vertex rule (linear"), r.reason());
    }

    @Test
    void convexSumOfSquaresAtMostOneIsProvedAtThePointMasses() throws Exception {
        CheckResult r = check("    Sum(p(k)^2, {k, 1, K}) <= 1\n    for p in distributions(K)\n    for K in [1, 20]\n");
        assertEquals(Verdict.PROVED, r.verdict(), r.reason());
        assertTrue(r.reason().startsWith("vertex rule (convex"), r.reason());
    }

    @Test
    void concaveClaimIsNotProvedByTheVertexRule() throws Exception {
        // 1/K - sum p^2 is concave in p: its maximum is not at a vertex; the claim holds (Cauchy-Schwarz)
        CheckResult r = check("    Sum(p(k)^2, {k, 1, K}) >= 1/K\n    for p in distributions(K)\n    for K in [1, 12]\n");
        assertEquals(Verdict.CHECKED, r.verdict(), r.reason());
    }

    @Test
    void falseLinearClaimIsRefutedNotProved() throws Exception {
        // mean rank of a non-increasing p is at most (K + 1)/2 (uniform); 1/100 less fails at the uniform
        CheckResult r = check("    Sum(k*p(k), {k, 1, K}) <= (K + 1)/2 - 1/100\n    for p in distributions(K) nonincreasing\n"
                + "    for K in [2, 12]\n");
        assertEquals(Verdict.REFUTED, r.verdict(), r.reason());
        assertEquals(1, r.evidence().sequences().size());
    }

    @Test
    void termwiseRuleProvesLemma51Summed() throws Exception {
        CheckResult r = check("    Sum(p(k)*(1 - p(k))^D, {k, 1, K}) <= Sum(p(k)*Exp(-D*p(k)), {k, 1, K})\n"
                + "    for p in distributions(K)\n    for K in [1, 8]\n    for D in [1, 50]\n");
        assertNotEquals(Verdict.REFUTED, r.verdict(), r.reason());
        assertTrue(r.verdict().holds(), r.reason());
    }

    @Test
    void falseTermwiseVariantIsRefuted() throws Exception {
        // (1 - p)^D >= e^(-Dp) is false for p > 0, D > 0 (Lemma 5.1 reversed)
        CheckResult r = check("    Sum(p(k)*(1 - p(k))^D, {k, 1, K}) >= Sum(p(k)*Exp(-D*p(k)), {k, 1, K})\n"
                + "    for p in distributions(K)\n    for K in [1, 8]\n    for D in [1, 50]\n");
        assertEquals(Verdict.REFUTED, r.verdict(), r.reason());
    }

    @Test
    void surplusConstantIsReportedForAWhereBound() throws Exception {
        CheckResult r = check("    c1*Sum(p(k)*Exp(-D*p(k)), {k, 1, K}) <= Sum(p(k)*(1 - p(k))^D, {k, 1, K})\n"
                + "    for p in distributions(K) nonincreasing\n    for K in [2, 8]\n    for D in [4, 50]\n"
                + "    where c1 = 1/(2*Exp(1))\n");
        assertEquals(Verdict.REFUTED, r.verdict(), r.reason());
        assertTrue(r.reason().contains("the largest c1 that survives every candidate searched: 0"), r.reason());
    }
}
