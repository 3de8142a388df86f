package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code eval} with a kernel written as an expression in u (issue 16), and picocli's suggestion for a
 * misspelt command. Expected values (mpmath 1.3, mp.dps = 40):
 * M[1/(1+u)^2](s) = Gamma(s) Gamma(2 - s) = pi (1 - s)/sin(pi s), at s = 3/4:
 * {@code pi*(1-s)/sin(pi*s)} = 1.110720734539591561753970247515173424654;
 * M[(1+u) e^-u](s) = Gamma(s) + Gamma(s + 1), at s = 1/2: {@code gamma(0.5)+gamma(1.5)} =
 * 2.658680776358274040947251225011717774196. Tolerance 1e-25: the 30-digit evaluation claims an error
 * below 1e-30 (printed), 1e-25 leaves a margin and still fails any wrong kernel by many orders.
 */
class EvalKernelExpressionTest {

    private static BigDecimal value(CliRun r) {
        String line = r.out().lines().filter(l -> l.contains(" = ")).findFirst().orElseThrow();
        return new BigDecimal(line.substring(line.indexOf(" = ") + 3).trim());
    }

    private static void near(String expected, BigDecimal actual) {
        assertTrue(new BigDecimal(expected).subtract(actual).abs().compareTo(new BigDecimal("1e-25")) < 0,
                expected + " vs " + actual);
    }

    @Test
    void mellinOfAnExpressionKernel_matchesTheClosedForm_andTheNamedKernel() {
        CliRun r = CliRun.of("eval", "--digits", "30", "mellin(g = 1/(1+u)^2, s = 0.75)");
        assertEquals(0, r.exit(), r.out() + r.err());
        near("1.110720734539591561753970247515173424654", value(r));
        CliRun named = CliRun.of("eval", "--digits", "30", "mellin(g = inv1pu2, s = 0.75)");
        near("1.110720734539591561753970247515173424654", value(named));
    }

    @Test
    void kernelOutsideTheCatalogue_evaluates() {
        CliRun r = CliRun.of("eval", "--digits", "30", "mellin(g = Exp(-u)*(1 + u), s = 0.5)");
        assertEquals(0, r.exit(), r.out() + r.err());
        near("2.658680776358274040947251225011717774196", value(r));
        // not vacuous: the same call with the kernel's other half gives another value
        CliRun other = CliRun.of("eval", "--digits", "30", "mellin(g = Exp(-u)*(2 + u), s = 0.5)");
        assertTrue(value(other).subtract(value(r)).abs().compareTo(BigDecimal.ONE) > 0);
        CliRun sum = CliRun.of("eval", "kernelsum(alpha=2, beta=1, a=1, tau=5, g = Exp(-u)*(1 + u))");
        assertEquals(0, sum.exit(), sum.out() + sum.err());
    }

    @Test
    void kernelWithAnotherSymbol_orUnbalanced_isBadInputAtItsColumn() {
        CliRun r = CliRun.of("eval", "mellin(g = Exp(-x*u), s = 0.5)");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("<eval>:1:12: error: the kernel g must be an expression in u alone; it also has x"),
                r.err());
        CliRun open = CliRun.of("eval", "mellin(g = Exp(-u)*(1 + u, s = 0.5)");
        assertEquals(2, open.exit());
        assertTrue(open.err().contains("expected ',' or ')'"), open.err());
    }

    @Test
    void misspeltCommand_getsTheNearestSuggested() {
        CliRun r = CliRun.of("chek", "derivations/");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean: zipfscale check"), r.err());
        CliRun re = CliRun.of("regenrate");
        assertTrue(re.err().contains("Did you mean: zipfscale regenerate"), re.err());
    }
}
