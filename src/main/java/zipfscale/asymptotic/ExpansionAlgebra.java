package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;

/**
 * Arithmetic of truncated expansions with explicit remainders, keeping at most {@code width} terms:
 * sums, products, constant powers, exp and log. Each operation is exact on the terms and bounds what it
 * drops: (A + O(a))(B + O(b)) = AB + O(lead(A) b) + O(lead(B) a) + O(ab); a power series in t = o(1)
 * truncated after K terms leaves O(t^K) (Taylor). Terms not above the remainder are dropped.
 */
final class ExpansionAlgebra {
    private final Symbol x;
    private final int width;
    private final MonomialOrder order;

    private java.util.function.Function<Expr, AsymptoticExpansion> expandExponent;

    ExpansionAlgebra(Symbol x, int width, MonomialOrder order) {
        this.x = x;
        this.width = width;
        this.order = order;
    }

    /** How exponents g of exp(g) are brought to a canonical sum of monomials (the walker's expansion). */
    void exponentsBy(java.util.function.Function<Expr, AsymptoticExpansion> f) {
        this.expandExponent = f;
    }

    /** The monomial with its exponent g rewritten as the sum of the terms of its (exact) expansion. */
    ScaleMonomial canonical(ScaleMonomial m) {
        if (m.hasNoExponential()) {
            return m;
        }
        AsymptoticExpansion g = expandExponent.apply(m.exponential());
        if (!g.isExact()) {
            throw ExpansionFailure.unsupported("the exponent " + StepText.of(m.exponential()) + " has no exact expansion");
        }
        return new ScaleMonomial(m.power(), m.logPower(), m.logLogPower(), g.termsExpr());
    }

    Symbol variable() {
        return x;
    }

    MonomialOrder order() {
        return order;
    }

    int width() {
        return width;
    }

    AsymptoticExpansion exact(List<ExpansionTerm> terms) {
        return build(terms, Optional.empty());
    }

    AsymptoticExpansion constant(Expr c0) {
        Expr c = Coefficients.normal(c0);
        return Coefficients.isZero(c) ? exact(List.of()) : exact(List.of(new ExpansionTerm(c, ScaleMonomial.ONE)));
    }

    AsymptoticExpansion monomial(Expr c, ScaleMonomial m) {
        return exact(List.of(new ExpansionTerm(c, m)));
    }

    /** Sorts, merges equal monomials, drops what the remainder absorbs, keeps {@code width} terms. */
    AsymptoticExpansion build(List<ExpansionTerm> raw, Optional<Remainder> rem) {
        List<ExpansionTerm> sorted = new ArrayList<>();
        for (ExpansionTerm t : raw) {
            if (Coefficients.isZero(t.coefficient())) {
                continue;
            }
            int i = 0;
            boolean merged = false;
            while (i < sorted.size()) {
                int c = order.compare(t.monomial(), sorted.get(i).monomial());
                if (c == 0) {
                    Expr k = Coefficients.add(sorted.get(i).coefficient(), t.coefficient());
                    if (Coefficients.isZero(k)) {
                        sorted.remove(i);
                    } else {
                        sorted.set(i, new ExpansionTerm(k, sorted.get(i).monomial()));
                    }
                    merged = true;
                    break;
                }
                if (c > 0) {
                    break;
                }
                i++;
            }
            if (!merged) {
                sorted.add(i, t);
            }
        }
        List<ExpansionTerm> kept = new ArrayList<>();
        Optional<Remainder> r = rem;
        for (ExpansionTerm t : sorted) {
            if (r.isPresent()) {
                int c = order.compare(t.monomial(), r.get().order());
                if (c < 0 || (c == 0 && !r.get().little())) {
                    continue;
                }
            }
            if (kept.size() == width) {
                r = max(r, Optional.of(Remainder.bigO(t.monomial())));
                break;
            }
            kept.add(t);
        }
        return new AsymptoticExpansion(x, kept, r, List.of(), List.of());
    }

    Optional<Remainder> max(Optional<Remainder> a, Optional<Remainder> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int c = order.compare(a.get().order(), b.get().order());
        if (c == 0) {
            return Optional.of(new Remainder(a.get().order(), a.get().little() && b.get().little()));
        }
        return c > 0 ? a : b;
    }

    AsymptoticExpansion add(AsymptoticExpansion a, AsymptoticExpansion b) {
        List<ExpansionTerm> t = new ArrayList<>(a.terms());
        t.addAll(b.terms());
        return build(t, max(a.remainder(), b.remainder()));
    }

    AsymptoticExpansion scale(Expr c, AsymptoticExpansion a) {
        if (Coefficients.isZero(c)) {
            return exact(List.of());
        }
        List<ExpansionTerm> t = new ArrayList<>();
        for (ExpansionTerm u : a.terms()) {
            t.add(new ExpansionTerm(Coefficients.mul(c, u.coefficient()), u.monomial()));
        }
        return build(t, a.remainder());
    }

    AsymptoticExpansion negate(AsymptoticExpansion a) {
        return scale(Expr.num(-1), a);
    }

