package zipfscale.numerics;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;

/**
 * The summand f(k) of a general sum {@code Sum(f, {k, lo, hi})}, compiled once for a point: every k-free
 * subexpression is folded to its double value (by {@link DoubleEvaluator}), the rest becomes a tree of
 * closures, one evaluating in double (the head) and one on Taylor {@link Jet}s (the Euler-Maclaurin
 * corrections). The k-dependent operations understood are +, *, powers ({@code k^s}, {@code b^k},
 * {@code g^h}), {@code Exp}, {@code Log} (one or two arguments) and {@code Sqrt}; anything else that
 * depends on k (Gamma, Floor, a nested sum, ...) is an {@link EvaluationException} marked unsupported,
 * because Euler-Maclaurin needs a summand that is smooth and whose derivatives the jets can carry.
 *
 * <p>Implementation note: closures rather than a visitor per evaluation, because the double path is on
 * the 50-microsecond budget of {@code eval 'sum(...)'} (a few hundred evaluations per sum).
 */
final class CompiledSummand implements Summand {
    private final DoubleUnaryOperator value;
    private final UnaryOperator<Jet> jet;
    private final String text;

    private CompiledSummand(DoubleUnaryOperator value, UnaryOperator<Jet> jet, String text) {
        this.value = value;
        this.jet = jet;
        this.text = text;
    }

    /** {@code body} as a function of {@code index}, the other symbols taken from {@code env}. */
    static CompiledSummand compile(Expr body, String index, Map<String, Double> env) {
        Compiler c = new Compiler(index, env);
        return new CompiledSummand(c.value(body), c.jet(body), body.toString());
    }

    @Override
    public double at(double k) {
        double v = value.applyAsDouble(k);
        if (!Double.isFinite(v)) {
            throw EvaluationException.undefined("the summand " + text + " is not finite at k = " + k);
        }
        return v;
    }

    @Override
    public Jet at(Jet x) {
        return jet.apply(x);
    }

    /** The integrand of {@code int f(x) dx} in {@code t = log x}: {@code e^t f(e^t)}. */
    double inLog(double t) {
        double x = Math.exp(t);
        return x * value.applyAsDouble(x);
    }

    @Override
    public Estimate integralFrom(double n) {
        return LogSpaceIntegral.from(this::inLog, n);
    }

    /**
     * {@code int_a^b f(x) dx} for {@code 1 <= a <= b}, by adaptive Gauss-Kronrod in {@code t = log x} on
     * panels of width at most 2 (a regularly varying f is smooth on the scale of x, so in t on the scale
     * 1).
     */
    Estimate integral(double a, double b) {
        double ta = Math.log(a);
        double tb = Math.log(b);
        int panels = (int) Math.max(1, Math.ceil((tb - ta) / 2));
        double[] bp = new double[panels + 1];
        for (int i = 0; i <= panels; i++) {
            bp[i] = ta + (tb - ta) * i / panels;
        }
        bp[panels] = tb;
        return GaussKronrod.integrate(this::inLog, bp, 1e-15, 1e-300, 2000);
    }

    /** Compiles the k-dependent part; k-free parts become constants. */
    private static final class Compiler {
        private final String k;
        private final Map<String, Double> env;

        Compiler(String k, Map<String, Double> env) {
            this.k = k;
            this.env = env;
        }

        /**
         * {@code {c, h}} when the sum is {@code c - c Exp(h)} (c free of k, written {@code c + d Exp(h)} with
         * d = -c at the point), to be computed as {@code -c expm1(h)}: added as written, the two terms cancel
         * where h is small (1 - Exp(-x/k^2) at large k keeps no digit of x/k^2 once it is below 1e-16); else null.
         */
        private Expr[] expMinusOne(Add a) {
            if (a.terms().size() != 2) {
                return null;
            }
            for (int i = 0; i < 2; i++) {
                Expr c = a.terms().get(i);
                ExpCancellation.Split sp = ExpCancellation.split(a.terms().get(1 - i));
                if (!free(c) || sp == null || !free(sp.k()) || !(sp.g() != null)) {
                    continue;
                }
                double cv;
                double dv;
                try {
                    cv = constant(c);
                    dv = constant(sp.k());
                } catch (EvaluationException ex) {
                    return null;
                }
                if (cv != 0 && Double.isFinite(cv) && cv == -dv) {
                    return new Expr[] {c, sp.g()};
                }
            }
            return null;
        }

        private boolean free(Expr e) {
            return !FreeSymbols.of(e).contains(k);
        }

        private double constant(Expr e) {
            return DoubleEvaluator.evaluate(e, env);
        }

