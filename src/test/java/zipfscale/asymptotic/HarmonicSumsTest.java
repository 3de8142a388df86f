package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zipfscale.cas.CasResult;
import zipfscale.cas.ExpressionReader;
import zipfscale.cas.Symja;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.RelOp;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.GeneralSums;
import zipfscale.numerics.Zeta;

/**
 * The Mellin rule for harmonic sums against independent values: the sum itself evaluated directly by the
 * general-sum engine (head + Euler-Maclaurin, error bound 1e-12 relative) at a large value of the variable,
 * and closed forms named next to each check (DLMF). Each tolerance is the size of the first term the check
 * leaves out, with its reason; the cases the rule must refuse are refused with a reason.
 */
class HarmonicSumsTest {
    private static final double EULER_GAMMA = 0.57721566490153286061; // DLMF 5.2.3

    private static SignOracle oracle(List<Comparison> assumptions) {
        return new SignOracle((m, e, a) -> Symja.shared().apply(m, e, a, Duration.ofSeconds(10)), assumptions);
    }

    private static Sum sum(String text) {
        return (Sum) ExpressionReader.read(text, "t", 1, 1);
    }

    private static ExpansionResult expand(HarmonicSums rule, String text, String x, int terms, List<Comparison> assumed) {
        Optional<ExpansionResult> r = rule.expand(sum(text), new Symbol(x), terms,
                ExpansionContext.of(oracle(assumed)));
        assertTrue(r.isPresent(), text + " is a harmonic sum");
        return r.get();
    }

    private static AsymptoticExpansion expanded(ExpansionResult r) {
        assertInstanceOf(ExpansionResult.Expanded.class, r, r::toString);
        return ((ExpansionResult.Expanded) r).expansion();
    }

    private static double value(Expr e) {
        return DoubleEvaluator.evaluate(e, new HashMap<>());
    }

    /** The sum by the general engine at {@code env}, its bound at most 1e-12 relative. */
    private static double direct(Sum s, Map<String, Double> env) {
        Estimate e = GeneralSums.sum(s, env);
        assertTrue(e.relativeError() <= 1e-12, e::toString);
        return e.value();
    }

    private static List<Comparison> positive(String name) {
        return List.of(new Comparison(Expr.sym(name), RelOp.GT, Expr.num(0)));
    }

