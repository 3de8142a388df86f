package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/**
 * Issue 18, margins minimised: an interior tangency that random points miss is reached by Brent's method
 * and its rational neighbour (the tangency of (x - 1/3)^2 >= 1e-35 is at x = 1/3, by inspection).
 */
class MarginMinimiserTest {

    @Test
    void rationalNeighboursOfADoubleNearAThirdIncludeAThirdTo50Digits() {
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), new MathContext(50));
        boolean found = MarginMinimiser.rationalNeighbours(new double[] {0.333333333712}).stream()
                .anyMatch(c -> c[0].compareTo(third) == 0);
        assertTrue(found);
    }

    @Test
    void brentFromTheBestSampleReachesTheInteriorTangency() {
        Expr x = Expr.sym("x");
        List<Comparison> domain = List.of(new Comparison(x, RelOp.GT, Expr.num(0)),
                new Comparison(x, RelOp.LT, Expr.num(10)));
        PointSampler sampler = new PointSampler(domain, 1);
        Expr lhs = Expr.pow(Expr.sub(x, Expr.frac(1, 3)), Expr.num(2));
        Expr rhs = Expr.pow(Expr.num(10), Expr.num(-35));
        List<MarginMinimiser.Start> starts = new ArrayList<>();
        starts.add(new MarginMinimiser.Start(Map.of("x", new BigDecimal("0.9")), 0.19, 1));
        starts.add(new MarginMinimiser.Start(Map.of("x", new BigDecimal("7.5")), 51, 1));
        List<Map<String, BigDecimal>> candidates = new MarginMinimiser(NumericBackend.engine(), sampler)
                .candidates(lhs, rhs, new Relation(-1, false), starts);
        BoundedComparison cmp = new BoundedComparison(NumericBackend.engine(), 40);
        boolean refuted = candidates.stream().anyMatch(p -> cmp.compare(lhs, rhs, p, new Relation(-1, false), true)
                .kind() == BoundedComparison.Kind.VIOLATED);
        assertTrue(refuted, "candidates " + candidates);
    }
}