    AsymptoticExpansion mul(AsymptoticExpansion a, AsymptoticExpansion b) {
        List<ExpansionTerm> t = new ArrayList<>();
        for (ExpansionTerm u : a.terms()) {
            for (ExpansionTerm v : b.terms()) {
                t.add(new ExpansionTerm(Coefficients.mul(u.coefficient(), v.coefficient()),
                        times(u.monomial(), v.monomial())));
            }
        }
        Optional<Remainder> r = Optional.empty();
        if (b.remainder().isPresent()) {
            Remainder rb = b.remainder().get();
            ScaleMonomial la = a.terms().isEmpty() ? a.remainder().map(Remainder::order).orElse(null)
                    : a.terms().get(0).monomial();
            if (la != null) {
                r = max(r, Optional.of(new Remainder(times(la, rb.order()), rb.little())));
            }
        }
        if (a.remainder().isPresent()) {
            Remainder ra = a.remainder().get();
            ScaleMonomial lb = b.terms().isEmpty() ? b.remainder().map(Remainder::order).orElse(null)
                    : b.terms().get(0).monomial();
            if (lb != null) {
                r = max(r, Optional.of(new Remainder(times(lb, ra.order()), ra.little())));
            }
        }
        return build(t, r);
    }

    ScaleMonomial times(ScaleMonomial a, ScaleMonomial b) {
        ScaleMonomial m = a.times(b);
        return a.hasNoExponential() || b.hasNoExponential() ? m : canonical(m);
    }

    /** The first term whose coefficient is not zero; a failure when none is left or a zero is undecided. */
    ExpansionTerm leading(AsymptoticExpansion a, String what) {
        for (ExpansionTerm t : a.terms()) {
            int s = order.sign(t.coefficient(), "leading coefficient of " + what);
            if (s != 0) {
                return t;
            }
        }
        if (a.isExact()) {
            throw ExpansionFailure.unsupported(what + " is identically 0");
        }
        throw ExpansionFailure.cancelled("no leading term of " + what + " left after " + width + " terms");
    }

    /** {@code a = c m (1 + t)}: t = a/(c m) - 1, which is o(1). */
    AsymptoticExpansion relative(AsymptoticExpansion a, ExpansionTerm lead) {
        ScaleMonomial inv = canonical(lead.monomial().reciprocal());
        Expr cInv = Coefficients.inverse(lead.coefficient());
        List<ExpansionTerm> t = new ArrayList<>();
        boolean past = false;
        for (ExpansionTerm u : a.terms()) {
            if (!past) {
                past = u == lead;
                continue;
            }
            t.add(new ExpansionTerm(Coefficients.mul(cInv, u.coefficient()), times(u.monomial(), inv)));
        }
        Optional<Remainder> r = a.remainder().map(q -> new Remainder(times(q.order(), inv), q.little()));
        return build(t, r);
    }

    /** {@code sum_{k < K} coeff(k) t^k + O(tau^K)} for t = o(1), tau its order. */
    AsymptoticExpansion series(AsymptoticExpansion t, IntFunction<Expr> coeff, String what) {
        if (t.terms().isEmpty() && t.isExact()) {
            return constant(coeff.apply(0));
        }
        ScaleMonomial tau = t.terms().isEmpty() ? t.remainder().get().order() : t.terms().get(0).monomial();
        if (order.compare(tau, ScaleMonomial.ONE) >= 0) {
            throw ExpansionFailure.cancelled(what + ": the correction term is not o(1)");
        }
        AsymptoticExpansion sum = constant(coeff.apply(0));
        AsymptoticExpansion power = constant(Expr.num(1));
        ScaleMonomial tauK = ScaleMonomial.ONE;
        for (int k = 1; k <= width; k++) {
            power = mul(power, t);
            tauK = times(tauK, tau);
            sum = add(sum, scale(coeff.apply(k), power));
        }
        tauK = times(tauK, tau);
        return add(sum, new AsymptoticExpansion(x, List.of(), Optional.of(Remainder.bigO(tauK)), List.of(), List.of()));
    }

    /** {@code a^p} for p constant in x. */
    AsymptoticExpansion pow(AsymptoticExpansion a, Expr p) {
        if (p instanceof Rational q && q.isInteger() && q.signum() >= 0 && q.numerator().intValueExact() <= 8
                && a.isExact()) {
            AsymptoticExpansion out = constant(Expr.num(1));
            for (int i = 0; i < q.numerator().intValueExact(); i++) {
                out = mul(out, a);
            }
            return out;
        }
        ExpansionTerm lead = leading(a, "the base of a power");
        boolean integer = p instanceof Rational q && q.isInteger();
        int s = order.sign(lead.coefficient(), "leading coefficient of the base of a power");
        if (s < 0 && !integer) {
            throw ExpansionFailure.unsupported("a base with negative leading coefficient to the power " + StepText.of(p));
        }
        Expr c;
        if (p instanceof Rational q && q.isInteger()) {
            int n = q.numerator().intValueExact();
            c = n >= 0 ? Coefficients.power(lead.coefficient(), n)
                    : Coefficients.inverse(Coefficients.power(lead.coefficient(), -n));
        } else {
            c = Coefficients.isOne(lead.coefficient()) ? Expr.num(1) : Expr.pow(lead.coefficient(), p);
        }
        AsymptoticExpansion t = relative(a, lead);
        AsymptoticExpansion s1 = series(t, k -> binomial(p, k), "power");
        return scale(c, mul(monomial(Expr.num(1), canonical(lead.monomial().pow(p))), s1));
    }

