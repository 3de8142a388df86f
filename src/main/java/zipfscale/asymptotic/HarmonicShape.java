package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * A harmonic sum as the Mellin rule reads it (Flajolet-Gourdon-Dumas 1995, eq. (1)):
 * <pre>
 *   Sum(F x^e lambda_k g(mu_k t), {k, L, Infinity}),  lambda_k = c k^a (Log k)^m,  mu_k = k^b,  t = A x^gamma,
 * </pre>
 * with F, c, a, b, A, gamma free of k and x, m a whole number >= 0, b != 0, gamma != 0, L a whole number >= 1
 * and g(u) a kernel expression in u alone. Zipf weights {@code p(k) := k^(-alpha)/Z} (script functions) are
 * read through their definitions, so {@code p(k)^j g(D p(k))} is {@code lambda = Z^-j k^(-alpha j)},
 * {@code mu = k^(-alpha)}, {@code t = D/Z}; a kernel of {@code k/n} is {@code mu = k}, {@code t = 1/n}.
 *
 * <p>The kernel argument {@code A x^gamma k^b} is found as a product node with a power of k, a power of x and
 * factors free of both (its sign removed); every product node with the same factors (up to sign) is
 * replaced by u, and what is left must be free of k and x.
 *
 * @param c the constant factor of lambda (with the k-free, x-free factors of the summand)
 * @param xPower the exponent e of a factor x^e of the summand outside the kernel
 * @param a the power of k in lambda
 * @param m the power of Log(k) in lambda
 * @param lower L
 * @param b the power of k in mu
 * @param amplitude A
 * @param gamma the power of x in t
 * @param kernel g(u)
 * @param u the kernel's variable
 * @param positive expressions that must be positive for the reading to be an identity (bases of
 *     non-integer powers that were split)
 */
