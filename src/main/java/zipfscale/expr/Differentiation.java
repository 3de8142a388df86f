package zipfscale.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Symbolic derivatives for {@code Diff(f, x)} and {@code Diff(f, x, n)}: the textbook rules (sum,
 * product, power, chain) and the derivatives of the whitelisted functions where they are classical
 * (Exp, Log, Sqrt, Sin, Cos, Gamma, LogGamma, PolyGamma, Beta, Factorial, Hurwitz zeta in its second
 * argument, the upper incomplete Gamma in its second). Everything else (a function of x without a rule
 * here, Abs, Max, Min, Floor, Ceiling, Boole, ArgMin, an infinite sum or an integral depending on x) is a
 * {@link NotDifferentiableException}, never a guess: the checker then has nothing to check, and the
 * script gets a positioned error.
 *
 * <p>The result is not simplified beyond dropping zero terms and unit factors; the witnesses (Symja,
 * interval arithmetic, 40-digit numbers) work on it as on any other expression.
 */
public final class Differentiation {
    /** Higher derivatives beyond this order are refused (the expressions grow exponentially). */
    public static final int MAX_ORDER = 6;

    private final String x;

    private Differentiation(String x) {
        this.x = x;
    }

    /**
     * Replaces every {@code Diff} call in {@code e} by the derivative it denotes, innermost first; also
     * {@code Subs} (f at a point) and {@code MinValue(f, N)} (f at {@code ArgMin(f, N)}).
     */
    public static Expr expandAll(Expr e) {
        return new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                Expr inner = super.visitCall(c);
                if (inner instanceof Call call && call.builtin() == Builtin.DIFF) {
                    return ofCall(call);
                }
                if (inner instanceof Call call && call.builtin() == Builtin.SUBS) {
                    return atPoint(call);
                }
                if (inner instanceof Call call && call.builtin() == Builtin.MIN_VALUE
                        && call.args().get(1) instanceof Symbol n) {
                    // the minimal value: f at its minimiser, MinValue(f, N) = f(ArgMin(f, N))
                    return Substitution.apply(call.args().get(0), java.util.Map.of(n.name(),
                            new Call(Builtin.ARG_MIN.spelling(), call.args())));
                }
                return inner;
            }
        }.rewrite(e);
    }

    /**
     * The order of {@code Diff(f, x, n)} when the call is well formed (x a name, n absent or an integer
     * 1..MAX_ORDER), otherwise a message saying what is wrong.
     */
    public static String shapeProblem(Call c) {
        if (!(c.args().get(1) instanceof Symbol)) {
            return "the second argument of Diff must be the variable's name";
        }
        if (c.args().size() == 3) {
            if (!(c.args().get(2) instanceof Rational r) || !r.denominator().equals(BigInteger.ONE)
                    || r.numerator().signum() <= 0 || r.numerator().compareTo(BigInteger.valueOf(MAX_ORDER)) > 0) {
                return "the order of Diff must be a whole number from 1 to " + MAX_ORDER;
            }
        }
        return null;
    }

    /**
     * {@code Subs(f, x, a)}: f with x = a, once the derivatives inside f are taken (the caller works
     * innermost first), so that {@code Subs(Diff(f, N), N, Nopt)} is f'(Nopt), not the derivative of a
     * constant.
     */
    private static Expr atPoint(Call c) {
        if (!(c.args().get(1) instanceof Symbol x)) {
            throw new NotDifferentiableException("the variable of 'at' (Subs) must be a name");
        }
        return Substitution.apply(expandAll(c.args().get(0)), java.util.Map.of(x.name(), c.args().get(2)));
    }

    private static Expr ofCall(Call c) {
        String problem = shapeProblem(c);
        if (problem != null) {
            throw new NotDifferentiableException(problem);
        }
        String var = ((Symbol) c.args().get(1)).name();
        int order = c.args().size() == 3 ? ((Rational) c.args().get(2)).numerator().intValueExact() : 1;
        Expr result = c.args().get(0);
        for (int i = 0; i < order; i++) {
            result = derivative(result, var);
        }
        return result;
    }

    /** d e / d x. */
    public static Expr derivative(Expr e, String x) {
        return new Differentiation(x).d(e);
    }

    private boolean free(Expr e) {
        return !FreeSymbols.of(e).contains(x);
    }

    private Expr d(Expr e) {
        if (free(e)) {
            return Expr.num(0);
        }
        if (e instanceof Symbol) {
            return Expr.num(1);   // free(e) is false, so it is x itself
        }
        if (e instanceof Add a) {
            List<Expr> terms = new ArrayList<>();
            for (Expr t : a.terms()) {
                terms.add(d(t));
            }
            return add(terms);
        }
        if (e instanceof Mul m) {
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < m.factors().size(); i++) {
                if (free(m.factors().get(i))) {
                    continue;
                }
                List<Expr> fs = new ArrayList<>(m.factors());
                fs.set(i, d(m.factors().get(i)));
                terms.add(mul(fs));
            }
            return add(terms);
        }
        if (e instanceof Pow p) {
            return pow(p);
        }
        if (e instanceof Call c) {
            return call(c);
        }
        if (e instanceof Sum s) {
            if (!free(s.lower()) || !free(s.upper())) {
                throw new NotDifferentiableException("a sum whose bounds depend on " + x + " has no derivative here");
            }
            if (!(s.lower() instanceof Rational) || !(s.upper() instanceof Rational)) {
                throw new NotDifferentiableException("termwise differentiation of a sum in " + x
                        + " is done only for sums with numeric finite bounds (an infinite sum needs uniform convergence)");
            }
            if (s.index().equals(x)) {
                throw new NotDifferentiableException("the sum's index " + x + " is bound; it cannot be the variable of Diff");
            }
            return new Sum(d(s.body()), s.index(), s.lower(), s.upper());
        }
        throw new NotDifferentiableException("no derivative in " + x + " for an integral that depends on it");
    }

    private Expr pow(Pow p) {
        Expr b = p.base();
        Expr n = p.exponent();
        if (free(n)) {
            // n b^(n-1) b', with n - 1 computed when n is a number
            Expr lowered = n instanceof Rational r
                    ? power(b, Rational.of(r.numerator().subtract(r.denominator()), r.denominator()))
                    : new Pow(b, add(List.of(n, Expr.num(-1))));
            return mul(List.of(n, lowered, d(b)));
        }
        if (free(b)) {
            // b^n log(b) n'
            return mul(List.of(p, Expr.call("Log", b), d(n)));
        }
        // b^n (n' log b + n b'/b)
        return mul(List.of(p, add(List.of(mul(List.of(d(n), Expr.call("Log", b))),
                mul(List.of(n, d(b), new Pow(b, Expr.num(-1))))))));
    }

    private Expr call(Call c) {
        Builtin b = c.builtin();
        if (b == null) {
            throw new NotDifferentiableException("'" + c.function() + "' is not expanded; Diff needs its definition");
        }
        List<Expr> a = c.args();
        Expr u = a.get(0);
        switch (b) {
            case EXP:
                return mul(List.of(c, d(u)));
            case LOG:
                if (a.size() == 2) {
                    // Log(b, y) = Log(y)/Log(b)
                    return d(Expr.div(Expr.call("Log", a.get(1)), Expr.call("Log", a.get(0))));
                }
                return mul(List.of(d(u), new Pow(u, Expr.num(-1))));
            case SQRT:
                return mul(List.of(Expr.frac(1, 2), new Pow(u, Expr.frac(-1, 2)), d(u)));
            case SIN:
                return mul(List.of(Expr.call("Cos", u), d(u)));
            case COS:
                return mul(List.of(Expr.num(-1), Expr.call("Sin", u), d(u)));
            case GAMMA:
                if (a.size() == 1) {
                    return mul(List.of(c, Expr.call("PolyGamma", Expr.num(0), u), d(u)));
                }
                if (!free(u)) {
                    throw new NotDifferentiableException("the incomplete Gamma function has no derivative rule here in its first argument");
                }
                // d/dz Gamma(s, z) = -z^(s-1) e^(-z)
                Expr z = a.get(1);
                return mul(List.of(Expr.num(-1), new Pow(z, add(List.of(u, Expr.num(-1)))),
                        Expr.call("Exp", Expr.neg(z)), d(z)));
            case LOG_GAMMA:
                return mul(List.of(Expr.call("PolyGamma", Expr.num(0), u), d(u)));
            case POLYGAMMA:
                if (!free(u)) {
                    throw new NotDifferentiableException("PolyGamma has no derivative in its order");
                }
                return mul(List.of(Expr.call("PolyGamma", add(List.of(u, Expr.num(1))), a.get(1)), d(a.get(1))));
            case FACTORIAL:
                return d(Expr.call("Gamma", add(List.of(u, Expr.num(1)))));
            case BETA:
                return d(Expr.div(mul(List.of(Expr.call("Gamma", a.get(0)), Expr.call("Gamma", a.get(1)))),
                        Expr.call("Gamma", add(List.of(a.get(0), a.get(1))))));
            case ZETA:
            case HURWITZ_ZETA:
                if (a.size() == 2 && free(u)) {
                    // d/da zeta(s, a) = -s zeta(s + 1, a)
                    return mul(List.of(Expr.num(-1), u, new Call(c.function(),
                            List.of(add(List.of(u, Expr.num(1))), a.get(1))), d(a.get(1))));
                }
                throw new NotDifferentiableException("Zeta has no derivative rule here in its first argument");
            case DIFF:
                return d(ofCall(c));
            case SUBS:
                return d(atPoint(c));
            default:
                throw new NotDifferentiableException(b.spelling() + " is not differentiable everywhere; Diff refuses it");
        }
    }

    /** b^e with the trivial exponents 0 and 1 written out. */
    private static Expr power(Expr b, Rational e) {
        if (e.numerator().signum() == 0) {
            return Expr.num(1);
        }
        if (e.numerator().equals(e.denominator())) {
            return b;
        }
        return new Pow(b, e);
    }

    private static Expr add(List<Expr> terms) {
        List<Expr> kept = new ArrayList<>();
        for (Expr t : terms) {
            if (!isZero(t)) {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            return Expr.num(0);
        }
        return kept.size() == 1 ? kept.get(0) : new Add(kept);
    }

    /** The product with its rational factors multiplied into one leading coefficient (dropped if 1). */
    private static Expr mul(List<Expr> factors) {
        List<Expr> kept = new ArrayList<>();
        BigInteger num = BigInteger.ONE;
        BigInteger den = BigInteger.ONE;
        for (Expr f : factors) {
            if (isZero(f)) {
                return Expr.num(0);
            }
            if (f instanceof Rational r) {
                num = num.multiply(r.numerator());
                den = den.multiply(r.denominator());
            } else {
                kept.add(f);
            }
        }
        Rational c = Rational.of(num, den);
        if (!c.numerator().equals(c.denominator())) {
            kept.add(0, c);
        }
        if (kept.isEmpty()) {
            return Expr.num(1);
        }
        return kept.size() == 1 ? kept.get(0) : new Mul(kept);
    }

    private static boolean isZero(Expr e) {
        return e instanceof Rational r && r.numerator().signum() == 0;
    }
}
