package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;

/**
 * Issue 18, beyond 1e15: x^(1/1000) / Log(x) decreases up to x = e^(1000) ~ 10^434 and then grows like
 * x^(1/1000) (its log-log slope is 1/1000 - 1/ln x, by differentiating ln f - ln g), so only x far beyond
 * the double range tells the two =O claims apart. Expected slopes: 1/1000 - 1/ln x at x = 10^(10^8), i.e.
 * 1e-3 to within 5e-9.
 */
class FarRatioTest {
    private static final Expr X = Expr.sym("x");
    private static final Expr POWER = Expr.pow(X, Expr.frac(1, 1000));
    private static final Expr LOG = Expr.call("Log", X);

    private static String[] judge(AsymptoticRelation rel, Expr f, Expr g) {
        return FarRatio.judge(rel, f, g, "x", Map.of(), NumericBackend.engine());
    }

    @Test
    void aSmallPowerIsNotBigOOfALog() {
        String[] j = judge(AsymptoticRelation.BIG_O, POWER, LOG);
        assertEquals("REFUTES", j[0], j[1]);
        assertTrue(j[1].contains("slope 0.00100"), j[1]);
    }

    @Test
    void aLogIsBigOAndLittleOOfASmallPower() {
        assertEquals("AGREES", judge(AsymptoticRelation.BIG_O, LOG, POWER)[0]);
        assertEquals("AGREES", judge(AsymptoticRelation.LITTLE_O, LOG, POWER)[0]);
    }

    @Test
    void twoSlowlyVaryingSidesDecideNothing() {
        // Log(x)^2 / Log(x) = Log(x): slope 1/ln x ~ 4e-9 at 10^(10^8), far below the decisive 1e-5
        assertNull(judge(AsymptoticRelation.BIG_O, Expr.pow(LOG, Expr.num(2)), LOG));
    }

    @Test
    void appliesOnlyToElementarySides() {
        assertTrue(FarRatio.applies(POWER, LOG));
        Expr tail = new Sum(Expr.pow(Expr.sym("k"), Expr.num(-2)), "k", X, Constant.INFINITY);
        assertFalse(FarRatio.applies(tail, LOG));
        assertFalse(FarRatio.applies(Expr.call("Gamma", X), LOG));
    }

    // de Bruijn 1.1: (1 + 1/x)^x - e ~ -e/(2x) is true. At x = 10^(10^8) and 40 digits, 1 + 1/x rounds to 1,
    // so the left side reads 1 - e and f/g seems to grow like x; the balls (radius about e there) must stop
    // the far judgement instead of refuting (it refuted before the guard).
    @Test
    void aSideWhoseDigitsCancelAway_decidesNothing() {
        Expr e = Expr.call("Exp", Expr.num(1));
        Expr f = Expr.sub(Expr.pow(Expr.add(Expr.num(1), Expr.pow(X, Expr.num(-1))), X), e);
        Expr g = Expr.div(Expr.neg(e), Expr.mul(Expr.num(2), X));
        assertNull(judge(AsymptoticRelation.SIM, f, g));
    }
}
