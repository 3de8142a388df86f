package zipfscale.check;

import java.math.BigDecimal;
import java.util.Map;
import org.apfloat.Apfloat;
import zipfscale.expr.Expr;
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
            public long digitsKeepingEveryTerm(Expr e, Map<String, BigDecimal> point, int digits) {
                return PreciseEvaluator.digitsKeepingEveryTerm(e, point, digits);
            }
        };
    }
}
