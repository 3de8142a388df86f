package zipfscale.expr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The expanded form of an expression as a Laurent polynomial with exact rational coefficients in its
 * atoms: symbols, constants, and every subexpression that is not a sum, product or integer power (a
 * call, a sum, an integral, a power with a non-integer or symbolic exponent) taken whole, compared by
 * structure. Decimals are read exactly. {@code x * x^(-1)} cancels (wherever the expression is defined,
 * x is not 0); a power of a sum with a negative exponent stays an atom.
 *
 * <p>It answers one question without a computer algebra system: is {@code lhs - rhs} identically zero?
 * A zero form is a proof (expansion and collection of like terms in exact arithmetic are identities); a
 * nonzero form proves nothing (atoms are opaque: {@code Exp(a)Exp(b)} and {@code Exp(a+b)} differ here),
 * so callers go on to Symja. The expansion gives up (empty) past {@link #MAX_TERMS} terms or a power
 * above {@link #MAX_POWER}, so its time stays small.
 */
public final class PolynomialForm {
    /** The largest number of terms kept during the expansion. */
    public static final int MAX_TERMS = 4000;
    /** The largest integer exponent expanded. */
    public static final int MAX_POWER = 64;

    /** A monomial: atom index to a nonzero integer exponent, ordered for equality and hashing. */
    private record Monomial(TreeMap<Integer, Integer> powers) {
        static final Monomial ONE = new Monomial(new TreeMap<>());

        Monomial times(Monomial o) {
            TreeMap<Integer, Integer> p = new TreeMap<>(powers);
            o.powers.forEach((atom, n) -> p.merge(atom, n, (x, y) -> x + y == 0 ? null : x + y));
            return new Monomial(p);
        }
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Map<Expr, Integer> atoms = new HashMap<>();

    private PolynomialForm() {
    }

    /**
     * Whether {@code e} expands to the zero polynomial: present and true is a proof that {@code e} is 0
     * wherever it is defined; false or empty (too large to expand) decide nothing.
     */
    public static Optional<Boolean> isZero(Expr e) {
        try {
            return Optional.of(new PolynomialForm().expand(e).isEmpty());
        } catch (TooLarge ex) {
            return Optional.empty();
        }
    }

    private Map<Monomial, Rational> expand(Expr e) {
        if (e instanceof Rational q) {
            return constant(q);
        }
        if (e instanceof Decimal d) {
            java.math.BigDecimal v = d.value();
            BigInteger unscaled = v.unscaledValue();
            int scale = v.scale();
            Rational q = scale >= 0
                    ? Rational.of(unscaled, BigInteger.TEN.pow(scale))
                    : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
            return constant(q);
        }
        if (e instanceof Add a) {
            Map<Monomial, Rational> sum = new HashMap<>();
            for (Expr t : a.terms()) {
                expand(t).forEach((m, c) -> accumulate(sum, m, c));
            }
            return sum;
        }
        if (e instanceof Mul m) {
            Map<Monomial, Rational> product = constant(Rational.of(BigInteger.ONE, BigInteger.ONE));
            for (Expr f : m.factors()) {
                product = times(product, expand(f));
            }
            return product;
        }
        if (e instanceof Pow p && p.exponent() instanceof Rational q && q.isInteger()) {
            BigInteger n = q.numerator();
            if (n.abs().compareTo(BigInteger.valueOf(MAX_POWER)) > 0) {
                throw new TooLarge();
            }
            int k = n.intValue();
            Map<Monomial, Rational> base = expand(p.base());
            if (k >= 0) {
                Map<Monomial, Rational> r = constant(Rational.of(BigInteger.ONE, BigInteger.ONE));
                for (int i = 0; i < k; i++) {
                    r = times(r, base);
                }
                return r;
            }
            if (base.size() == 1) {
                // a monomial c m: (c m)^k = c^k m^k, both invertible where the expression is defined
                Map.Entry<Monomial, Rational> only = base.entrySet().iterator().next();
                Rational c = only.getValue();
                Rational inv = Rational.of(c.denominator(), c.numerator());
                Rational ck = Rational.of(BigInteger.ONE, BigInteger.ONE);
                TreeMap<Integer, Integer> powers = new TreeMap<>();
                for (int i = 0; i < -k; i++) {
                    ck = ck.times(inv);
                }
                only.getKey().powers().forEach((atom, x) -> powers.put(atom, x * k));
                Map<Monomial, Rational> r = new HashMap<>();
                r.put(new Monomial(powers), ck);
                return r;
            }
            return atom(e);
        }
        return atom(e);
    }

    private Map<Monomial, Rational> atom(Expr e) {
        int index = atoms.computeIfAbsent(e, x -> atoms.size());
        TreeMap<Integer, Integer> p = new TreeMap<>();
        p.put(index, 1);
        Map<Monomial, Rational> r = new HashMap<>();
        r.put(new Monomial(p), Rational.of(BigInteger.ONE, BigInteger.ONE));
        return r;
    }

    private static Map<Monomial, Rational> constant(Rational q) {
        Map<Monomial, Rational> r = new HashMap<>();
        if (q.signum() != 0) {
            r.put(Monomial.ONE, q);
        }
        return r;
    }

    private static Map<Monomial, Rational> times(Map<Monomial, Rational> a, Map<Monomial, Rational> b) {
        if ((long) a.size() * b.size() > 16L * MAX_TERMS) {
            throw new TooLarge();
        }
        Map<Monomial, Rational> r = new HashMap<>();
        for (Map.Entry<Monomial, Rational> x : a.entrySet()) {
            for (Map.Entry<Monomial, Rational> y : b.entrySet()) {
                accumulate(r, x.getKey().times(y.getKey()), x.getValue().times(y.getValue()));
            }
        }
        if (r.size() > MAX_TERMS) {
            throw new TooLarge();
        }
        return r;
    }

    private static void accumulate(Map<Monomial, Rational> sum, Monomial m, Rational c) {
        Rational s = sum.containsKey(m) ? sum.get(m).plus(c) : c;
        if (s.signum() == 0) {
            sum.remove(m);
        } else {
            sum.put(m, s);
        }
    }
}
