package zipfscale.check;

import zipfscale.asymptotic.StepText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.cas.CasResult;
import zipfscale.claims.Derivation;
import zipfscale.diag.Diagnostics;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/**
 * The asymptotic checker end to end on small claims: the leading-term calculus against closed forms, the
 * calculus giving up on a cancellation instead of guessing, refutations with a corrected statement, and
 * disagreeing witnesses (deliberately broken backends) giving UNDECIDED, never PROVED.
 */
class AsymptoticCheckerTest {
    static final CheckSettings REAL = CheckSettings.defaults(Duration.ofSeconds(10));

    static Derivation derivation(String header, String claimLine) {
        ScriptFile f = ScriptFile.of("t.zs", "derivation d \"t\"\n" + header + "claim c:\n    " + claimLine + "\n");
        Diagnostics diags = new Diagnostics();
        Derivation d = Elaborator.elaborate(f, ScriptParser.parse(f, diags), diags).get(0);
        diags.throwIfErrors();
        return d;
    }

    static CheckResult check(String header, String claimLine, CheckSettings s) {
        Derivation d = derivation(header, claimLine);
        return new ClaimChecker(d, s).check(d.claims().get(0));
    }

    private static final String ZIPF = "assume alpha > 1\nassume a > 0\nassume b > 0\ndefine Z := Zeta(alpha)\n"
            + "define p(k) := k^(-alpha)/Z\n";

    // closed forms: (x+1)^(1-alpha) = x^(1-alpha) (1 + 1/x)^(1-alpha); log(x^2 + 1) = 2 log x + O(x^-2);
    // exp(-x) is below every power; 3x^2 beats x log x. All exact statements about the leading term.
    @Test
    void leadingTerms_ofClosedForms_areProved() {
        assertEquals(Verdict.PROVED, check(ZIPF, "(x + 1)^(1 - alpha) ~ x^(1 - alpha) as x -> Infinity", REAL).verdict());
        assertEquals(Verdict.PROVED, check(ZIPF, "Log(x^2 + 1) ~ 2*Log(x) as x -> Infinity", REAL).verdict());
        assertEquals(Verdict.PROVED, check(ZIPF, "Exp(-x) + 5*x^(-a) ~ 5*x^(-a) as x -> Infinity", REAL).verdict());
        assertEquals(Verdict.PROVED, check(ZIPF, "3*x^2 + x*Log(x) ~ 3*x^2 as x -> Infinity", REAL).verdict());
        assertEquals(Verdict.PROVED, check(ZIPF, "x^(-a) =o x^(-a)*Log(x) as x -> Infinity", REAL).verdict());
        assertEquals(Verdict.PROVED, check(ZIPF, "Max(2*x^(a + 1), x^a) ~ 2*x^(a + 1) as x -> Infinity", REAL).verdict());
    }

    // x^a + 1 - x^a: the two exact monomials x^a cancel identically, so the sum is exactly 1: PROVED, and
    // the chain says why. (x + 1)^a + 1 - x^a: (x + 1)^a is known only by its leading term x^a, so the same
    // cancellation would be a guess (the rest, a x^(a-1) + ..., is not 1): the calculus gives up, and the
    // ratio witness sees the claim fail (f/g grows like x^(a-1)).
    @Test
    void exactCancellation_isProved_butALeadingTermIsNeverCancelled() {
        CheckResult exact = check(ZIPF, "x^a + 1 - x^a ~ 1 as x -> Infinity", REAL);
        assertEquals(Verdict.PROVED, exact.verdict(), exact.reason());
        assertTrue(StepText.join("\n", exact.evidence().steps()).contains("cancel identically"),
                exact.evidence().steps().toString());
        CheckResult guess = check(ZIPF, "(x + 1)^a + 1 - x^a ~ 1 as x -> Infinity", REAL);
        assertEquals(Verdict.REFUTED, guess.verdict(), guess.reason());
    }

    // c_alpha with Gamma(1/alpha) instead of Gamma(1 - 1/alpha): same order, wrong constant; the lemma
    // library knows the right constant and the refutation shows it.
    @Test
    void wrongConstant_isRefuted_withTheCorrectedStatement() {
        CheckResult r = check(ZIPF, "Sum(p(k)*(1 - p(k))^D, {k, 1, Infinity}) ~ 1/alpha*Z^(-1/alpha)*Gamma(1/alpha)"
                + "*D^(-(alpha - 1)/alpha) as D -> Infinity", REAL);
        assertEquals(Verdict.REFUTED, r.verdict(), r.reason());
        assertNotNull(r.evidence().corrected());
        assertTrue(r.reason().contains("corrected:") && r.reason().contains("Gamma"), r.reason());
        assertTrue(!r.evidence().ratios().isEmpty() && !r.evidence().samples().isEmpty());
    }

