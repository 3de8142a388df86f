package zipfscale.check;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The partial derivative d/dv of an exp-log-power expression, by the rules of calculus: sums, products
 * (Leibniz), powers {@code d(b^e) = b^e (e' Log(b) + e b'/b)} (with {@code e b^(e-1) b'} when e is free of
 * v), {@code Exp}, {@code Log} (one argument) and {@code Sqrt}. Anything else that depends on v (Abs,
 * Max, Floor, sums and integrals over v, ...) is {@link Unsupported}: no derivative is guessed. Used by
 * {@link EndpointMonotonicity}; it is ours, not Symja's, and tested against difference quotients.
 */
final class Derivative implements Expr.Visitor<Expr> {
    /** The expression has no derivative rule here (a non-smooth or unsupported function of v). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private final String v;

    private Derivative(String v) {
        this.v = v;
    }

    /** d e / d v. */
    static Expr of(Expr e, String v) {
        return new Derivative(v).d(e);
    }

    private Expr d(Expr e) {
        if (!FreeSymbols.of(e).contains(v)) {
            return Expr.num(0);
        }
        return e.accept(this);
    }

    @Override
    public Expr visitRational(Rational e) {
        return Expr.num(0);
    }

    @Override
    public Expr visitDecimal(Decimal e) {
        return Expr.num(0);
    }

    @Override
    public Expr visitSymbol(Symbol e) {
        return Expr.num(e.name().equals(v) ? 1 : 0);
    }

    @Override
    public Expr visitConstant(Constant e) {
        return Expr.num(0);
    }

    @Override
    public Expr visitAdd(Add e) {
        List<Expr> ts = new ArrayList<>();
        for (Expr t : e.terms()) {
            ts.add(d(t));
        }
        return new Add(ts);
    }

    @Override
    public Expr visitMul(Mul e) {
        List<Expr> ts = new ArrayList<>();
        List<Expr> fs = e.factors();
        for (int i = 0; i < fs.size(); i++) {
            if (!FreeSymbols.of(fs.get(i)).contains(v)) {
                continue;
            }
            List<Expr> p = new ArrayList<>(fs);
            p.set(i, d(fs.get(i)));
            ts.add(new Mul(p));
        }
        return ts.size() == 1 ? ts.get(0) : new Add(ts);
    }

    @Override
    public Expr visitPow(Pow e) {
        Expr b = e.base();
        Expr x = e.exponent();
        if (x instanceof Rational r0 && r0.signum() == 0) {
            return Expr.num(0);
        }
        if (!FreeSymbols.of(x).contains(v)) {
            // a rational exponent stays rational (R^2 -> 2 R^1, not R^(2 - 1)): continuity and interval
            // arithmetic treat integer powers specially
            Expr lower = x instanceof Rational r
                    ? Rational.of(r.numerator().subtract(r.denominator()), r.denominator()) : Expr.sub(x, Expr.num(1));
            if (lower instanceof Rational l && l.signum() == 0) {
                return Expr.mul(x, d(b)); // b^0 = 1: no 0^0 when b is later set to 0
            }
            return Expr.mul(x, Expr.pow(b, lower), d(b));
        }
        return Expr.mul(e, Expr.add(Expr.mul(d(x), Expr.call("Log", b)), Expr.mul(x, d(b), Expr.pow(b, Expr.num(-1)))));
    }

    @Override
    public Expr visitCall(Call e) {
        Builtin b = e.builtin();
        if (b == Builtin.EXP) {
            return Expr.mul(e, d(e.args().get(0)));
        }
        if (b == Builtin.LOG && e.args().size() == 1) {
            return Expr.mul(d(e.args().get(0)), Expr.pow(e.args().get(0), Expr.num(-1)));
        }
        if (b == Builtin.SQRT) {
            return Expr.mul(Expr.frac(1, 2), d(e.args().get(0)), Expr.pow(e, Expr.num(-1)));
        }
        throw new Unsupported("no derivative rule for " + e.function());
    }

    @Override
    public Expr visitSum(Sum e) {
        throw new Unsupported("no derivative rule for a sum depending on " + v);
    }

    @Override
    public Expr visitIntegral(Integral e) {
        throw new Unsupported("no derivative rule for an integral depending on " + v);
    }
}
