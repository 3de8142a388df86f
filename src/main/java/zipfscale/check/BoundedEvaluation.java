package zipfscale.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;
import zipfscale.numerics.EvaluationException;
import zipfscale.asymptotic.StepText;
import zipfscale.numerics.ExactApfloat;
import zipfscale.numerics.Logarithm;

/**
 * Evaluates one side of an asymptotic claim at a point with an error bound ({@link Bounded}), for the
 * {@link RatioWitness}. {@code digits = 0} is the fast stage: Zipf sums by the double engine (each with its
 * own error bound), x-dependent elementary functions in double; {@code digits = 40 or 60}: Zipf sums by
 * the Apfloat engine and every x-dependent operation in Apfloat. In both, sums and products are combined
 * in Apfloat, so a difference of two sides that agree to 20 digits keeps the digits it has; x-free
 * subexpressions (the constants of the claim) are evaluated once per parameter point at 40 or more digits.
 *
 * <p>How errors propagate: sums add absolute bounds; products use
 * {@code |prod(v_i +- e_i) - prod v_i| <= prod(|v_i| + e_i) - prod |v_i|}; a power or function call is
 * re-evaluated with each argument moved to both ends of its error interval, and twice the largest move of
 * the value is taken (monotone on so short an interval, with a factor 2 for the curvature), plus the
 * function's own rounding (1e-13 relative in double, 10^-(digits) in Apfloat). An argument known only to
 * 1% or worse makes the bound unusable: the point is then not evaluable at this stage.
 */
final class BoundedEvaluation {
    /** Digits of the constants (x-free subexpressions) in the double stage; else the stage's digits. */
    static final int CONSTANT_DIGITS = 40;
    private static final double DOUBLE_FUNCTION_ERROR = 1e-13;

    private final ZipfSumValues sums;
    private final NumericBackend numeric;
    private final String x;
    private final Map<Integer, Map<Expr, Apfloat>> constants = new HashMap<>();
    private Map<String, Double> constantsAt;

    BoundedEvaluation(ZipfSumValues sums, NumericBackend numeric, String x) {
        this.sums = sums;
        this.numeric = numeric;
        this.x = x;
    }

    /** The Zipf sums' evaluator (for the convergence test at parameter points). */
    ZipfSumValues sums() {
        return sums;
    }

    /** {@code e} at the point (which includes x), at {@code digits} (0: the double stage). */
    Bounded evaluate(Expr e, Map<String, Double> point, int digits) {
        Map<String, Double> params = new HashMap<>(point);
        params.remove(x);
        if (!params.equals(constantsAt)) {
            constants.clear();
            constantsAt = params;
        }
        return new Stage(point, digits).eval(e);
    }

    /** The x-free part of the point as exact decimals. */
    static Map<String, BigDecimal> exact(Map<String, Double> point) {
        Map<String, BigDecimal> out = new HashMap<>();
        point.forEach((k, v) -> out.put(k, new BigDecimal(v)));
        return out;
    }

    /** One evaluation at one precision. */
    private final class Stage {
        private final Map<String, Double> point;
        private final int digits;
        private final long precision;

        Stage(Map<String, Double> point, int digits) {
            this.point = point;
            this.digits = digits;
            this.precision = (digits == 0 ? 30 : digits) + 10L;
        }

        Bounded eval(Expr e) {
            if (!FreeSymbols.of(e).contains(x)) {
                return constant(e);
            }
            if (e instanceof Symbol) {
                return new Bounded(ExactApfloat.decimal(new BigDecimal(point.get(x)), precision), zero());
            }
            if (e instanceof Sum s) {
                return sums.sum(s, point, digits, this::constantValue);
            }
            if (e instanceof Add a) {
                Apfloat v = new Apfloat(0, precision);
                Apfloat err = zero();
                for (Expr t : a.terms()) {
                    Bounded b = eval(t);
                    v = v.add(b.value());
                    err = err.add(b.error());
                }
                return new Bounded(v, err.add(rounding(v)));
            }
            if (e instanceof Mul m) {
                Apfloat v = new Apfloat(1, precision);
                Apfloat abs = new Apfloat(1, precision);
                Apfloat widened = new Apfloat(1, precision);
                for (Expr f : m.factors()) {
                    Bounded b = eval(f);
                    v = v.multiply(b.value());
                    abs = abs.multiply(ApfloatMath.abs(b.value()));
                    widened = widened.multiply(ApfloatMath.abs(b.value()).add(b.error()));
                }
                return new Bounded(v, widened.subtract(abs).add(rounding(v)));
            }
            if (e instanceof Call c && NumericArgMin.handles(c)) {
                NumericArgMin.Found found = NumericArgMin.minimise(c, point, numeric::evaluateDouble);
                return Bounded.of(found.n(), found.relativeError() * found.n(), precision);
            }
            if (e instanceof Pow p) {
                return power(p);
            }
            if (e instanceof Call c) {
                return apply(c.args(), args -> new Call(c.function(), args));
            }
            throw EvaluationException.unsupported("no bounded evaluation of " + StepText.of(e));
        }