    @Test
    void aSumOutsideTheLemmaLibrary_isNotProved() {
        CheckResult r = check(ZIPF, "Sum(Exp(-x/k^2), {k, 1, Infinity}) ~ x as x -> Infinity", REAL);
        assertEquals(Verdict.UNDECIDED, r.verdict(), r.reason());
    }

    // A numeric backend that inflates every value computed from a Zipf sum by 5%: the lemma chain says ~,
    // the numbers say the ratio tends to 1.05; the verdict must be UNDECIDED.
    @Test
    void aBrokenNumericBackend_makesATrueClaimUndecided() {
        NumericBackend off = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                double v = REAL.numeric().evaluateDouble(e, point);
                return containsDecimal(e) ? v * 1.05 : v;
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                return REAL.numeric().evaluatePrecise(e, point, digits);
            }
        };
        String claim = "Sum(p(k)*Exp(-D*p(k)), {k, 1, Infinity}) ~ 1/alpha*Z^(-1/alpha)*Gamma(1 - 1/alpha)"
                + "*D^(-(alpha - 1)/alpha) as D -> Infinity";
        assertEquals(Verdict.PROVED, check(ZIPF, claim, REAL).verdict(), "with honest backends the claim is proved");
        CheckResult r = check(ZIPF, claim, REAL.withBackends(REAL.symbolic(), off));
        assertEquals(Verdict.UNDECIDED, r.verdict(), r.reason());
        assertTrue(r.reason().startsWith("witnesses disagree"), r.reason());
    }

    // A symbolic backend that brings everything to 0 makes every exponent difference "zero": the false
    // exponent looks right symbolically, the ratio witness refutes it, and the verdict is UNDECIDED.
    @Test
    void aLyingSymbolicBackend_cannotProveAWrongExponent() {
        SymbolicBackend liar = (method, e, assumptions) -> new CasResult.Done(Expr.num(0), method);
        String claim = "Sum(p(k), {k, M + 1, Infinity}) ~ 1/(Z*(alpha - 1))*M^(-alpha) as M -> Infinity";
        assertEquals(Verdict.REFUTED, check(ZIPF, claim, REAL).verdict());
        CheckResult r = check(ZIPF, claim, REAL.withBackends(liar, REAL.numeric()));
        assertTrue(r.verdict() != Verdict.PROVED, r.reason());
    }

    private static boolean containsDecimal(Expr e) {
        return new zipfscale.expr.Rewriter() {
            boolean found;

            @Override
            public Expr visitDecimal(Decimal d) {
                found = true;
                return d;
            }

            boolean run() {
                rewrite(e);
                return found;
            }
        }.run() || FreeSymbols.of(e).isEmpty() && false;
    }

    // (Log(x) + Log(Log(x)))/Log(x) = 1 + log log x/log x is still 1.10 at x = 1e15, so the raw ratio decides
    // nothing (both were UNDECIDED "no numeric witness"); the remainder the expansion predicts,
    // f - g ~ (log log x/log x) g, holds exactly, so the true claim is PROVED and the factor-2 variant
    // (f/g -> 2) REFUTED.
    @Test
    void slowlyConvergingRatio_isJudgedByThePredictedRemainder() {
        String h = "assume x > 3\n";
        CheckResult ok = check(h, "Log(x) + Log(Log(x)) ~ Log(x) as x -> Infinity", REAL);
        assertEquals(Verdict.PROVED, ok.verdict(), ok.reason());
        assertTrue(ok.reason().contains("remainder"), ok.reason());
        CheckResult wrong = check(h, "2*Log(x) + Log(Log(x)) ~ Log(x) as x -> Infinity", REAL);
        assertEquals(Verdict.REFUTED, wrong.verdict(), wrong.reason());
    }

    // Binomial(2x, x)/(2^x/Sqrt(Pi x)) ~ 2^x/Sqrt(Pi)... leaves the double range from x = 1e4 on ("f/g is not
    // finite", UNDECIDED before); the sides' Apfloat values give ln|f/g|, whose steady growth refutes. The true
    // Binomial(2x, x) ~ 4^x/Sqrt(Pi x) (GKP exercise 9.60) stays PROVED.
    @Test
    void ratioBeyondTheDoubleRange_isJudgedOnItsLogarithm() {
        String h = "assume x > 1\n";
        CheckResult wrong = check(h, "Binomial(2*x, x) ~ 2^x/Sqrt(Pi*x) as x -> Infinity", REAL);
        assertEquals(Verdict.REFUTED, wrong.verdict(), wrong.reason());
        assertTrue(wrong.reason().contains("beyond the double range"), wrong.reason());
        CheckResult ok = check(h, "Binomial(2*x, x) ~ 4^x/Sqrt(Pi*x) as x -> Infinity", REAL);
        assertEquals(Verdict.PROVED, ok.verdict(), ok.reason());
    }
}