public record HarmonicShape(Expr c, Expr xPower, Expr a, int m, long lower, Expr b, Expr amplitude, Expr gamma,
        Expr kernel, String u, List<Expr> positive) {

    /** lambda's factors: {@code coef k^exponent (Log k)^logs}. */
    private record Mono(Expr coef, Expr exponent, int logs, List<Expr> positive) { }

    /**
     * The shape of {@code s} as x grows: null when s is not a harmonic sum in x at all (a finite sum, no x
     * inside the summand, no kernel); an {@link AsymptoticFailure} with the reason when it looks like one
     * but a part does not fit.
     */
    public static HarmonicShape match(Sum s, String x, Map<String, ZipfWeight> weights) {
        String k = s.index();
        if (!(s.upper() instanceof Constant up) || up.kind() != Constant.Kind.INFINITY
                || !(s.lower() instanceof Rational lo) || !lo.isInteger() || lo.signum() <= 0
                || lo.numerator().bitLength() > 20 || !FreeSymbols.of(s.body()).contains(x) || k.equals(x)) {
            return null;
        }
        Expr body = inline(s.body(), k, weights);
        Expr c = Expr.num(1);
        Expr xPower = Expr.num(0);
        Expr a = Expr.num(0);
        int m = 0;
        List<Expr> positive = new ArrayList<>();
        List<Expr> kernelFactors = new ArrayList<>();
        for (Expr f : factors(body)) {
            boolean hasK = FreeSymbols.of(f).contains(k);
            boolean hasX = FreeSymbols.of(f).contains(x);
            if (!hasK && !hasX) {
                c = Coefficients.mul(c, f);
            } else if (!hasK) {
                Expr e = xExponent(f, x, k);
                if (e == null) {
                    return null;
                }
                xPower = Coefficients.add(xPower, e);
            } else {
                Mono mono = hasX ? null : mono(f, k, x);
                if (mono == null) {
                    kernelFactors.add(f);
                } else {
                    c = Coefficients.mul(c, mono.coef());
                    a = Coefficients.add(a, mono.exponent());
                    m += mono.logs();
                    positive.addAll(mono.positive());
                }
            }
        }
        if (kernelFactors.isEmpty()) {
            return null;
        }
        Expr g = kernelFactors.size() == 1 ? kernelFactors.get(0) : new Mul(kernelFactors);
        Mul node = argument(g, k, x);
        if (node == null) {
            throw new AsymptoticFailure("harmonic sum: no kernel argument A*" + x + "^gamma*" + k + "^b (a product of a power"
                    + " of " + x + ", a power of " + k + " and constants) in " + StepText.of(g));
        }
        Expr b = Expr.num(0);
        Expr gamma = Expr.num(0);
        Expr amp = Expr.num(1);
        for (Expr f : core(node)) {
            Expr eg = xExponent(f, x, k);
            if (FreeSymbols.of(f).contains(k)) {
                Mono mu = mono(f, k, x);
                b = Coefficients.add(b, mu.exponent());
                amp = Coefficients.mul(amp, mu.coef());
                positive.addAll(mu.positive());
            } else if (eg != null && FreeSymbols.of(f).contains(x)) {
                gamma = Coefficients.add(gamma, eg);
            } else {
                amp = Coefficients.mul(amp, f);
            }
        }
        b = Coefficients.normal(b);
        gamma = Coefficients.normal(gamma);
        List<Expr> target = core(node);
        Expr kernel = new Rewriter() {
            @Override
            public Expr visitMul(Mul e) {
                if (KernelArgument.sameMultiset(core(e), target)) {
                    return KernelArgument.odd(e) ? Expr.neg(Expr.sym("u")) : Expr.sym("u");
                }
                return super.visitMul(e);
            }
        }.rewrite(flatten(g));
        if (FreeSymbols.of(kernel).contains(x) || FreeSymbols.of(kernel).contains(k)) {
            throw new AsymptoticFailure("harmonic sum: after u := " + StepText.of(node) + " the kernel still has " + x
                    + " or " + k + ": " + StepText.of(kernel));
        }
        a = Coefficients.normal(a);
        xPower = Coefficients.normal(xPower);
        return new HarmonicShape(c, xPower, a, m, lo.numerator().longValueExact(), b, amp, gamma, kernel, "u", positive);
    }

    /** Weight calls {@code p(k)} replaced by their definitions {@code c k^(-alpha)}. */
    public static Expr inline(Expr body, String k, Map<String, ZipfWeight> weights) {
        if (weights.isEmpty()) {
            return body;
        }
        return flatten(new Rewriter() {
            @Override
            public Expr visitCall(Call e) {
                ZipfWeight w = weights.get(e.function());
                if (w != null && e.args().size() == 1 && e.args().get(0) instanceof Symbol s && s.name().equals(k)) {
                    Expr power = Expr.pow(Expr.sym(k), Coefficients.normal(ZipfWeight.negate(w.alpha())));
                    return Coefficients.isOne(w.c()) ? power : Expr.mul(w.c(), power);
                }
                return super.visitCall(e);
            }
        }.rewrite(body));
    }

    /** Nested products flattened, everywhere in the tree. */
    static Expr flatten(Expr e) {
        return new Rewriter() {
            @Override
            public Expr visitMul(Mul m) {
                List<Expr> out = new ArrayList<>();
                for (Expr f : m.factors()) {
                    Expr r = rewrite(f);
                    if (r instanceof Mul inner) {
                        out.addAll(inner.factors());
                    } else {
                        out.add(r);
                    }
                }
                return new Mul(out);
            }
        }.rewrite(e);
    }

    private static List<Expr> factors(Expr e) {
        return e instanceof Mul m ? m.factors() : List.of(e);
    }

    /** e when f is x or x^e (e free of x and k), else null. */
    private static Expr xExponent(Expr f, String x, String k) {
        if (f instanceof Symbol s && s.name().equals(x)) {
            return Expr.num(1);
        }
        if (f instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(x) && !FreeSymbols.of(p.exponent()).contains(k)) {
            // (x^e)^p = x^(e p) for x > 0 (k >= 1 always; x eventually, as it grows)
            Expr inner = xExponent(p.base(), x, k);
            return inner == null ? null : Coefficients.mul(inner, p.exponent());
        }
        return null;
    }

    private static Expr kExponent(Expr f, String k, String x) {
        return xExponent(f, k, x);
    }

    /** f as {@code coef k^exponent (Log k)^logs}, or null. */
    private static Mono mono(Expr f, String k, String x) {
        if (!FreeSymbols.of(f).contains(k)) {
            return FreeSymbols.of(f).contains(x) ? null : new Mono(f, Expr.num(0), 0, List.of());
        }
        Expr e = kExponent(f, k, x);
        if (e != null) {
            return new Mono(Expr.num(1), e, 0, List.of());
        }
        if (isLogK(f, k)) {
            return new Mono(Expr.num(1), Expr.num(0), 1, List.of());
        }
        if (f instanceof Mul mul) {
            Expr coef = Expr.num(1);
            Expr exp = Expr.num(0);
            int logs = 0;
            List<Expr> pos = new ArrayList<>();
            for (Expr g : mul.factors()) {
                Mono one = mono(g, k, x);
                if (one == null) {
                    return null;
                }
                coef = Coefficients.mul(coef, one.coef());
                exp = Coefficients.add(exp, one.exponent());
                logs += one.logs();
                pos.addAll(one.positive());
            }
            return new Mono(coef, exp, logs, pos);
        }
        if (f instanceof Pow p && !FreeSymbols.of(p.exponent()).contains(k) && !FreeSymbols.of(p.exponent()).contains(x)) {
            Mono base = mono(p.base(), k, x);
            if (base == null) {
                return null;
            }
            boolean whole = p.exponent() instanceof Rational r && r.isInteger();
            int logs = 0;
            if (base.logs() != 0) {
                if (!(p.exponent() instanceof Rational r) || !r.isInteger() || r.signum() < 0 || r.numerator().bitLength() > 8) {
                    return null;
                }
                logs = base.logs() * r.numerator().intValue();
            }
            List<Expr> pos = new ArrayList<>(base.positive());
            if (!whole && !Coefficients.isOne(base.coef())) {
                // (c k^e)^p = c^p k^(e p) needs c > 0 when p is not whole (k > 0 always)
                pos.add(base.coef());
            }
            return new Mono(Coefficients.isOne(base.coef()) ? base.coef() : Expr.pow(base.coef(), p.exponent()),
                    Coefficients.mul(base.exponent(), p.exponent()), logs, pos);
        }
        return null;
    }

    private static boolean isLogK(Expr f, String k) {
        return f instanceof Call c && c.function().equals("Log") && c.args().size() == 1
                && c.args().get(0) instanceof Symbol s && s.name().equals(k);
    }

    /** The first product node (pre-order) made of a power of k, a power of x and constants. */
    private static Mul argument(Expr e, String k, String x) {
        if (e instanceof Mul m) {
            int ks = 0;
            int xs = 0;
            boolean others = true;
            for (Expr f : m.factors()) {
                boolean hasK = FreeSymbols.of(f).contains(k);
                boolean hasX = FreeSymbols.of(f).contains(x);
                Mono mu = hasK && !hasX ? mono(f, k, x) : null;
                if (mu != null && mu.logs() == 0) {
                    ks++;
                } else if (hasX && !hasK && xExponent(f, x, k) != null) {
                    xs++;
                } else if (hasK || hasX) {
                    others = false;
                }
            }
            if (ks >= 1 && xs >= 1 && others) {
                return m;
            }
        }
        for (Expr c : children(e)) {
            Mul found = argument(c, k, x);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Expr> children(Expr e) {
        return e instanceof Integral i ? List.of(i.body()) : KernelArgument.children(e);
    }

    /** The factors of a product with the signs of its rational factors removed (and 1s dropped). */
    private static List<Expr> core(Mul m) {
        List<Expr> out = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f instanceof Rational r && r.signum() < 0) {
                Rational abs = Rational.of(r.numerator().negate(), r.denominator());
                if (!Coefficients.isOne(abs)) {
                    out.add(abs);
                }
            } else if (!Coefficients.isOne(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