        /**
         * {@code b^e} for b > 0: {@code |d(b^e)| <= |b^e| (|e| db/b + |log b| de)} to first order, doubled
         * for the second order (the relative errors are at most 1%); other bases go through {@link #apply}.
         */
        private Bounded power(Pow p) {
            Bounded b = eval(p.base());
            Bounded e = eval(p.exponent());
            if (b.value().signum() <= 0 || b.relativeError() > 1e-2 || e.relativeError() > 1e-2) {
                return apply(List.of(p.base(), p.exponent()), args -> Expr.pow(args.get(0), args.get(1)));
            }
            Apfloat v = at(args -> Expr.pow(args.get(0), args.get(1)), List.of(b, e), -1, 0);
            // in double, base and exponent are rounded to doubles first: (1 + 1e-15)^(1e15) reads its base
            // as 1 + 1.11e-15 and comes out 12% high, so the rounding joins their errors
            Apfloat relB = b.error().add(conversion(b.value())).divide(b.value().precision(20));
            Apfloat logB = Logarithm.magnitudeUpperBound(b.value());
            Apfloat rel = ApfloatMath.abs(e.value().precision(20)).multiply(relB)
                    .add(logB.multiply(e.error().add(conversion(e.value()))));
            Apfloat own = ApfloatMath.abs(v).multiply(digits == 0
                    ? ExactApfloat.decimal(new BigDecimal(DOUBLE_FUNCTION_ERROR), 20)
                    : ExactApfloat.tenToThe(-digits, 20));
            return new Bounded(v, ApfloatMath.abs(v).multiply(rel).multiply(new Apfloat(2)).add(own).add(rounding(v)));
        }