    @Test
    void powerWeightExpKernel_zetaPoleThenKernelPole() {
        // M(w) = Gamma(w) Zeta(w - 1/2): the zeta pole w = 3/2 gives Gamma(3/2) n^(3/2), Gamma's pole at 0 gives Zeta(-1/2)
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(), "Sum(k^(1/2)*Exp(-k/n), {k, 1, Infinity})", "n", 2,
                positive("n")));
        assertEquals(2, e.terms().size());
        assertEquals(ScaleMonomial.power(Expr.frac(3, 2)), e.terms().get(0).monomial());
        // Gamma(3/2) = sqrt(pi)/2 (DLMF 5.4.6, 5.5.1); the double evaluator's Gamma to 1e-14
        assertEquals(Math.sqrt(Math.PI) / 2, value(e.terms().get(0).coefficient()), 1e-14);
        assertEquals(ScaleMonomial.ONE, e.terms().get(1).monomial());
        assertEquals(Expr.call("Zeta", Expr.frac(-1, 2)), e.terms().get(1).coefficient());
        // Zeta(-1/2) by the functional equation (DLMF 25.4.1 at s = 3/2): 2 (2 pi)^(-3/2) cos(3 pi/4) Gamma(3/2) Zeta(3/2)
        double zetaMinusHalf = 2 * Math.pow(2 * Math.PI, -1.5) * Math.cos(3 * Math.PI / 4) * Math.sqrt(Math.PI) / 2
                * Zeta.riemann(1.5).value();
        double n = 100;
        double s = direct(sum("Sum(k^(1/2)*Exp(-k/n), {k, 1, Infinity})"), Map.of("n", n));
        // what is left after two terms is the pole at -1: -Zeta(-3/2)/n = 2.5e-4 at n = 100
        assertEquals(zetaMinusHalf, s - Math.sqrt(Math.PI) / 2 * Math.pow(n, 1.5), 3e-4);
        assertTrue(e.steps().stream().anyMatch(p -> p.source().contains("Flajolet-Gourdon-Dumas 1995")));
    }

    @Test
    void thetaSum_matchesJacobisTransformation() {
        // DLMF 20.7.32 (Poisson summation): sum_{k>=1} exp(-k^2/n) = (sqrt(pi n) - 1)/2 + O(exp(-pi^2 n))
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(), "Sum(Exp(-k^2/n), {k, 1, Infinity})", "n", 2,
                positive("n")));
        assertEquals(ScaleMonomial.power(Expr.frac(1, 2)), e.terms().get(0).monomial());
        assertEquals(Math.sqrt(Math.PI) / 2, value(e.terms().get(0).coefficient()), 1e-14);
        CasResult c = Symja.shared().apply("Simplify", e.terms().get(1).coefficient(), List.of(), Duration.ofSeconds(10));
        assertEquals(Expr.frac(-1, 2), ((CasResult.Done) c).value(), "Zeta(0) = -1/2 (DLMF 25.6.1)");
        double n = 400;
        // the exponentially small rest is below 1e-1000; the engine's bound is 1e-12 relative of a sum of about 17
        assertEquals((Math.sqrt(Math.PI * n) - 1) / 2, direct(sum("Sum(Exp(-k^2/n), {k, 1, Infinity})"), Map.of("n", n)), 1e-10);
    }

    @Test
    void doublePole_givesLogOverN() {
        // -Gamma(w) Zeta(w + 2): double pole at w = -1. Independently: d/dt sum k^-2 e^(-k t) = log(1 - e^-t), so
        // sum k^-2 (1 - e^(-k t)) = t log(1/t) + t + t^2/4 + O(t^3) (expand log(1 - e^-t) = log t - t/2 + ...)
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(), "Sum(k^(-2)*(1 - Exp(-k/n)), {k, 1, Infinity})", "n", 2,
                positive("n")));
        assertEquals(1, e.terms().size(), "a double pole's constant part is not given: the expansion stops at its lead");
        assertEquals(new ScaleMonomial(Expr.num(-1), Expr.num(1), Expr.num(0), Expr.num(0)), e.terms().get(0).monomial());
        assertEquals(1.0, value(e.terms().get(0).coefficient()), 0);
        assertTrue(e.remainder().orElseThrow().little());
        double n = 1e6;
        double s = direct(sum("Sum(k^(-2)*(1 - Exp(-k/n)), {k, 1, Infinity})"), Map.of("n", n));
        // n S - log n = 1 + 1/(4 n) + ...: 2.5e-7; the engine's error times n is 1e-12 * 14 * ... well below
        assertEquals(1.0, n * s - Math.log(n), 1e-6);
    }

    @Test
    void logWeight_leadsWithNLogN() {
        // Gamma(w) (-Zeta'(w)): double pole at w = 1 (order m + 1 = 2). Independently: n (log n - EulerGamma) +
        // log(2 pi)/2 + O(1/n) (the residue at w = 1 with Gamma(w) = 1 - EulerGamma (w - 1) + ..., DLMF 5.7.3;
        // at w = 0 the residue -Zeta'(0) = log(2 pi)/2, DLMF 25.6.11)
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(), "Sum(Log(k)*Exp(-k/n), {k, 1, Infinity})", "n", 3,
                positive("n")));
        assertEquals(1, e.terms().size(), "a log power makes the first term inexact: the expansion stops there");
        assertEquals(new ScaleMonomial(Expr.num(1), Expr.num(1), Expr.num(0), Expr.num(0)), e.terms().get(0).monomial());
        assertEquals(1.0, value(e.terms().get(0).coefficient()), 1e-15);
        double n = 1e5;
        double s = direct(sum("Sum(Log(k)*Exp(-k/n), {k, 1, Infinity})"), Map.of("n", n));
        // the next term is O(1/n) = 1e-5 relative to n: tolerance 1e-5 on S/n
        assertEquals(Math.log(n) - EULER_GAMMA + Math.log(2 * Math.PI) / 2 / n, s / n, 1e-5);
    }

    @Test
    void zipfSquare_isTheSecondMomentOfTheUnseenMass() {
        // p_k = k^-2/Zeta(2): lambda = p_k^2, mu = k^-2, t = D/Zeta(2); zeta pole w0 = 2 - 1/2 = 3/2 on the right:
        // Zeta(2)^(-1/2) Gamma(3/2)/2 D^(-3/2); nothing else on the right (Gamma has no poles there), so the rest is
        // smaller than every power of D
        Map<String, ZipfWeight> w = Map.of("p", new ZipfWeight(Expr.pow(Expr.call("Zeta", Expr.num(2)), Expr.num(-1)), Expr.num(2)));
        String text = "Sum(p(k)^2*Exp(-D*p(k)), {k, 1, Infinity})";
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(w), text, "D", 2, positive("D")));
        assertEquals(ScaleMonomial.power(Expr.frac(-3, 2)), e.terms().get(0).monomial());
        double zeta2 = Math.PI * Math.PI / 6; // DLMF 25.6.1
        double expected = Math.pow(zeta2, -0.5) * Math.sqrt(Math.PI) / 2 / 2;
        assertEquals(expected, value(e.terms().get(0).coefficient()), 1e-14);
        double d = 1e6;
        Sum inlined = new Sum(HarmonicShape.inline(sum(text).body(), "k", w), "k", Expr.num(1), zipfscale.expr.Constant.INFINITY);
        // the rest is below any power of D; the engine's bound 1e-12 relative
        assertEquals(1.0, direct(inlined, Map.of("D", d)) / (expected * Math.pow(d, -1.5)), 1e-9);
    }

    @Test
    void convergentSum_constantThenNextTerm_givesCancellingTerms() {
        // Gamma(w) Zeta(w + 3/2): Gamma's pole at 0 gives Zeta(3/2), exact; the zeta pole at -1/2 gives Gamma(-1/2) n^(-1/2)
        List<Comparison> a = positive("n");
        LeadingTerms calc = new LeadingTerms("n", oracle(a), (s, c) -> {
            throw new AsymptoticFailure("unused");
        }, new java.util.ArrayList<>());
        List<CancellingSum.Term> t = HarmonicSums.cancelling(sum("Sum(k^(-3/2)*Exp(-k/n), {k, 1, Infinity})"), calc, Map.of());
        assertEquals(2, t.size());
        assertTrue(t.get(0).exact() && !t.get(1).exact());
        assertEquals(Expr.num(0), t.get(0).lead().exponent());
        assertEquals(Expr.frac(-1, 2), t.get(1).lead().exponent());
        // Gamma(-1/2) = -2 sqrt(pi) (DLMF 5.5.1 from Gamma(1/2))
        assertEquals(-2 * Math.sqrt(Math.PI), value(t.get(1).lead().coefficient().toExpr()), 1e-13);
        double n = 1e6;
        double s = direct(sum("Sum(k^(-3/2)*Exp(-k/n), {k, 1, Infinity})"), Map.of("n", n));
        // next: the pole at -1, -Zeta(1/2)/n = 1.5e-6; the engine's error 1e-12 * 2.6
        assertEquals(-2 * Math.sqrt(Math.PI) / Math.sqrt(n), s - Zeta.riemann(1.5).value(), 2e-6);
        assertTrue(calc.chain().stream().anyMatch(l -> StepText.of(l).contains("Flajolet-Gourdon-Dumas")), "the steps are in the chain");
    }

    @Test
    void symbolicExponent_needsItsSignFromTheAssumptions() {
        String text = "Sum(k^a*Exp(-k/n), {k, 1, Infinity})";
        ExpansionResult none = expand(new HarmonicSums(), text, "n", 1, positive("n"));
        assertInstanceOf(ExpansionResult.Unknown.class, none, "a > -1 is not assumed: the zeta pole's place is unknown");
        assertTrue(((ExpansionResult.Unknown) none).reason().contains("not decided"), none::toString);
        List<Comparison> a = List.of(new Comparison(Expr.sym("n"), RelOp.GT, Expr.num(0)),
                new Comparison(Expr.sym("a"), RelOp.GT, Expr.num(-1)));
        AsymptoticExpansion e = expanded(expand(new HarmonicSums(), text, "n", 1, a));
        assertEquals(Expr.call("Gamma", Expr.add(Expr.num(1), Expr.sym("a"))),
                oracle(a).normalForm("Together", e.terms().get(0).coefficient()));
    }

    @Test
    void refusals_sayWhy() {
        // the step kernel's transform 1/s decays too slowly for the converse mapping theorem
        ExpansionResult step = expand(new HarmonicSums(), "Sum(Boole(k/n < 1), {k, 1, Infinity})", "n", 1, positive("n"));
        assertInstanceOf(ExpansionResult.Unknown.class, step);
        assertTrue(((ExpansionResult.Unknown) step).reason().contains("decays too slowly"), step::toString);
        // exp(-k x), x -> inf: no pole on the right (the sum is exponentially small)
        ExpansionResult small = expand(new HarmonicSums(), "Sum(Exp(-k*x), {k, 1, Infinity})", "x", 1, positive("x"));
        assertInstanceOf(ExpansionResult.Unknown.class, small);
        assertTrue(((ExpansionResult.Unknown) small).reason().contains("smaller than every power"), small::toString);
        // a kernel outside the table
        ExpansionResult cos = expand(new HarmonicSums(), "Sum(k^(-2)*Cos(k/n), {k, 1, Infinity})", "n", 1, positive("n"));
        assertInstanceOf(ExpansionResult.Unknown.class, cos);
        assertTrue(((ExpansionResult.Unknown) cos).reason().contains("not in the Mellin table"), cos::toString);
        // a finite sum is not a harmonic sum: the next rule is asked
        assertEquals(Optional.empty(), new HarmonicSums().expand(sum("Sum(Exp(-k/n), {k, 1, n})"), new Symbol("n"), 1,
                ExpansionContext.of(oracle(positive("n")))));
    }

    @Test
    void tablePoles_haveTheResiduesOfTheClosedForms() {
        // for each kernel, eps * M(sigma + eps) -> residue as eps -> 0 (M analytic in the punctured disc): at eps = 1e-7
        // the difference is O(eps) times the next Laurent coefficient, so 1e-5 is ample
        Expr s = Expr.sym("s");
        for (String g : List.of("Exp(-u)", "Exp(-u^2)", "(1 + u)^(-1)", "(1 + u)^(-2)", "u^2*Exp(-u)", "1 - Exp(-u)",
                "Exp(-u)*(1 + u)")) {
            MellinTable.Entry entry = MellinTable.match(ExpressionReader.read(g, "t", 1, 1), "u", s).orElseThrow(() ->
                    new AssertionError(g + " is in the table"));
            MellinPoles poles = entry.poles();
            assertTrue(poles.decay() != null, g);
            List<MellinPoles.Pole> all = new java.util.ArrayList<>(poles.left());
            all.addAll(poles.right());
            assertTrue(!all.isEmpty(), g);
            for (MellinPoles.Pole p : all) {
                double eps = 1e-7;
                double at = ((Rational) p.at()).doubleValue();
                Expr near = zipfscale.expr.Substitution.apply(entry.mellin(), Map.of("s", Expr.sym("s0")));
                double v = DoubleEvaluator.evaluate(near, new HashMap<>(Map.of("s0", at + eps))) * eps;
                assertEquals(value(p.residue()), v, 1e-5, g + " at " + at);
            }
            // inside the strip the transform is finite and positive (the table's promise)
            double lo = poles.lower() == null ? -50 : ((Rational) poles.lower()).doubleValue();
            double hi = poles.upper() == null ? lo + 2 : ((Rational) poles.upper()).doubleValue();
            double mid = lo + 0.37 * (hi - lo); // not the midpoint 1 of (0, 2), where (1 - s) Pi/Sin(Pi s) is 0/0 in double
            double inside = DoubleEvaluator.evaluate(zipfscale.expr.Substitution.apply(entry.mellin(), Map.of("s", Expr.sym("s0"))),
                    new HashMap<>(Map.of("s0", mid)));
            assertTrue(inside > 0 && Double.isFinite(inside), g + " at " + mid + ": " + inside);
        }
    }
}
