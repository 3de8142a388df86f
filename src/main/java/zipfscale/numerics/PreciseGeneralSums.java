package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * {@link GeneralSums} in high precision: the summand compiled once onto {@link ApJet}s (order 0 for the
 * head's values, order 61 for 30 Bernoulli corrections at each end), k-free parts folded by
 * {@link PreciseEvaluator}; the integral by tanh-sinh in {@code t = log x} on panels of width at most 8
 * (a finite upper bound), or on doubling panels until the integrand is below {@code 10^-(digits+10)} of
 * its peak plus an exponential-tail estimate counted twice in the error (an infinite one). The cut-off N
 * goes from lo + 32 upwards (x4) until the first omitted correction is below {@code 10^-(digits+4)} of
 * the sum. Convergence of an infinite sum is established by {@link SummandDecay} first, as in double.
 * Up to 30 digits a pure power summand {@code c k^-s} first tries {@link FastPreciseZipfSums#powerSum}.
 */
public final class PreciseGeneralSums {
    private static final int M = 30;
    private static final long MAX_HEAD = 1 << 13;

    private PreciseGeneralSums() {
    }

    /** The sum at the point {@code env} to {@code digits} digits, with its error bound. */
    public static PreciseEstimate sum(Sum s, Map<String, Apfloat> env, int digits) {
        long prec = PreciseDigits.working(digits);
        java.util.Optional<PreciseEstimate> powerLog = fastPowerLog(s, env, digits, prec);
        if (powerLog.isPresent()) {
            return powerLog.get();
        }
        Map<String, Double> denv = new java.util.HashMap<>();
        env.forEach((k, v) -> denv.put(k, v.doubleValue()));
        Apfloat lo = PreciseEvaluator.evaluateApfloat(s.lower(), env, prec);
        if (!lo.isInteger()) {
            throw EvaluationException.undefined("the first index of a sum must be a whole number");
        }
        // whole numbers as Apint have infinite precision, which Elementary.log would honour up to 10^4 digits
        lo = ExactApfloat.integer(lo.floor().toBigInteger(), prec);
        Compiler compiler = new Compiler(s.index(), env, prec);
        PowerSums.Shape power = PowerSums.match(new Sum(s.body(), s.index(), s.lower(), Constant.INFINITY));
        Apfloat[] cs = power == null ? null : new Apfloat[] {PreciseEvaluator.evaluateApfloat(power.constant(), env, prec),
            PreciseEvaluator.evaluateApfloat(power.exponent(), env, prec)};
        java.util.Optional<PreciseEstimate> fast = fastPower(s, env, cs, lo, digits, prec);
        if (fast.isPresent()) {
            return fast.get();
        }
        Summand f = new Summand(compiler.jet(s.body()), compiler.value(s.body()), cs);
        try {
            if (s.upper() instanceof Constant c && c.kind() == Constant.Kind.INFINITY) {
                String why = SummandDecay.whyNotConvergent(s.body(), s.index(), denv);
                if (why != null) {
                    throw EvaluationException.unsupported("the infinite sum is not evaluated here: " + why);
                }
                return eulerMaclaurin(f, lo, null, digits, prec);
            }
            // a last index that is not whole means its floor, as in double
            Apfloat hi = ExactApfloat.integer(PreciseEvaluator.evaluateApfloat(s.upper(), env, prec).floor().toBigInteger(), prec);
            return eulerMaclaurin(f, lo, hi, digits, prec);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            throw EvaluationException.unsupported("the sum could not be evaluated: " + ex.getMessage());
        }
    }

    /**
     * A summand {@code c k^-s (log k)^L} up to 30 digits by {@link FastPreciseZipfSums#powerLogSum}, before any
     * jet is compiled; empty for other summands, bounds that are not whole numbers below 2^53, and answers
     * whose bound is too wide (an infinite sum with s <= 1 is refused there and left to the general path,
     * which explains why it diverges).
     */
    private static java.util.Optional<PreciseEstimate> fastPowerLog(Sum s, Map<String, Apfloat> env, int digits, long prec) {
        if (digits > FastPreciseZipfSums.MAX_DIGITS) {
            return java.util.Optional.empty();
        }
        try {
            DDPowerLogForm form = DDPowerLogForm.match(s.body(), s.index(), env, prec);
            if (form == null) {
                return java.util.Optional.empty();
            }
            java.math.BigInteger lo = wholeBound(s.lower(), env, prec, false);
            boolean infinite = s.upper() instanceof Constant c && c.kind() == Constant.Kind.INFINITY;
            java.math.BigInteger hi = infinite ? null : wholeBound(s.upper(), env, prec, true);
            if (lo == null || (!infinite && hi.compareTo(lo) < 0)) {
                return java.util.Optional.empty();
            }
            return FastPreciseZipfSums.powerLogSum(form, lo, hi, digits, prec);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException | EvaluationException ex) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A bound as a whole number: a whole rational directly, else its value's floor (a last index that is not
     * whole means its floor, as in the general path); null for a first index that is not whole (the general
     * path refuses it).
     */
    private static java.math.BigInteger wholeBound(Expr e, Map<String, Apfloat> env, long prec, boolean floor) {
        if (e instanceof zipfscale.expr.Rational r && r.isInteger()) {
            return r.numerator();
        }
        Apfloat v = PreciseEvaluator.evaluateApfloat(e, env, prec);
        return floor || v.isInteger() ? v.floor().toBigInteger() : null;
    }

    /** A pure power summand up to 30 digits by {@link FastPreciseZipfSums#powerSum}, before any jet is compiled. */
    private static java.util.Optional<PreciseEstimate> fastPower(Sum s, Map<String, Apfloat> env, Apfloat[] cs, Apfloat lo,
            int digits, long prec) {
        if (cs == null || digits > FastPreciseZipfSums.MAX_DIGITS) {
            return java.util.Optional.empty();
        }
        try {
            boolean infinite = s.upper() instanceof Constant c && c.kind() == Constant.Kind.INFINITY;
            Apfloat hi = infinite ? null
                    : ExactApfloat.integer(PreciseEvaluator.evaluateApfloat(s.upper(), env, prec).floor().toBigInteger(), prec);
            return FastPreciseZipfSums.powerSum(cs[0], cs[1], lo, hi, digits, prec);
        } catch (ArithmeticException | org.apfloat.ApfloatRuntimeException | EvaluationException ex) {
            return java.util.Optional.empty();
        }
    }

    /** The summand on jets and, for values, as a function of x and log x (one exp per power, not four). */
    private record Summand(UnaryOperator<ApJet> jet, Value value, Apfloat[] power) {
        ApJet apply(ApJet x) {
            return jet.apply(x);
        }
    }

    /** f at x, with {@code log x} when the caller has it (else null, computed on demand). */
    private interface Value {
        Apfloat at(Apfloat x, Apfloat[] logx);
    }

    private static Apfloat logOf(Apfloat x, Apfloat[] logx) {
        if (logx[0] == null) {
            logx[0] = Elementary.log(x);
        }
        return logx[0];
    }

    private static Apfloat value(Summand f, Apfloat k, long prec) {
        return f.value().at(k.precision(prec), new Apfloat[1]);
    }

    /** {@code hi == null}: the infinite sum. */
    private static PreciseEstimate eulerMaclaurin(Summand f, Apfloat lo, Apfloat hi, int digits, long prec) {
        Apfloat zero = new Apfloat(0, prec);
        Apfloat target = ExactApfloat.tenToThe(-(digits + 4L), prec);
        Apfloat head = zero;
        Apfloat headAbs = zero;
        Apfloat done = lo;
        for (long off = 32; ; off *= 4) {
            Apfloat n = ApfloatMath.max(new Apfloat(32, prec), lo.add(new Apfloat(off, prec)));
            boolean direct = off > MAX_HEAD || (hi != null && n.compareTo(hi.subtract(new Apfloat(2, prec))) >= 0);
            Apfloat stop = direct && hi != null ? hi.add(new Apfloat(1, prec)) : n;
            if (direct && hi == null) {
                throw new ArithmeticException("Euler-Maclaurin did not converge with a head of " + off + " terms");
            }
            if (direct && stop.subtract(done).compareTo(new Apfloat(PreciseEvaluator.MAX_TERMS, prec)) > 0) {
                throw new ArithmeticException("Euler-Maclaurin did not converge, and the sum is too long to add");
            }
            for (Apfloat k = done; k.compareTo(stop) < 0; k = k.add(new Apfloat(1, prec))) {
                Apfloat t = value(f, k, prec);
                head = head.add(t);
                headAbs = headAbs.add(ApfloatMath.abs(t));
            }
            done = stop;
            if (direct) {
                Apfloat err = headAbs.multiply(ExactApfloat.tenToThe(-prec + 2, prec))
                        .multiply(stop.subtract(lo).add(new Apfloat(10, prec)));
                return new PreciseEstimate(head, err, digits, "added term by term");
            }
            ApJet a = f.apply(ApJet.variable(n, 2 * M + 1, prec));
            ApJet b = hi == null ? null : f.apply(ApJet.variable(hi, 2 * M + 1, prec));
            Apfloat half = new Apfloat(1, prec).divide(new Apfloat(2, prec));
            Apfloat corr = a.value().add(b == null ? zero : b.value()).multiply(half);
            Apfloat last = zero;
            boolean decreasing = true;
            for (int j = 1; j <= M; j++) {
                Apfloat bj = Bernoulli.over2j(j, prec);
                Apfloat ta = bj.multiply(a.coefficient(2 * j - 1));
                Apfloat tb = b == null ? zero : bj.multiply(b.coefficient(2 * j - 1));
                corr = corr.add(tb).subtract(ta);
                Apfloat size = ApfloatMath.abs(ta).add(ApfloatMath.abs(tb));
                if (j > 2 && size.compareTo(last) > 0) {
                    decreasing = false;
                }
                last = size;
            }
            Apfloat bm = ApfloatMath.abs(Bernoulli.over2j(M + 1, prec));
            Apfloat omitted = bm.multiply(ApfloatMath.abs(a.coefficient(2 * M + 1))
                    .add(b == null ? zero : ApfloatMath.abs(b.coefficient(2 * M + 1))));
            Apfloat[] integral = hi == null ? integralToInfinity(f, n, digits, prec) : integral(f, n, hi, digits, prec);
            Apfloat total = head.add(integral[0]).add(corr);
            Apfloat small = target.multiply(ApfloatMath.abs(total));
            boolean converged = omitted.compareTo(small) <= 0 && (decreasing || last.compareTo(small) <= 0);
            if (converged) {
                Apfloat scale = headAbs.add(ApfloatMath.abs(integral[0])).add(ApfloatMath.abs(corr));
                Apfloat rounding = scale.multiply(new Apfloat(off + 100, prec))
                        .multiply(ExactApfloat.tenToThe(-prec + 2, prec));
                Apfloat err = integral[1].add(omitted.multiply(new Apfloat(4, prec))).add(rounding);
                return new PreciseEstimate(total, err, digits, "general sum: head + Euler-Maclaurin at N = "
                        + n.toString(true) + (f.power() != null ? ", integral in closed form" : ", integral by tanh-sinh in log x"));
            }
        }
    }

    private static Apfloat inLog(Summand f, Apfloat t, long prec) {
        Apfloat x = Elementary.exp(t);
        return x.multiply(f.value().at(x, new Apfloat[] {t}));
    }

    /**
     * {@code int_a^b c x^-s dx} in closed form for a power summand (b null: to infinity, s > 1), else null.
     * The error is the rounding of a few operations at the working precision, counted generously.
     */
    private static Apfloat[] powerIntegral(Summand f, Apfloat a, Apfloat b, long prec) {
        if (f.power() == null) {
            return null;
        }
        Apfloat c = f.power()[0];
        Apfloat sm1 = f.power()[1].subtract(new Apfloat(1, prec));
        Apfloat v;
        if (sm1.signum() == 0) {
            if (b == null) {
                return null;
            }
            v = c.multiply(Elementary.log(b).subtract(Elementary.log(a)));
        } else {
            Apfloat fa = Elementary.exp(sm1.negate().multiply(Elementary.log(a)));
            Apfloat fb = b == null ? new Apfloat(0, prec) : Elementary.exp(sm1.negate().multiply(Elementary.log(b)));
            v = c.multiply(fa.subtract(fb)).divide(sm1);
        }
        Apfloat err = ApfloatMath.abs(v).add(ApfloatMath.abs(c)).multiply(ExactApfloat.tenToThe(-prec + 4, prec));
        return new Apfloat[] {v, err};
    }

    private static Apfloat[] integral(Summand f, Apfloat a, Apfloat b, int digits, long prec) {
        Apfloat[] closed = powerIntegral(f, a, b, prec);
        if (closed != null) {
            return closed;
        }
        Apfloat ta = Elementary.log(a);
        Apfloat tb = Elementary.log(b);
        int panels = (int) Math.max(1, Math.ceil(tb.subtract(ta).doubleValue() / 8));
        Apfloat width = tb.subtract(ta).divide(new Apfloat(panels, prec));
        Apfloat tol = relativeTolerance(ExactApfloat.tenToThe(-(digits + 5L), prec),
                ApfloatMath.max(ApfloatMath.abs(inLog(f, ta, prec)), ApfloatMath.abs(inLog(f, tb, prec))));
        Apfloat sum = new Apfloat(0, prec);
        Apfloat err = new Apfloat(0, prec);
        for (int i = 0; i < panels; i++) {
            Apfloat l = ta.add(width.multiply(new Apfloat(i, prec)));
            Apfloat r = i == panels - 1 ? tb : l.add(width);
            Apfloat[] p = TanhSinh.integrate(t -> inLog(f, t, prec), l, r, tol, prec);
            sum = sum.add(p[0]);
            err = err.add(p[1]);
        }
        return new Apfloat[] {sum, err};
    }

    /**
     * The quadrature tolerance {@code 10^-(digits+5)} times the integrand's size at the ends when that is
     * below 1: {@link TanhSinh} reads its tolerance as absolute, and for a tiny integral (a sum from
     * k = 10^6 of k^-8.6 log k, about 4.5e-46) it accepted the second level with a bound of 5e-91 while
     * the value was 1e-25 off relative (found by the honesty sweep of issue 17, against mpmath).
     */
    private static Apfloat relativeTolerance(Apfloat tol, Apfloat size) {
        return size.signum() > 0 && size.compareTo(new Apfloat(1)) < 0 ? tol.multiply(size) : tol;
    }

    private static Apfloat[] integralToInfinity(Summand f, Apfloat n, int digits, long prec) {
        Apfloat[] closed = powerIntegral(f, n, null, prec);
        if (closed != null) {
            return closed;
        }
        Apfloat t0 = Elementary.log(n);
        Apfloat cut = ExactApfloat.tenToThe(-(digits + 10L), prec);
        Apfloat peak = ApfloatMath.abs(inLog(f, t0, prec));
        Apfloat tol = relativeTolerance(ExactApfloat.tenToThe(-(digits + 5L), prec), peak);
        Apfloat sum = new Apfloat(0, prec);
        Apfloat err = new Apfloat(0, prec);
        Apfloat t = t0;
        for (long step = 1; ; step *= 2) {
            if (step > 1 << 16) {
                throw new ArithmeticException("the integrand does not decay fast enough in log x");
            }
            Apfloat next = t.add(new Apfloat(step, prec));
            Apfloat[] p = TanhSinh.integrate(u -> inLog(f, u, prec), t, next, tol, prec);
            sum = sum.add(p[0]);
            err = err.add(p[1]);
            t = next;
            Apfloat v = ApfloatMath.abs(inLog(f, t, prec));
            peak = ApfloatMath.max(peak, v);
            if (v.compareTo(cut.multiply(peak)) < 0 && step >= 8) {
                Apfloat v1 = ApfloatMath.abs(inLog(f, t.add(new Apfloat(1, prec)), prec));
                if (v1.signum() == 0 || v.signum() == 0) {
                    return new Apfloat[] {sum, err};
                }
                Apfloat lambda = Elementary.log(v.divide(v1));
                if (lambda.signum() <= 0) {
                    throw new ArithmeticException("the integrand does not decrease beyond t = " + t);
                }
                Apfloat tail = inLog(f, t, prec).divide(lambda);
                return new Apfloat[] {sum.add(tail), err.add(ApfloatMath.abs(tail).multiply(new Apfloat(2, prec)))};
            }
        }
    }

    /** The summand on ApJets; k-free parts folded once. */
    private static final class Compiler {
        private final String k;
        private final Map<String, Apfloat> env;
        private final long prec;

        Compiler(String k, Map<String, Apfloat> env, long prec) {
            this.k = k;
            this.env = env;
            this.prec = prec;
        }

        UnaryOperator<ApJet> jet(Expr e) {
            if (!FreeSymbols.of(e).contains(k)) {
                Apfloat c = PreciseEvaluator.evaluateApfloat(e, env, prec);
                return x -> ApJet.constant(c, x.order(), prec);
            }
            if (e instanceof Symbol) {
                return x -> x;
            }
            if (e instanceof Add a) {
                List<UnaryOperator<ApJet>> t = all(a.terms());
                return x -> {
                    ApJet s = t.get(0).apply(x);
                    for (int i = 1; i < t.size(); i++) {
                        s = s.plus(t.get(i).apply(x));
                    }
                    return s;
                };
            }
            if (e instanceof Mul m) {
                List<UnaryOperator<ApJet>> t = all(m.factors());
                return x -> {
                    ApJet p = t.get(0).apply(x);
                    for (int i = 1; i < t.size(); i++) {
                        p = p.times(t.get(i).apply(x));
                    }
                    return p;
                };
            }
            if (e instanceof Pow p) {
                UnaryOperator<ApJet> b = jet(p.base());
                if (!FreeSymbols.of(p.exponent()).contains(k)) {
                    Apfloat s = PreciseEvaluator.evaluateApfloat(p.exponent(), env, prec);
                    if (s.isInteger() && s.doubleValue() >= -64 && s.doubleValue() <= 64) {
                        int n = s.intValue();
                        return x -> integerPower(b.apply(x), n);
                    }
                    return x -> positive(b.apply(x), "a non-integer power").pow(s);
                }
                UnaryOperator<ApJet> h = jet(p.exponent());
                return x -> h.apply(x).times(positive(b.apply(x), "a variable power").log()).exp();
            }
            if (e instanceof Call c && c.args().size() == 1) {
                UnaryOperator<ApJet> g = jet(c.args().get(0));
                switch (c.function()) {
                    case "Exp": return x -> g.apply(x).exp();
                    case "Log": return x -> positive(g.apply(x), "log").log();
                    case "Sqrt": return x -> positive(g.apply(x), "a square root").pow(new Apfloat("0.5", prec));
                    default: break;
                }
            }
            if (e instanceof Call c && c.function().equals("Log") && c.args().size() == 2) {
                UnaryOperator<ApJet> base = jet(c.args().get(0));
                UnaryOperator<ApJet> g = jet(c.args().get(1));
                return x -> positive(g.apply(x), "log").log().dividedBy(positive(base.apply(x), "log").log());
            }
            throw EvaluationException.unsupported("no Euler-Maclaurin rule for a " + e.getClass().getSimpleName() + " node in " + k
                    + " (smooth summands built from +, *, ^, Exp, Log, Sqrt)");
        }

        Value value(Expr e) {
            if (!FreeSymbols.of(e).contains(k)) {
                Apfloat c = PreciseEvaluator.evaluateApfloat(e, env, prec);
                return (x, l) -> c;
            }
            if (e instanceof Symbol) {
                return (x, l) -> x;
            }
            if (e instanceof Add a) {
                List<Value> t = a.terms().stream().map(this::value).toList();
                return (x, l) -> {
                    Apfloat s = t.get(0).at(x, l);
                    for (int i = 1; i < t.size(); i++) {
                        s = s.add(t.get(i).at(x, l));
                    }
                    return s;
                };
            }
            if (e instanceof Mul m) {
                List<Value> t = m.factors().stream().map(this::value).toList();
                return (x, l) -> {
                    Apfloat p = t.get(0).at(x, l);
                    for (int i = 1; i < t.size(); i++) {
                        p = p.multiply(t.get(i).at(x, l));
                    }
                    return p;
                };
            }
            if (e instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(k)) {
                Apfloat s = PreciseEvaluator.evaluateApfloat(p.exponent(), env, prec);
                if (s.isInteger() && s.doubleValue() >= -64 && s.doubleValue() <= 64) {
                    int n = s.intValue();
                    Value b = value(p.base());
                    return (x, l) -> {
                        Apfloat v = b.at(x, l);
                        if (n < 0 && v.signum() == 0) {
                            throw EvaluationException.undefined("division by zero in the summand");
                        }
                        return org.apfloat.ApfloatMath.pow(v, n);
                    };
                }
                if (p.base() instanceof Symbol) {
                    return (x, l) -> Elementary.exp(s.multiply(logOf(x, l)));
                }
            }
            if (e instanceof Call c && c.function().equals("Log") && c.args().size() == 1
                    && c.args().get(0) instanceof Symbol) {
                return (x, l) -> logOf(x, l);
            }
            UnaryOperator<ApJet> j = jet(e);
            return (x, l) -> j.apply(ApJet.variable(x, 0, prec)).value();
        }

        private List<UnaryOperator<ApJet>> all(List<Expr> es) {
            List<UnaryOperator<ApJet>> r = new ArrayList<>();
            for (Expr x : es) {
                r.add(jet(x));
            }
            return r;
        }

        private ApJet integerPower(ApJet b, int n) {
            ApJet r = ApJet.constant(new Apfloat(1, prec), b.order(), prec);
            for (int i = 0; i < Math.abs(n); i++) {
                r = r.times(b);
            }
            return n < 0 ? r.reciprocal() : r;
        }
    }

    private static ApJet positive(ApJet j, String what) {
        if (j.value().signum() <= 0) {
            throw EvaluationException.undefined(what + " of a non-positive number in the summand");
        }
        return j;
    }
}
