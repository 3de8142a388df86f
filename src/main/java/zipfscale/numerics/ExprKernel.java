package zipfscale.numerics;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;
import org.apfloat.Apfloat;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Substitution;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * A kernel g(u) given as an expression in one variable (a kernel the Mellin table does not know, e.g.
 * {@code Exp(-u^3)}), evaluated on Taylor jets by mapping each operation onto the jet's arithmetic:
 * sums, products, powers (integer powers by multiplication, so that {@code u^j} is defined at u = 0;
 * other constant powers through {@link Jet#pow}), {@code Exp}, {@code Log}, {@code Sqrt}, finite sums
 * with numeric bounds and {@code Factorial} of whole numbers. Anything else is an
 * {@link EvaluationException} marked unsupported.
 */
public final class ExprKernel implements Kernel {
    private final Expr g;
    private final String u;

    public ExprKernel(Expr g, String u) {
        this.g = g;
        this.u = u;
    }

    @Override
    public String displayName() {
        return "g(" + u + ") = " + g;
    }

    @Override
    public Jet value(Jet x) {
        int order = x.order();
        return eval(g, new Ops<>(v -> Jet.constant(v.doubleValue(), order), Jet::plus, Jet::times, Jet::reciprocal,
                (j, p) -> j.pow(p.doubleValue()), Jet::exp, Jet::log, Jet::expm1), x);
    }

    @Override
    public ApJet value(ApJet x) {
        int order = x.order();
        long prec = x.precision();
        return eval(g, new Ops<>(v -> ApJet.constant(new Apfloat(v, prec), order, prec), ApJet::plus, ApJet::times,
                ApJet::reciprocal, (j, p) -> j.pow(new Apfloat(p, prec)), ApJet::exp, ApJet::log,
                j -> j.exp().plus(ApJet.constant(new Apfloat(-1, prec), order, prec))), x);
    }

    /** The arithmetic of one jet type. */
    private record Ops<T>(Function<java.math.BigDecimal, T> constant, java.util.function.BinaryOperator<T> plus,
            java.util.function.BinaryOperator<T> times, java.util.function.UnaryOperator<T> reciprocal,
            java.util.function.BiFunction<T, java.math.BigDecimal, T> pow, java.util.function.UnaryOperator<T> exp,
            java.util.function.UnaryOperator<T> log, java.util.function.UnaryOperator<T> expm1) { }

    private <T> T eval(Expr e, Ops<T> ops, T x) {
        if (e instanceof Symbol s && s.name().equals(u)) {
            return x;
        }
        if (e instanceof Rational || e instanceof Decimal || e instanceof Constant) {
            return ops.constant().apply(number(e));
        }
        if (e instanceof Add a && a.terms().size() == 2) {
            // c - c Exp(h) as -c expm1(h): added as written the two cancel for small h (1 - Exp(-u) near u = 0)
            for (int i = 0; i < 2; i++) {
                Expr c = a.terms().get(i);
                ExpCancellation.Split sp = ExpCancellation.split(a.terms().get(1 - i));
                if (sp != null && !FreeSymbols.of(c).contains(u) && !FreeSymbols.of(sp.k()).contains(u)) {
                    java.math.BigDecimal cv = number(c);
                    if (cv.signum() != 0 && cv.compareTo(number(sp.k()).negate()) == 0) {
                        return ops.times().apply(ops.constant().apply(cv.negate()), ops.expm1().apply(eval(sp.g(), ops, x)));
                    }
                }
            }
        }
        if (e instanceof Add a) {
            T s = eval(a.terms().get(0), ops, x);
            for (int i = 1; i < a.terms().size(); i++) {
                s = ops.plus().apply(s, eval(a.terms().get(i), ops, x));
            }
            return s;
        }
        if (e instanceof Mul m) {
            T p = eval(m.factors().get(0), ops, x);
            for (int i = 1; i < m.factors().size(); i++) {
                p = ops.times().apply(p, eval(m.factors().get(i), ops, x));
            }
            return p;
        }
        if (e instanceof Pow p) {
            T b = eval(p.base(), ops, x);
            java.math.BigDecimal q = number(p.exponent());
            if (q.stripTrailingZeros().scale() <= 0 && q.abs().compareTo(java.math.BigDecimal.valueOf(64)) <= 0) {
                int n = q.intValueExact();
                T r = ops.constant().apply(java.math.BigDecimal.ONE);
                for (int i = 0; i < Math.abs(n); i++) {
                    r = ops.times().apply(r, b);
                }
                return n < 0 ? ops.reciprocal().apply(r) : r;
            }
            return ops.pow().apply(b, q);
        }
        if (e instanceof Call c && c.args().size() == 1) {
            switch (c.function()) {
                case "Exp": return ops.exp().apply(eval(c.args().get(0), ops, x));
                case "Log": return ops.log().apply(eval(c.args().get(0), ops, x));
                case "Sqrt": return ops.pow().apply(eval(c.args().get(0), ops, x), new java.math.BigDecimal("0.5"));
                case "Factorial": return ops.constant().apply(number(e));
                default: break;
            }
        }
        if (e instanceof Sum s) {
            long lo = number(s.lower()).longValueExact();
            long hi = number(s.upper()).longValueExact();
            if (hi - lo > 1000) {
                throw EvaluationException.unsupported("a kernel sum with more than 1000 terms");
            }
            T acc = ops.constant().apply(java.math.BigDecimal.ZERO);
            for (long k = lo; k <= hi; k++) {
                Expr body = Substitution.apply(s.body(), Map.of(s.index(), Expr.num(k)));
                acc = ops.plus().apply(acc, eval(body, ops, x));
            }
            return acc;
        }
        if (e instanceof Integral) {
            throw EvaluationException.unsupported("an integral inside a kernel");
        }
        throw EvaluationException.unsupported("no jet rule for " + e + " in a kernel");
    }

    /** The value of a u-free subexpression (at 40 digits, as an exact decimal). */
    private java.math.BigDecimal number(Expr e) {
        if (e instanceof Rational r) {
            return new java.math.BigDecimal(r.numerator()).divide(new java.math.BigDecimal(r.denominator()),
                    new java.math.MathContext(40));
        }
        if (e instanceof Call c && c.function().equals("Factorial") && c.args().get(0) instanceof Rational r
                && r.isInteger() && r.signum() >= 0 && r.numerator().intValue() <= 1000) {
            BigInteger f = BigInteger.ONE;
            for (int i = 2; i <= r.numerator().intValue(); i++) {
                f = f.multiply(BigInteger.valueOf(i));
            }
            return new java.math.BigDecimal(f);
        }
        if (zipfscale.expr.FreeSymbols.of(e).contains(u)) {
            throw EvaluationException.unsupported("a non-constant exponent or bound in a kernel");
        }
        Apfloat v = PreciseEvaluator.evaluate(e, Map.of(), 40);
        return new java.math.BigDecimal(v.toString(true));
    }
}
