package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;
import zipfscale.numerics.DoubleEvaluator;

/** Products of powers with a rational that is also an atom: no factor may be lost when raised to a power. */
class PowerProductTest {
    private static final Expr BETA = Expr.sym("beta");

    // ((1/6) * (1/6)^beta)^(-beta) = (1/6)^(-beta - beta^2): the rational's own power and the atom's must
    // add up (the bug: the atom's power overwrote the rational's, losing a factor 6^beta). Expected value
    // from the closed form 6^(beta + beta^2) at beta = 0.7; tolerance 1e-14 relative: a few double roundings.
    @Test
    void powerOfRationalTimesItsOwnPower_keepsBothFactors() {
        Expr sixth = Expr.frac(1, 6);
        PowerProduct p = PowerProduct.of(Expr.mul(sixth, Expr.pow(sixth, BETA))).pow(Expr.neg(BETA));
        double beta = 0.7;
        double value = DoubleEvaluator.evaluate(p.toExpr(), Map.of("beta", beta));
        double expected = Math.pow(6, beta + beta * beta);
        assertEquals(expected, value, 1e-14 * expected, p.toString());
    }

    // A plain rational raised to a symbolic power becomes an atom: (2/3)^beta at beta = 1.5 is
    // (2/3)^1.5 = 0.5443310539518174 (closed form); tolerance as above.
    @Test
    void rationalToSymbolicPower_becomesAnAtom() {
        PowerProduct p = PowerProduct.of(Expr.frac(2, 3)).pow(BETA);
        double value = DoubleEvaluator.evaluate(p.toExpr(), Map.of("beta", 1.5));
        assertEquals(new BigDecimal("0.5443310539518174").doubleValue(), value, 1e-15, p.toString());
    }
}
