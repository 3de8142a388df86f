package zipfscale.numerics;

import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Interval arithmetic over an expression: encloses its value for all parameter values in the given
 * boxes. The sign of the enclosure, when it has one, is a proof of the sign of the expression; it is the
 * symbolic witness of inequalities (after Symja has brought the difference to a simple form). What it
 * cannot bound it encloses in (-inf, inf), never a guess.
 */
public final class IntervalEvaluator implements Expr.Visitor<Interval> {
    private final Map<String, Interval> boxes;

    public IntervalEvaluator(Map<String, Interval> boxes) {
        this.boxes = Map.copyOf(boxes);
    }

    public Interval enclose(Expr e) {
        return e.accept(this);
    }

    @Override
    public Interval visitRational(Rational e) {
        double v = e.doubleValue();
        return e.isInteger() && Math.abs(v) < 1e15 ? Interval.exact(v) : Interval.point(v);
    }

    @Override
    public Interval visitDecimal(Decimal e) {
        return Interval.point(e.value().doubleValue());
    }

    @Override
    public Interval visitSymbol(Symbol e) {
        return boxes.getOrDefault(e.name(), Interval.ALL);
    }

    @Override
    public Interval visitConstant(Constant e) {
        switch (e.kind()) {
            case PI: return Interval.point(Math.PI);
            case EULER_GAMMA: return Interval.point(0.5772156649015329);
            default: return new Interval(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
    }

    @Override
    public Interval visitAdd(Add e) {
        Interval s = Interval.exact(0);
        for (Expr t : e.terms()) {
            s = s.plus(t.accept(this));
        }
        return s;
    }

    @Override
    public Interval visitMul(Mul e) {
        Interval p = Interval.exact(1);
        for (Expr f : e.factors()) {
            p = p.times(f.accept(this));
        }
        return p;
    }

    @Override
    public Interval visitPow(Pow e) {
        Interval b = e.base().accept(this);
        if (e.exponent() instanceof Rational r && r.isInteger() && Math.abs(r.doubleValue()) <= 64) {
            int n = (int) r.doubleValue();
            if (n < 0) {
                b = reciprocal(b);
                if (b == null) {
                    return Interval.ALL;
                }
                n = -n;
            }
            Interval p = Interval.exact(1);
            for (int i = 0; i < n; i++) {
                p = p.times(b);
            }
            if (n % 2 == 0 && p.lo() < 0) {
                p = new Interval(0, p.hi());
            }
            return p;
        }
        Interval x = e.exponent().accept(this);
        if (!b.positive()) {
            return Interval.ALL;
        }
        double l1 = Math.log(b.lo());
        double l2 = Math.log(b.hi());
        double[] c = {x.lo() * l1, x.lo() * l2, x.hi() * l1, x.hi() * l2};
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (double v : c) {
            if (Double.isNaN(v)) {
                return Interval.above(0, true);
            }
            mn = Math.min(mn, v);
            mx = Math.max(mx, v);
        }
        // y*log(x) carries a relative error of a few ulps; widen by 1e-15 (|t| + 1) before exponentiating
        double lo = Math.exp(mn - (Math.abs(mn) + 1) * 1e-15);
        double hi = Math.exp(mx + (Math.abs(mx) + 1) * 1e-15);
        // a positive base to a real power is positive
        return new Interval(Math.max(0, Interval.down(lo)), Interval.up(hi), true, false);
    }

    private static Interval reciprocal(Interval b) {
        return b.reciprocal();
    }

    @Override
    public Interval visitCall(Call e) {
        Builtin b = e.builtin();
        List<Expr> a = e.args();
        if (b == null) {
            return Interval.ALL;
        }
        if (b == Builtin.BOOLE) {
            return new Interval(0, 1);
        }
        Interval x = a.get(0).accept(this);
        switch (b) {
            case EXP: {
                Interval r = x.increasing(Math::exp);
                return new Interval(Math.max(0, r.lo()), r.hi(), true, false);
            }
            case LOG:
                if (a.size() == 1 && x.lo() > 0) {
                    return x.increasing(Math::log); // Math.log is within 1 ulp; increasing() widens by one more
                }
                return Interval.ALL;
            case SQRT:
                if (x.lo() < 0) {
                    return Interval.ALL;
                }
                Interval r = x.increasing(Math::sqrt);
                return new Interval(Math.max(0, r.lo()), r.hi(), x.positive(), false);
            case ABS:
                return new Interval(x.lo() > 0 ? x.lo() : x.hi() < 0 ? -x.hi() : 0,
                        Math.max(Math.abs(x.lo()), Math.abs(x.hi())));
            case GAMMA:
                // Gamma(x) >= 0.8856 for x > 0 (its minimum on (0, inf) is 0.88560... at x = 1.46163...)
                if (a.size() == 1 && x.positive()) {
                    return Interval.above(0.8856, false);
                }
                return a.size() == 1 ? gammaBetweenPoles(x) : Interval.ALL;
            case ZETA:
                // zeta(s) > 1 for real s > 1
                if (a.size() == 1 && (x.lo() > 1 || (x.lo() == 1 && x.loOpen()))) {
                    return Interval.above(1, true);
                }
                // zeta(s) < 0 for real -2 < s < 1: zeta(0) = -1/2, its only real zeros are -2, -4, ... (DLMF 25.6.1,
                // 25.10 "trivial zeros") and it tends to -infinity as s -> 1 from below (pole of residue 1)
                if (a.size() == 1 && x.lo() > -2 && (x.hi() < 1 || (x.hi() == 1 && x.hiOpen()))) {
                    return new Interval(Double.NEGATIVE_INFINITY, 0, false, true);
                }
                return Interval.ALL;
            case BETA: {
                Interval y = a.get(1).accept(this);
                return x.positive() && y.positive() ? Interval.above(0, true) : Interval.ALL;
            }
            case MAX:
            case MIN: {
                double lo = x.lo();
                double hi = x.hi();
                for (int i = 1; i < a.size(); i++) {
                    Interval y = a.get(i).accept(this);
                    lo = b == Builtin.MAX ? Math.max(lo, y.lo()) : Math.min(lo, y.lo());
                    hi = b == Builtin.MAX ? Math.max(hi, y.hi()) : Math.min(hi, y.hi());
                }
                return new Interval(lo, hi);
            }
            default:
                return Interval.ALL;
        }
    }

    /**
     * Gamma on an interval inside one gap (-n-1, -n) between its poles (n >= 0 whole): of sign (-1)^(n+1)
     * there (Gamma(x) = Gamma(x + n + 1)/(x (x+1) ... (x+n)), DLMF 5.5.1, with n + 1 negative factors below);
     * else the whole line.
     */
    private static Interval gammaBetweenPoles(Interval x) {
        if (!(x.hi() < 0 || (x.hi() == 0 && x.hiOpen())) || !Double.isFinite(x.lo()) || x.lo() < -1e6) {
            return Interval.ALL;
        }
        double n = Math.abs(Math.floor(-x.hi()));
        // inside (-n-1, -n): lo > -n-1 and hi < -n (strictly, or an open end at the pole)
        boolean below = x.hi() < -n || (x.hi() == -n && x.hiOpen());
        boolean above = x.lo() > -n - 1 || (x.lo() == -n - 1 && x.loOpen());
        if (x.hi() == -n && !x.hiOpen() || !below || !above) {
            return Interval.ALL;
        }
        boolean negative = ((long) n) % 2 == 0;
        return negative ? new Interval(Double.NEGATIVE_INFINITY, 0, false, true) : Interval.above(0, true);
    }

    @Override
    public Interval visitSum(Sum e) {
        return Interval.ALL;
    }

    @Override
    public Interval visitIntegral(Integral e) {
        return Interval.ALL;
    }
}