        DoubleUnaryOperator value(Expr e) {
            if (free(e)) {
                double c = constant(e);
                return x -> c;
            }
            if (e instanceof Symbol) {
                return x -> x;
            }
            if (e instanceof Add a && expMinusOne(a) != null) {
                Expr[] ce = expMinusOne(a);
                double c = constant(ce[0]);
                DoubleUnaryOperator h = value(ce[1]);
                return x -> -c * Math.expm1(h.applyAsDouble(x));
            }
            if (e instanceof Add a) {
                DoubleUnaryOperator[] t = all(a.terms());
                return x -> {
                    double s = 0;
                    for (DoubleUnaryOperator f : t) {
                        s += f.applyAsDouble(x);
                    }
                    return s;
                };
            }
            if (e instanceof Mul m) {
                DoubleUnaryOperator[] t = all(m.factors());
                return x -> {
                    double p = 1;
                    for (DoubleUnaryOperator f : t) {
                        p *= f.applyAsDouble(x);
                    }
                    return p;
                };
            }
            if (e instanceof Pow p) {
                DoubleUnaryOperator b = value(p.base());
                if (free(p.exponent())) {
                    double s = constant(p.exponent());
                    Rational exact = p.exponent() instanceof Rational r ? r : null;
                    if (s == 1) {
                        return b;
                    }
                    if (s == -1) {
                        return x -> 1 / b.applyAsDouble(x);
                    }
                    return x -> DoubleEvaluator.power(b.applyAsDouble(x), s, exact);
                }
                DoubleUnaryOperator h = value(p.exponent());
                return x -> Math.exp(h.applyAsDouble(x) * log(b.applyAsDouble(x)));
            }
            if (e instanceof Call c && c.args().size() == 1) {
                DoubleUnaryOperator g = value(c.args().get(0));
                switch (c.function()) {
                    case "Exp": return x -> Math.exp(g.applyAsDouble(x));
                    case "Log": return x -> log(g.applyAsDouble(x));
                    case "Sqrt": return x -> DoubleEvaluator.power(g.applyAsDouble(x), 0.5, Rational.of(
                            java.math.BigInteger.ONE, java.math.BigInteger.TWO));
                    default: break;
                }
            }
            if (e instanceof Call c && c.function().equals("Log") && c.args().size() == 2) {
                DoubleUnaryOperator base = value(c.args().get(0));
                DoubleUnaryOperator g = value(c.args().get(1));
                return x -> log(g.applyAsDouble(x)) / log(base.applyAsDouble(x));
            }
            throw unsupported(e);
        }

        UnaryOperator<Jet> jet(Expr e) {
            if (free(e)) {
                double c = constant(e);
                return x -> Jet.constant(c, x.order());
            }
            if (e instanceof Symbol) {
                return x -> x;
            }
            if (e instanceof Add a && expMinusOne(a) != null) {
                Expr[] ce = expMinusOne(a);
                double c = constant(ce[0]);
                UnaryOperator<Jet> h = jet(ce[1]);
                return x -> h.apply(x).expm1().times(-c);
            }
            if (e instanceof Add a) {
                List<UnaryOperator<Jet>> t = a.terms().stream().map(this::jet).toList();
                return x -> {
                    Jet s = t.get(0).apply(x);
                    for (int i = 1; i < t.size(); i++) {
                        s = s.plus(t.get(i).apply(x));
                    }
                    return s;
                };
            }
            if (e instanceof Mul m) {
                List<UnaryOperator<Jet>> t = m.factors().stream().map(this::jet).toList();
                return x -> {
                    Jet p = t.get(0).apply(x);
                    for (int i = 1; i < t.size(); i++) {
                        p = p.times(t.get(i).apply(x));
                    }
                    return p;
                };
            }
            if (e instanceof Pow p) {
                UnaryOperator<Jet> b = jet(p.base());
                if (free(p.exponent())) {
                    double s = constant(p.exponent());
                    if (s == Math.rint(s) && Math.abs(s) <= 64) {
                        int n = (int) s;
                        return x -> integerPower(b.apply(x), n);
                    }
                    return x -> positive(b.apply(x), "a non-integer power").pow(s);
                }
                UnaryOperator<Jet> h = jet(p.exponent());
                return x -> h.apply(x).times(positive(b.apply(x), "a variable power").log()).exp();
            }
            if (e instanceof Call c && c.args().size() == 1) {
                UnaryOperator<Jet> g = jet(c.args().get(0));
                switch (c.function()) {
                    case "Exp": return x -> g.apply(x).exp();
                    case "Log": return x -> positive(g.apply(x), "log").log();
                    case "Sqrt": return x -> positive(g.apply(x), "a square root").pow(0.5);
                    default: break;
                }
            }
            if (e instanceof Call c && c.function().equals("Log") && c.args().size() == 2) {
                UnaryOperator<Jet> base = jet(c.args().get(0));
                UnaryOperator<Jet> g = jet(c.args().get(1));
                return x -> positive(g.apply(x), "log").log().dividedBy(positive(base.apply(x), "log").log());
            }
            throw unsupported(e);
        }

        private DoubleUnaryOperator[] all(List<Expr> es) {
            DoubleUnaryOperator[] r = new DoubleUnaryOperator[es.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = value(es.get(i));
            }
            return r;
        }

        private EvaluationException unsupported(Expr e) {
            return EvaluationException.unsupported("no Euler-Maclaurin rule for a " + e.getClass().getSimpleName() + " node in " + k
                    + " (smooth summands built from +, *, ^, Exp, Log, Sqrt)");
        }
    }

    static Jet integerPower(Jet b, int n) {
        Jet r = Jet.constant(1, b.order());
        for (int i = 0; i < Math.abs(n); i++) {
            r = r.times(b);
        }
        return n < 0 ? r.reciprocal() : r;
    }

    private static Jet positive(Jet j, String what) {
        if (!(j.value() > 0)) {
            throw EvaluationException.undefined(what + " of a non-positive number in the summand");
        }
        return j;
    }

    private static double log(double x) {
        if (!(x > 0)) {
            throw EvaluationException.undefined("log of a non-positive number in the summand");
        }
        return Math.log(x);
    }
}
