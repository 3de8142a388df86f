package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;
import zipfscale.expr.Symbol;

/**
 * Expansions against their sources' coefficients. Exact rationals, so equality is exact (no tolerance).
 */
class ExpanderTest {
    private static final Symbol X = new Symbol("x");

    private static ExpansionContext ctx(List<Comparison> assumptions) {
        return ExpansionContext.of(new SignOracle((m, e, a) -> Symja.shared().apply(m, e, a, Duration.ofSeconds(10)),
                assumptions));
    }

    private static AsymptoticExpansion expand(String f, int terms) {
        ExpansionResult r = Expander.expand(ExpressionReader.read(f, "t", 1, 1), X, terms, ctx(List.of()));
        assertInstanceOf(ExpansionResult.Expanded.class, r, () -> r.toString());
        return ((ExpansionResult.Expanded) r).expansion();
    }

    private static void assertTerm(AsymptoticExpansion e, int i, Expr coefficient, ScaleMonomial m) {
        assertEquals(coefficient, e.terms().get(i).coefficient(), "coefficient of term " + i);
        assertEquals(m, e.terms().get(i).monomial(), "monomial of term " + i);
    }

    private static ScaleMonomial xPow(long n, long d) {
        return ScaleMonomial.power(Expr.frac(n, d));
    }

    @Test
    void gammaRatio_matchesDlmf_5_11_13() {
        // DLMF 5.11.13 with a = 1/2, b = 0: G_0 = 1, G_1 = (a-b)(a+b-1)/2 = -1/8,
        // G_2 = (1/12) binom(a-b, 2) (3(a+b-1)^2 - a + b - 1) = 1/128
        AsymptoticExpansion e = expand("Gamma(x + 1/2)/Gamma(x)", 3);
        assertEquals(3, e.terms().size());
        assertTerm(e, 0, Expr.num(1), xPow(1, 2));
        assertTerm(e, 1, Expr.frac(-1, 8), xPow(-1, 2));
        assertTerm(e, 2, Expr.frac(1, 128), xPow(-3, 2));
        assertEquals(xPow(-5, 2), e.remainder().orElseThrow().order());
        assertTrue(e.steps().stream().anyMatch(s -> s.source().equals("DLMF 5.11.1")));
    }

    @Test
    void logGamma_matchesDlmf_5_11_1() {
        // DLMF 5.11.1: (x - 1/2) ln x - x + ln(2 pi)/2 + B2/(2*1 x) + B4/(4*3 x^3), B2 = 1/6, B4 = -1/30
        AsymptoticExpansion e = expand("LogGamma(x)", 6);
        assertTerm(e, 0, Expr.num(1), new ScaleMonomial(Expr.num(1), Expr.num(1), Expr.num(0), Expr.num(0)));
        assertTerm(e, 1, Expr.num(-1), xPow(1, 1));
        assertTerm(e, 2, Expr.frac(-1, 2), ScaleMonomial.logPower(Expr.num(1)));
        assertEquals(ScaleMonomial.ONE, e.terms().get(3).monomial());
        assertTerm(e, 4, Expr.frac(1, 12), xPow(-1, 1));
        assertTerm(e, 5, Expr.frac(-1, 360), xPow(-3, 1));
    }

    @Test
    void trigamma_matchesDlmf_5_15_8() {
        // DLMF 5.15.8, n = 1: 0!/z + 1!/(2 z^2) + (2!/2!) B2/z^3 = 1/z + 1/(2z^2) + 1/(6z^3)
        AsymptoticExpansion e = expand("PolyGamma(1, x)", 3);
        assertTerm(e, 0, Expr.num(1), xPow(-1, 1));
        assertTerm(e, 1, Expr.frac(1, 2), xPow(-2, 1));
        assertTerm(e, 2, Expr.frac(1, 6), xPow(-3, 1));
    }

    @Test
    void hurwitzZeta_matchesDlmf_25_11_43() {
        // DLMF 25.11.43, s = 3: z^-2/2 + z^-3/2 + B2/2! (3)_1 z^-4 = 1/(2z^2) + 1/(2z^3) + 1/(4z^4)
        AsymptoticExpansion e = expand("Zeta(3, x)", 3);
        assertTerm(e, 0, Expr.frac(1, 2), xPow(-2, 1));
        assertTerm(e, 1, Expr.frac(1, 2), xPow(-3, 1));
        assertTerm(e, 2, Expr.frac(1, 4), xPow(-4, 1));
    }

    @Test
    void upperIncompleteGamma_matchesDlmf_8_11_2() {
        // DLMF 8.11.2, a = 5/2: z^(3/2) e^-z (1 + (a-1)/z + (a-1)(a-2)/z^2) = ... (3/2, 3/4)
        AsymptoticExpansion e = expand("Gamma(5/2, x)", 3);
        ScaleMonomial ex = ScaleMonomial.exp(Expr.neg(new Symbol("x")));
        assertEquals(Expr.num(1), e.terms().get(0).coefficient());
        assertEquals(Expr.frac(3, 2), e.terms().get(1).coefficient());
        assertEquals(Expr.frac(3, 4), e.terms().get(2).coefficient());
        assertEquals(Expr.frac(3, 2), e.terms().get(0).monomial().power());
        assertEquals(ex.exponential(), e.terms().get(0).monomial().exponential());
    }

