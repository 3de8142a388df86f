package zipfscale.asymptotic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;

/**
 * A constant (free of the asymptotic variable) as {@code q * prod_i atom_i^(e_i)}: a rational q and
 * atoms (symbols, calls such as {@code Zeta(alpha)} or {@code Gamma(s)}, sums) raised to symbolic
 * exponents. Powers of products are distributed over the atoms, so that
 * {@code (a c^beta)^(-s) c} and {@code a^(-s) c^(1 - beta s)} are the same object; this is only valid for
 * positive atoms, which the caller must have established (a side condition of the lemma that builds it).
 * Two products are equal when their rationals agree and Symja brings each exponent difference to 0.
 */
public final class PowerProduct {
    private final Rational q;
    private final Map<Expr, Expr> atoms;

    private PowerProduct(Rational q, Map<Expr, Expr> atoms) {
        this.q = q;
        this.atoms = atoms;
    }

    static final PowerProduct ONE = new PowerProduct(new Rational(BigInteger.ONE, BigInteger.ONE), Map.of());

    /** The product form of a constant expression. */
    public static PowerProduct of(Expr e) {
        if (e instanceof Rational r) {
            return new PowerProduct(r, Map.of());
        }
        if (e instanceof Mul m) {
            PowerProduct p = ONE;
            for (Expr f : m.factors()) {
                p = p.times(of(f));
            }
            return p;
        }
        if (e instanceof Pow p && !(p.base() instanceof Rational)) {
            return of(p.base()).pow(p.exponent());
        }
        if (e instanceof Pow p && p.exponent() instanceof Rational n && n.isInteger()) {
            return new PowerProduct(power((Rational) p.base(), n.numerator().intValueExact()), Map.of());
        }
        Map<Expr, Expr> m = new LinkedHashMap<>();
        m.put(e instanceof Pow p ? p.base() : e, e instanceof Pow p ? p.exponent() : Expr.num(1));
        return new PowerProduct(ONE.q, m);
    }

    public Rational rational() {
        return q;
    }

    public Map<Expr, Expr> atoms() {
        return atoms;
    }

    public PowerProduct times(PowerProduct o) {
        Map<Expr, Expr> m = new LinkedHashMap<>(atoms);
        o.atoms.forEach((a, x) -> m.merge(a, x, (u, v) -> Expr.add(u, v)));
        return new PowerProduct(q.times(o.q), m);
    }

    /**
     * {@code this^p}. An integer power of the rational stays rational; otherwise the rational becomes an
     * atom (it must be positive: the caller checks {@link #rationalPositive()}).
     */
    public PowerProduct pow(Expr p) {
        Map<Expr, Expr> m = new LinkedHashMap<>();
        Rational nq = ONE.q;
        if (p instanceof Rational n && n.isInteger()) {
            nq = power(q, n.numerator().intValueExact());
        } else if (!q.equals(ONE.q)) {
            m.put(q, p);
        }
        // merge, not put: the rational may also be an atom already ((1/6) * (1/6)^e raised to p)
        atoms.forEach((a, x) -> m.merge(a, Expr.mul(x, p), (u, v) -> Expr.add(u, v)));
        return new PowerProduct(nq, m);
    }

    /** Whether every atom raised to a non-integer power is a positive rational (others: see the oracle). */
    public boolean rationalPositive() {
        return q.signum() > 0;
    }

    /** This product with its exponents replaced by {@code simplify(exponent)}; zero exponents dropped. */
    public PowerProduct mapExponents(java.util.function.UnaryOperator<Expr> simplify) {
        Map<Expr, Expr> m = new LinkedHashMap<>();
        Rational nq = q;
        for (Map.Entry<Expr, Expr> en : atoms.entrySet()) {
            Expr x = simplify.apply(en.getValue());
            if (x instanceof Rational r && r.signum() == 0) {
                continue;
            }
            if (en.getKey() instanceof Rational base && x instanceof Rational n && n.isInteger()) {
                nq = nq.times(power(base, n.numerator().intValueExact()));
                continue;
            }
            m.merge(en.getKey(), x, (u, v) -> Expr.add(u, v));
        }
        return new PowerProduct(nq, m);
    }

    /** This product with its atoms replaced (e.g. by Symja's canonical form of each atom). */
    public PowerProduct mapAtoms(java.util.function.UnaryOperator<Expr> canon) {
        Map<Expr, Expr> m = new LinkedHashMap<>();
        atoms.forEach((a, x) -> m.merge(canon.apply(a), x, (u, v) -> Expr.add(u, v)));
        return new PowerProduct(q, m);
    }

    /** The product as an expression. */
    public Expr toExpr() {
        List<Expr> fs = new ArrayList<>();
        if (!q.equals(ONE.q) || atoms.isEmpty()) {
            fs.add(q);
        }
        atoms.forEach((a, x) -> fs.add(x instanceof Rational r && r.equals(ONE.q) ? a : Expr.pow(a, x)));
        return fs.size() == 1 ? fs.get(0) : new Mul(fs);
    }

    /** Whether an atom is a sum (a coefficient that could cancel). */
    public boolean hasSumAtom() {
        return atoms.keySet().stream().anyMatch(a -> a instanceof Add);
    }

    private static Rational power(Rational a, int n) {
        if (n >= 0) {
            return Rational.of(a.numerator().pow(n), a.denominator().pow(n));
        }
        return Rational.of(a.denominator().pow(-n), a.numerator().pow(-n));
    }

    @Override
    public String toString() {
        return toExpr().toString();
    }
}
