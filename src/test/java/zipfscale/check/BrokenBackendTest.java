package zipfscale.check;

import zipfscale.asymptotic.StepText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.cas.CasResult;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.diag.Diagnostics;
import zipfscale.expr.Expr;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/**
 * No claim whose two witnesses disagree is PROVED: deliberately broken backends force a disagreement and
 * the verdict is UNDECIDED.
 */
class BrokenBackendTest {
    private static final CheckSettings REAL = CheckSettings.defaults(Duration.ofSeconds(10));

    private static Derivation derivation(String claimLine) {
        ScriptFile f = ScriptFile.of("t.zs", "derivation d \"t\"\nassume alpha > 1\nassume gamma > 0\nclaim c:\n    "
                + claimLine + "\n");
        Diagnostics diags = new Diagnostics();
        Derivation d = Elaborator.elaborate(f, ScriptParser.parse(f, diags), diags).get(0);
        diags.throwIfErrors();
        return d;
    }

    private static CheckResult check(Derivation d, CheckSettings s) {
        Claim c = d.claims().get(0);
        return new ClaimChecker(d, s).check(c);
    }

    @Test
    void aSymbolicBackendThatAlwaysSaysZeroCannotProveAFalseIdentity() {
        SymbolicBackend liar = (method, e, assumptions) -> new CasResult.Done(Expr.num(0), method);
        Derivation d = derivation("1/(1 + alpha*gamma) == 1/(1 + gamma)");
        CheckResult r = check(d, REAL.withBackends(liar, REAL.numeric()));
        assertEquals(Verdict.UNDECIDED, r.verdict(), r.reason());
        assertTrue(r.reason().startsWith("witnesses disagree"), r.reason());
        assertEquals(Verdict.REFUTED, check(d, REAL).verdict(), "with honest backends the claim is refuted");
    }

    @Test
    void aNumericBackendThatDisagreesWithSymjaMakesATrueIdentityUndecided() {
        NumericBackend off = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return REAL.numeric().evaluateDouble(e, point) * 1.001;
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                Apfloat v = REAL.numeric().evaluatePrecise(e, point, digits);
                return e instanceof zipfscale.expr.Pow ? v.multiply(new Apfloat("1.001", digits)) : v;
            }
        };
        // a transcendental identity: no exact rational value, so the numbers come from the (broken) backend
        Derivation d = derivation("1/Exp(alpha*gamma) == Exp(-alpha*gamma)*1");
        assertEquals(Verdict.PROVED, check(d, REAL).verdict(), "with honest backends the identity is proved");
        CheckResult r = check(d, REAL.withBackends(REAL.symbolic(), off));
        assertEquals(Verdict.UNDECIDED, r.verdict(), r.reason());
        // a rational identity is decided at each point in exact arithmetic (issue 18), which does not go
        // through the numeric backend: the broken backend cannot touch it
        Derivation rational = derivation("1/(1 + alpha*gamma) == (1 + alpha*gamma)^(-1)*1");
        CheckResult exact = check(rational, REAL.withBackends(REAL.symbolic(), off));
        assertEquals(Verdict.PROVED, exact.verdict(), exact.reason());
        assertTrue(exact.reason().contains("points exact"), exact.reason());
    }

    @Test
    void aSymbolicBackendThatTimesOutGivesCheckedNotProved() {
        SymbolicBackend slow = (method, e, assumptions) -> new CasResult.Failed("Symja did not answer within 1 ms");
        // beyond exact expansion (Exp atoms are opaque to it): only Symja could prove it, and it times out
        CheckResult r = check(derivation("Exp(alpha)*Exp(gamma) == Exp(alpha + gamma)"),
                REAL.withBackends(slow, REAL.numeric()));
        assertEquals(Verdict.CHECKED, r.verdict(), r.reason());
        assertTrue(StepText.join("; ", r.evidence().steps()).contains("did not answer"));
        // an identity that expands to 0 in exact rational arithmetic needs no Symja: proved all the same
        CheckResult exact = check(derivation("1/(1 + alpha*gamma) == (1 + alpha*gamma)^(-1)*1"),
                REAL.withBackends(slow, REAL.numeric()));
        assertEquals(Verdict.PROVED, exact.verdict(), exact.reason());
        assertTrue(exact.reason().contains("expands to 0"), exact.reason());
    }
}
