package zipfscale.check;

import java.math.BigDecimal;
import java.util.Map;
import org.apfloat.Apfloat;
import zipfscale.expr.Expr;
import zipfscale.numerics.Ball;
import zipfscale.numerics.BallEvaluator;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.PreciseEvaluator;

/**
 * Where the checkers get numbers from: double and high-precision evaluation of an expression at a
 * point. The real one is the numeric engine; tests put in a deliberately broken one.
 */
public interface NumericBackend {

    double evaluateDouble(Expr e, Map<String, Double> point);

    Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits);

    /**
     * The precision at which evaluating {@code e} at the point loses no term of a sum entirely, at least
     * {@code digits} ({@link PreciseEvaluator#digitsKeepingEveryTerm}); a backend that cannot tell says
     * {@code digits}.
     */
    default long digitsKeepingEveryTerm(Expr e, Map<String, BigDecimal> point, int digits) {
        return digits;
    }

    /**
     * A rigorous enclosure of {@code e} at the point ({@link BallEvaluator}), midpoints at {@code digits}
     * digits; null when the backend has none for this expression (special functions, sums), and then the
     * caller estimates the error by comparing two precisions.
     */
    default Ball enclose(Expr e, Map<String, BigDecimal> point, int digits) {
        return null;
    }

    static NumericBackend engine() {
        return new NumericBackend() {
            @Override
            public double evaluateDouble(Expr e, Map<String, Double> point) {
                return DoubleEvaluator.evaluate(e, point);
            }

            @Override
            public Apfloat evaluatePrecise(Expr e, Map<String, BigDecimal> point, int digits) {
                return PreciseEvaluator.evaluate(e, point, digits);
            }

            @Override
            public Ball enclose(Expr e, Map<String, BigDecimal> point, int digits) {
                try {
                    return BallEvaluator.enclose(e, point, digits);
                } catch (BallEvaluator.Unsupported ex) {
                    return null;
                }
            }

            @Override
            public long digitsKeepingEveryTerm(Expr e, Map<String, BigDecimal> point, int digits) {
                return PreciseEvaluator.digitsKeepingEveryTerm(e, point, digits);
            }
        };
    }
}