        /** A power or call: its value, and its error by moving each argument to the ends of its interval. */
        private Bounded apply(List<Expr> argExprs, java.util.function.Function<List<Expr>, Expr> build) {
            List<Bounded> args = new ArrayList<>();
            for (Expr a : argExprs) {
                Bounded b = eval(a);
                if (b.relativeError() > 1e-2) {
                    throw EvaluationException.undefined("an argument is known only to " + b.relativeError());
                }
                args.add(b);
            }
            if (digits == 0) {
                // the arguments are rounded to doubles: that rounding is part of their error
                List<Bounded> rounded = new ArrayList<>();
                for (Bounded a : args) {
                    Apfloat c = conversion(a.value());
                    rounded.add(c.signum() == 0 ? a : new Bounded(a.value(), a.error().add(c)));
                }
                args = rounded;
            }
            Apfloat centre = at(build, args, -1, 0);
            Apfloat moved = zero();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).error().signum() == 0) {
                    continue;
                }
                Apfloat up = ApfloatMath.abs(at(build, args, i, 1).subtract(centre));
                Apfloat down = ApfloatMath.abs(at(build, args, i, -1).subtract(centre));
                moved = moved.add(ApfloatMath.max(up, down).multiply(new Apfloat(2)));
            }
            Apfloat own = ApfloatMath.abs(centre).multiply(digits == 0
                    ? ExactApfloat.decimal(new BigDecimal(DOUBLE_FUNCTION_ERROR), 20)
                    : ExactApfloat.tenToThe(-digits, 20));
            return new Bounded(centre, moved.add(own).add(rounding(centre)));
        }

        /** In the double stage, how far {@code v} moves when it is rounded to a double (0 otherwise). */
        private Apfloat conversion(Apfloat v) {
            if (digits != 0) {
                return zero();
            }
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                return zero();
            }
            return ApfloatMath.abs(v.precision(precision).subtract(ExactApfloat.decimal(new BigDecimal(d), precision)));
        }

        /** The function at the arguments, argument {@code moved} shifted by {@code sign} times its error. */
        private Apfloat at(java.util.function.Function<List<Expr>, Expr> build, List<Bounded> args, int moved,
                int sign) {
            List<Expr> lits = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                Apfloat v = args.get(i).value();
                if (i == moved) {
                    v = sign > 0 ? v.add(args.get(i).error()) : v.subtract(args.get(i).error());
                }
                lits.add(literal(v));
            }
            Expr node = build.apply(lits);
            if (digits == 0) {
                double d = numeric.evaluateDouble(node, Map.of());
                if (!Double.isFinite(d) || d == 0) {
                    throw EvaluationException.undefined("not representable in double: " + d);
                }
                return ExactApfloat.decimal(new BigDecimal(d), precision);
            }
            return numeric.evaluatePrecise(node, Map.of(), (int) precision);
        }

        private Bounded constant(Expr e) {
            Apfloat v = constantValue(e);
            return new Bounded(v, constantError(v, digits));
        }

        /**
         * An x-free expression at {@link #constantDigits} + 10 working digits (cached per parameter point),
         * with Riemann zeta through the engine's own Hurwitz zeta (Apfloat's is about 50 times slower).
         */
        private Apfloat constantValue(Expr e) {
            int d = constantDigits(digits);
            Map<Expr, Apfloat> cache = constants.computeIfAbsent(d, k -> new HashMap<>());
            Apfloat cached = cache.get(e);
            if (cached != null) {
                return cached;
            }
            Apfloat value = computeConstant(e, d);
            cache.put(e, value);
            return value;
        }

        private Apfloat computeConstant(Expr e, int d) {
            Map<String, BigDecimal> p = exact(point);
            Expr fast = new Rewriter() {
                @Override
                public Expr visitCall(Call c) {
                    if (c.function().equals("Zeta") && c.args().size() == 1) {
                        Apfloat s = numeric.evaluatePrecise(c.args().get(0), p, d + 10);
                        if (s.compareTo(new Apfloat(1)) > 0) {
                            return literal(zipfscale.numerics.PreciseZipfSums.zeta(s, Math.min(60, d + 10)).value());
                        }
                    }
                    return super.visitCall(c);
                }
            }.rewrite(e);
            return numeric.evaluatePrecise(fast, p, d + 10);
        }

        private Apfloat zero() {
            return new Apfloat(0);
        }

        /** Rounding of one Apfloat operation at the working precision (relative 10^-(precision - 5)). */
        private Apfloat rounding(Apfloat v) {
            return ApfloatMath.abs(v).multiply(ExactApfloat.tenToThe(-(precision - 5), 20));
        }
    }

    /** The digits of the constants at a stage: 40 in the double stage, else the stage's digits. */
    static int constantDigits(int digits) {
        return Math.max(CONSTANT_DIGITS, digits);
    }

    /**
     * The error bound of a constant evaluated at {@link #constantDigits} + 10 working digits: 10^-(that
     * number of digits) relative, which leaves ten digits for the rounding of the evaluator.
     */
    static Apfloat constantError(Apfloat v, int digits) {
        return ApfloatMath.abs(v).multiply(ExactApfloat.tenToThe(-constantDigits(digits), 20));
    }

    /** An Apfloat as an exact decimal literal of the expression tree. */
    static Expr literal(Apfloat v) {
        BigDecimal d;
        try {
            // scientific form: Gamma(1e9) ~ 10^(8.5e9) has billions of digits written out in full
            d = new BigDecimal(v.toString(false));
        } catch (NumberFormatException e) {
            // beyond BigDecimal's exponent range (Gamma(1e9) ~ 10^(8.5e9)): mantissa * 10^scale, exactly
            long scale = v.scale();
            BigDecimal m = new BigDecimal(org.apfloat.ApfloatMath.scale(v, -scale).toString(false));
            return Expr.mul(new Decimal(m, m.toString()), Expr.pow(Expr.num(10), Expr.num(scale)));
        }
        return new Decimal(d, d.toString());
    }
}