    @Test
    void cancellation_isResolvedByMoreTerms() {
        // e^(1/x) - 1 - 1/x = 1/(2x^2) + 1/(6x^3) + ... (Taylor series of exp)
        AsymptoticExpansion e = expand("Exp(1/x) - 1 - 1/x", 2);
        assertTerm(e, 0, Expr.frac(1, 2), xPow(-2, 1));
        assertTerm(e, 1, Expr.frac(1, 6), xPow(-3, 1));
        // log(1 + 1/x) - 1/x = -1/(2x^2) + ... (Taylor series of log)
        assertTerm(expand("Log(1 + 1/x) - 1/x", 1), 0, Expr.frac(-1, 2), xPow(-2, 1));
        // exact cancellation
        AsymptoticExpansion one = expand("(x + 1)^2 - x^2 - 2*x", 1);
        assertTrue(one.isExact());
        assertTerm(one, 0, Expr.num(1), ScaleMonomial.ONE);
    }

    @Test
    void coefficientThatIsZeroOnlySymbolically_isDroppedAndTheNextTermLeads() {
        // DLMF 25.11.43 with s = 3: zeta(3, x) = x^-2/2 + x^-3/2 + x^-4/4 + ...; written with the first term
        // subtracted as x^(1-s)/(s-1) spelled 1/(2 x^2), the light coefficient arithmetic leaves 2^(-1) - 1/2
        // style coefficients that only the sign oracle sees to be 0; the next term, x^-3/2, must lead.
        AsymptoticExpansion e = expand("Zeta(3, x) - x^(-2)/(3 - 1)", 1);
        assertEquals(xPow(-3, 1), e.terms().get(0).monomial(), e.toString());
        List<Comparison> s = List.of(new Comparison(new Symbol("s"), RelOp.GT, Expr.num(1)));
        ExpansionResult r = Expander.expand(ExpressionReader.read("Zeta(s, x) - x^(1 - s)/(s - 1)", "t", 1, 1), X, 1,
                ctx(s));
        assertInstanceOf(ExpansionResult.Expanded.class, r, () -> r.toString());
        AsymptoticExpansion h = ((ExpansionResult.Expanded) r).expansion();
        assertEquals(ScaleMonomial.power(Expr.neg(new Symbol("s"))).toString(), h.terms().get(0).monomial().toString(),
                h.toString());
        assertEquals(Expr.frac(1, 2), h.terms().get(0).coefficient(), h.toString());
    }

    @Test
    void cancellationBeyondTheDepth_isUnknown() {
        Expr f = ExpressionReader.read("Exp(1/x) - 1 - 1/x - 1/(2*x^2) - 1/(6*x^3) - 1/(24*x^4) - 1/(120*x^5)", "t", 1, 1);
        ExpansionContext shallow = new ExpansionContext(ctx(List.of()).oracle(), List.of(), 0);
        ExpansionResult r = Expander.expand(f, X, 1, shallow);
        assertInstanceOf(ExpansionResult.Unknown.class, r);
        assertTrue(((ExpansionResult.Unknown) r).reason().startsWith("cancellation beyond"), r.toString());
    }

    @Test
    void undecidedSign_isUnknownNeverAGuess() {
        Expr f = ExpressionReader.read("x^a + x", "t", 1, 1);
        ExpansionResult r = Expander.expand(f, X, 1, ctx(List.of()));
        assertInstanceOf(ExpansionResult.Unknown.class, r);
        // with a > 1 assumed the order is decided
        ExpansionResult s = Expander.expand(f, X, 2, ctx(List.of(new Comparison(new Symbol("a"), RelOp.GT, Expr.num(1)))));
        assertInstanceOf(ExpansionResult.Expanded.class, s, () -> s.toString());
        AsymptoticExpansion e = ((ExpansionResult.Expanded) s).expansion();
        assertEquals(ScaleMonomial.power(new Symbol("a")), e.terms().get(0).monomial());
    }

    @Test
    void growingExponent_andIteratedLogs() {
        // x^x = exp(x log x); (log x)^2/log(log x) keeps its log log power
        AsymptoticExpansion e = expand("x^x", 1);
        assertTrue(e.isExact());
        AsymptoticExpansion l = expand("Log(x)^2/Log(Log(x))", 1);
        assertEquals(new ScaleMonomial(Expr.num(0), Expr.num(2), Expr.num(-1), Expr.num(0)), l.terms().get(0).monomial());
        // Floor(x) = x + O(1)
        AsymptoticExpansion fl = expand("Floor(x^2)", 2);
        assertEquals(1, fl.terms().size());
        assertEquals(ScaleMonomial.ONE, fl.remainder().orElseThrow().order());
    }
}
