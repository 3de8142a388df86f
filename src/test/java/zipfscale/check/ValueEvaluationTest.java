package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Derivation;
import zipfscale.diag.Diagnostics;
import zipfscale.expr.Expr;
import zipfscale.pipeline.CheckRun;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/** Values (issue 8): the number, its double confirmation, the expected range and the UNDECIDED cases. */
class ValueEvaluationTest {
    private static final CheckSettings REAL = CheckSettings.defaults(Duration.ofSeconds(10));

    private static Derivation derivation(String value) {
        ScriptFile f = ScriptFile.of("t.zs", "derivation d \"t\"\n" + value + "\n");
        Diagnostics diags = new Diagnostics();
        Derivation d = Elaborator.elaborate(f, ScriptParser.parse(f, diags), diags).get(0);
        diags.throwIfErrors();
        return d;
    }

    private static ValueResult value(String text, CheckSettings s) {
        Derivation d = derivation(text);
        return (ValueResult) new ExhibitChecker(d, s).check(d.exhibits().get(0));
    }

    @Test
    void chinchillaTokensPerParameter_equalsTheMinimiserOfTheLossAlongTheBudget() {
        List<Derivation> ds = CheckRun.read(List.of(Path.of("src/test/resources/scripts/good/values-and-plots.zs")));
        ValueResult r = CheckRun.computeExhibits(ds, REAL).stream()
                .filter(e -> e.exhibit().id().equals("tpp_h3_1e21")).map(ValueResult.class::cast).findFirst().orElseThrow();
        // independent: minimise L(N) = E + A N^-alpha + B (C/(6N))^-beta over log N (Brent), then D = C/(6N)
        double e = 1.69;
        double a = 406.4;
        double b = 410.7;
        double alpha = 0.34;
        double beta = 0.28;
        double c = 1e21;
        UnivariatePointValuePair min = new BrentOptimizer(1e-14, 1e-14).optimize(new MaxEval(10_000),
                GoalType.MINIMIZE, new SearchInterval(Math.log(1e3), Math.log(1e18)),
                new UnivariateObjectiveFunction(x -> e + a * Math.exp(-alpha * x)
                        + b * Math.pow(c / (6 * Math.exp(x)), -beta)));
        double n = Math.exp(min.getPoint());
        double tokensPerParameter = c / (6 * n) / n;
        // Brent finds a quadratic minimum only to ~sqrt(double eps) = 1.5e-8 in x = log N (about 3e-7 absolute
        // at x ~ 23), so N to ~3e-7 and D/N = C/(6N^2) to ~6e-7 relative; 1e-5 leaves a wide margin
        assertEquals(tokensPerParameter, r.number().getAsDouble(), 1e-5 * tokensPerParameter);
        assertEquals(Optional.of(Verdict.CHECKED), r.verdict(), r.reason());
        assertEquals(Map.of("C", 1e21, "E", 1.69, "A", 406.4, "B", 410.7, "alpha", 0.34, "beta", 0.28), r.inputs());
        // the 20 digits shown agree with the double value to double precision
        assertEquals(r.number().getAsDouble(), new BigDecimal(r.digits().get()).doubleValue(), 1e-14 * tokensPerParameter);
    }

    @Test
    void aValueOutsideItsExpectedRange_isRefuted_andInside_isChecked() {
        // Exp(1) = 2.718281828...: [2.7, 2.8] holds, [2.72, 3] does not (2.7182... < 2.72)
        assertEquals(Optional.of(Verdict.CHECKED), value("value v:\n    Exp(1)\n    expect in [2.7, 2.8]", REAL).verdict());
        ValueResult out = value("value v:\n    Exp(1)\n    expect in [2.72, 3]", REAL);
        assertEquals(Optional.of(Verdict.REFUTED), out.verdict());
        assertTrue(out.reason().contains("outside the expected range [2.72, 3]"), out.reason());
        assertEquals(false, out.holds());
    }

    @Test
    void aValueWithoutExpect_hasNoVerdict() {
        ValueResult r = value("value v:\n    x^2\n    where x = 3", REAL);
        assertEquals(Optional.empty(), r.verdict());
        assertEquals("9.0000000000000000000", r.digits().get());
        assertTrue(r.holds());
    }

    @Test
    void aFailedEvaluation_isUndecidedWithTheReason() {
        ValueResult r = value("value v:\n    Log(x)\n    where x = -1", REAL);
        assertEquals(Optional.of(Verdict.UNDECIDED), r.verdict());
        assertTrue(r.reason().contains("evaluation failed"), r.reason());
        assertTrue(r.number().isEmpty());
        assertEquals(false, r.holds());
    }

    @Test
    void aValueBeyondDouble_isUndecided_notASilentInfinity() {
        ValueResult r = value("value v:\n    Exp(x)\n    where x = 1000", REAL);
        assertEquals(Optional.of(Verdict.UNDECIDED), r.verdict());
        assertTrue(r.reason().contains("beyond the range of double"), r.reason());
        // e^1000 = 1.970071114017046993888879352243e434 (Wolfram Alpha); the 40-digit value is still shown
        assertTrue(r.digits().get().startsWith("1.970071114017046993") && r.digits().get().endsWith("E+434"),
                r.digits().get());
    }

    @Test
    void aDoubleEvaluatorThatDisagrees_makesTheValueUndecided() {
        NumericBackend real = NumericBackend.engine();
        NumericBackend skewed = new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return real.evaluateDouble(e, point) * (1 + 1e-6);
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                return real.evaluatePrecise(e, point, digits);
            }
        };
        ValueResult r = value("value v:\n    Exp(1)\n    expect in [2, 3]", REAL.withBackends(REAL.symbolic(), skewed));
        assertEquals(Optional.of(Verdict.UNDECIDED), r.verdict());
        assertTrue(r.reason().contains("disagree"), r.reason());
    }
}
