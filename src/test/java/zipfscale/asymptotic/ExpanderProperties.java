package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import zipfscale.cas.ExpressionReader;
import zipfscale.cas.Symja;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;
import zipfscale.numerics.PreciseEvaluator;

/**
 * Random exp-log-power expressions from a small grammar: the first two terms of the expansion agree with a
 * 60-digit evaluation at x = 1e12 within the remainder's order (|f - terms| <= 1e4 |R|: a missing or wrong
 * term leaves an error of a larger order, x^(1/2) >= 1e6 times R at 1e12 or more for the power steps of
 * the grammar; 1e4 leaves room for the O-constant). A quarter of the cases multiply by
 * e^(1/x) - 1 - 1/x, whose first two orders cancel, so the widening path is reached (counted).
 */
class ExpanderProperties {
    private static final Symbol X = new Symbol("x");

    private static String atom(Random r) {
        switch (r.nextInt(6)) {
            case 0: return "x";
            case 1: return "Log(x)";
            case 2: return "x^(1/2)";
            case 3: return "x^(-1)";
            case 4: return Integer.toString(1 + r.nextInt(4));
            default: return "Exp(1/x)";
        }
    }

    private static String expr(Random r, int depth) {
        if (depth == 0) {
            return atom(r);
        }
        switch (r.nextInt(6)) {
            case 0: return "(" + expr(r, depth - 1) + " + " + expr(r, depth - 1) + ")";
            case 1: return "(" + expr(r, depth - 1) + ")*(" + expr(r, depth - 1) + ")";
            case 2: return "Log(1 + 1/(" + atom(r).replace("x^(-1)", "x") + "))";
            case 3: return "Sqrt(1 + " + expr(r, depth - 1) + "^2)";
            case 4: return "(" + expr(r, depth - 1) + ")^2";
            default: return atom(r);
        }
    }

    @Test
    void firstTerms_agreeWithSixtyDigits() {
        ExpansionContext ctx = ExpansionContext.of(new SignOracle(
                (m, e, a) -> Symja.shared().apply(m, e, a, Duration.ofSeconds(10)), List.of()));
        int[] cancelling = {0};
        int[] checked = {0};
        qt().withFixedSeed(20261202L).withExamples(40).forAll(integers().between(0, Integer.MAX_VALUE)).check(seed -> {
            Random r = new Random(seed);
            String text = expr(r, 2);
            boolean cancel = r.nextInt(4) == 0;
            if (cancel) {
                text = "(Exp(1/x) - 1 - 1/x)*(" + text + ")";
            }
            Expr f = ExpressionReader.read(text, "gen", 1, 1);
            ExpansionResult res = Expander.expand(f, X, 2, ctx);
            if (!(res instanceof ExpansionResult.Expanded ex)) {
                return true; // an unknown is allowed (never a wrong answer); counted below as not checked
            }
            AsymptoticExpansion e = ex.expansion();
            Map<String, BigDecimal> at = Map.of("x", new BigDecimal("1e12"));
            Apfloat fv = PreciseEvaluator.evaluate(f, at, 60);
            Apfloat tv = PreciseEvaluator.evaluate(e.termsExpr(), at, 60);
            Apfloat diff = ApfloatMath.abs(fv.subtract(tv));
            checked[0]++;
            if (cancel) {
                cancelling[0]++;
            }
            if (e.remainder().isEmpty()) {
                return diff.compareTo(ApfloatMath.abs(fv).multiply(new Apfloat("1e-40"))) <= 0;
            }
            Apfloat rv = ApfloatMath.abs(PreciseEvaluator.evaluate(e.remainder().get().order().toExpr(X), at, 60));
            return diff.compareTo(rv.multiply(new Apfloat(10_000))) <= 0;
        });
        assertTrue(checked[0] >= 20, "too few expansions to check: " + checked[0]);
        assertTrue(cancelling[0] >= 3, "the cancelling path was reached " + cancelling[0] + " times");
    }
}