    /** The generalised binomial coefficient p(p-1)...(p-k+1)/k!. */
    static Expr binomial(Expr p, int k) {
        Expr out = Expr.num(1);
        for (int i = 0; i < k; i++) {
            out = Coefficients.mul(out, Coefficients.div(Coefficients.sub(p, Expr.num(i)), Expr.num(i + 1)));
        }
        return out;
    }

    /** {@code exp(a)}: growing terms go to the scale (log x to a power of x), the constant to e^c, the rest to a series. */
    AsymptoticExpansion exp(AsymptoticExpansion a) {
        Expr power = Expr.num(0);
        Expr logPower = Expr.num(0);
        Expr g = Expr.num(0);
        Expr c0 = Expr.num(0);
        List<ExpansionTerm> small = new ArrayList<>();
        for (ExpansionTerm t : a.terms()) {
            int c = order.compare(t.monomial(), ScaleMonomial.ONE);
            if (c > 0) {
                if (t.monomial().equals(ScaleMonomial.logPower(Expr.num(1)))) {
                    power = Coefficients.add(power, t.coefficient());
                } else if (t.monomial().equals(ScaleMonomial.logLogPower(Expr.num(1)))) {
                    logPower = Coefficients.add(logPower, t.coefficient());
                } else if (order.compare(t.monomial(), ScaleMonomial.logPower(Expr.num(1))) > 0) {
                    g = Coefficients.add(g, t.toExpr(x));
                } else {
                    // exp of a term between 1 and log x (e.g. sqrt(log x)) is not a monomial of this scale
                    throw ExpansionFailure.unsupported("exp of " + StepText.of(t.toExpr(x))
                            + ", which grows more slowly than log x");
                }
            } else if (c == 0) {
                c0 = Coefficients.add(c0, t.coefficient());
            } else {
                small.add(t);
            }
        }
        if (a.remainder().isPresent()) {
            Remainder r = a.remainder().get();
            int c = order.compare(r.order(), ScaleMonomial.ONE);
            if (c > 0 || (c == 0 && !r.little())) {
                throw ExpansionFailure.cancelled("exp of an expansion known only up to "
                        + (r.little() ? "o(" : "O(") + StepText.of(r.order().toExpr(x)) + ")");
            }
        }
        AsymptoticExpansion t = build(small, a.remainder());
        Expr factorial = Expr.num(1);
        List<Expr> inv = new ArrayList<>();
        for (int k = 0; k <= width + 1; k++) {
            inv.add(Coefficients.inverse(factorial));
            factorial = Coefficients.mul(factorial, Expr.num(k + 1));
        }
        AsymptoticExpansion s = series(t, inv::get, "exp");
        Expr ec = Coefficients.exp(c0);
        return scale(ec, mul(monomial(Expr.num(1), new ScaleMonomial(power, logPower, Expr.num(0), g)), s));
    }

    /** {@code log(a)} for a eventually positive. */
    AsymptoticExpansion log(AsymptoticExpansion a, java.util.function.Function<Expr, AsymptoticExpansion> expandG) {
        ExpansionTerm lead = leading(a, "the argument of a logarithm");
        if (order.sign(lead.coefficient(), "leading coefficient of the argument of a logarithm") <= 0) {
            throw ExpansionFailure.unsupported("the argument of a logarithm is eventually negative");
        }
        ScaleMonomial m = lead.monomial();
        if (!Coefficients.isZero(m.logLogPower())) {
            throw ExpansionFailure.unsupported("log log log x is beyond the scale");
        }
        List<ExpansionTerm> t = new ArrayList<>();
        if (!Coefficients.isOne(lead.coefficient())) {
            t.add(new ExpansionTerm(Expr.call("Log", lead.coefficient()), ScaleMonomial.ONE));
        }
        t.add(new ExpansionTerm(m.power(), ScaleMonomial.logPower(Expr.num(1))));
        t.add(new ExpansionTerm(m.logPower(), ScaleMonomial.logLogPower(Expr.num(1))));
        AsymptoticExpansion out = exact(t);
        if (!m.hasNoExponential()) {
            out = add(out, expandG.apply(m.exponential()));
        }
        AsymptoticExpansion rel = relative(a, lead);
        AsymptoticExpansion s = series(rel, k -> k == 0 ? Expr.num(0) : Expr.frac(k % 2 == 1 ? 1 : -1, k), "log");
        return add(out, s);
    }
}
