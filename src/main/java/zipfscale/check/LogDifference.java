package zipfscale.check;

import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.StepRelation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.numerics.Interval;
import zipfscale.numerics.IntervalEvaluator;

/**
 * Lemma log_ratio, for inequalities between products of powers and exponentials ({@code N_I <= N_Ch},
 * {@code (1 - p)^D >= Exp(-D (p + p^2))}): where interval arithmetic cannot fix the sign of
 * {@code rhs - lhs} because both sides grow together, the logarithm separates them.
 *
 * <ol>
 * <li>Common factors: a factor written identically on both sides and {@code >= 0} on the box
 * ({@code > 0} for a strict claim) is cancelled: {@code c r - c l = c (r - l)}.</li>
 * <li>What is left is read as a log-linear form: {@code log} of a product is the sum of the logs, of
 * {@code b^x} is {@code x log b}, of {@code Exp(y)} is {@code y}. Every base and every other factor (the
 * atoms) must be shown {@code > 0} by interval arithmetic over the box, so both sides are positive and
 * {@code rhs >= lhs} exactly when {@code log rhs - log lhs >= 0} (log is increasing; strictness kept).</li>
 * <li>The coefficients of an atom on the two sides are compared as products of a rational and a multiset
 * of factors; equal coefficients cancel, so {@code (c/(1 + I/(3D)))^(1/alpha)} against {@code c^(1/alpha)}
 * leaves {@code (1/alpha) log(1 + I/(3D))}.</li>
 * </ol>
 * The result is a new difference for the same sign prover; nothing here decides a sign by itself.
 */
final class LogDifference {
    /** {@code log(rhs) - log(lhs)}, as the step shows it. */
    private static final Expr LOG_RATIO = Expr.sub(Expr.call("Log", Expr.sym("rhs")), Expr.call("Log", Expr.sym("lhs")));


    /** The difference to prove {@code >= 0} ({@code > 0} when strict) instead, and the step in words. */
    record Rewritten(Expr difference, ProofStep step) { }

    private LogDifference() {
    }

    /**
     * The log-form of {@code rhs - lhs}, or null when a side is not a product of powers and exponentials
     * of positive atoms (or nothing would change).
     */
    static Rewritten of(Expr rhs, Expr lhs, IntervalEvaluator iv, boolean strict) {
        List<Expr> r = new ArrayList<>(factors(rhs));
        List<Expr> l = new ArrayList<>(factors(lhs));
        List<Expr> common = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            int j = l.indexOf(r.get(i));
            if (j < 0 || r.get(i) instanceof Rational) {
                continue;
            }
            Interval c = iv.enclose(r.get(i));
            if (strict ? !c.positive() : !c.nonNegative()) {
                continue;
            }
            common.add(r.remove(i));
            l.remove(j);
            i--;
        }
        LogForm right = new LogForm(iv);
        LogForm left = new LogForm(iv);
        for (Expr f : r) {
            if (!right.add(f, Coefficient.ONE)) {
                return null;
            }
        }
        for (Expr f : l) {
            if (!left.add(f, Coefficient.ONE)) {
                return null;
            }
        }
        Expr d = right.minus(left);
        List<Object> cancelled = new ArrayList<>();
        if (!common.isEmpty()) {
            cancelled.add("the common factor" + (common.size() > 1 ? "s " : " "));
            for (int i = 0; i < common.size(); i++) {
                cancelled.add(i == 0 ? "" : ", ");
                cancelled.add(common.get(i));
            }
            cancelled.add((strict ? " (> 0)" : " (>= 0)") + " cancelled; ");
        }
        ProofStep step = ProofStep.of("lemma log_ratio: ", RichText.of(cancelled.toArray()),
                "every base and factor left is > 0 by interval arithmetic over the assumptions, so both sides are"
                + " positive and the claim holds exactly when ", StepRelation.of(LOG_RATIO, strict ? ">" : ">=", Expr.num(0)),
                ", where ", StepRelation.equal(LOG_RATIO, d));
        return new Rewritten(d, step);
    }

    private static List<Expr> factors(Expr e) {
        return e instanceof Mul m ? m.factors() : List.of(e);
    }

    /**
     * A coefficient: a rational times a product of factors, kept sorted so that two spellings of the same
     * product compare equal.
     */
    private record Coefficient(Rational number, List<Expr> factors) {
        static final Coefficient ONE = new Coefficient(rational(BigInteger.ONE), List.of());

        static Rational rational(BigInteger n) {
            return new Rational(n, BigInteger.ONE);
        }

        Coefficient times(Expr x) {
            Rational q = number;
            List<Expr> fs = new ArrayList<>(factors);
            for (Expr f : x instanceof Mul m ? m.factors() : List.of(x)) {
                if (f instanceof Rational p) {
                    q = q.times(p);
                } else {
                    fs.add(f);
                }
            }
            fs.sort(Comparator.comparing(Object::toString));
            return new Coefficient(q, List.copyOf(fs));
        }

        Expr expr() {
            List<Expr> all = new ArrayList<>();
            if (!(number.numerator().equals(BigInteger.ONE) && number.denominator().equals(BigInteger.ONE))
                    || factors.isEmpty()) {
                all.add(number);
            }
            all.addAll(factors);
            return all.size() == 1 ? all.get(0) : new Mul(all);
        }
    }

    /** A sum of {@code coefficient * log(atom)} and of plain terms (exponents of Exp). */
    private static final class LogForm {
        private final IntervalEvaluator iv;
        /** atom -> (coefficient factors -> rational) */
        private final Map<Expr, Map<List<Expr>, Rational>> logs = new LinkedHashMap<>();
        private final List<Expr> plain = new ArrayList<>();

        LogForm(IntervalEvaluator iv) {
            this.iv = iv;
        }

        /** Adds {@code c log(e)}; false when e is not a product of powers and Exp of positive atoms. */
        boolean add(Expr e, Coefficient c) {
            if (e instanceof Mul m) {
                for (Expr f : m.factors()) {
                    if (!add(f, c)) {
                        return false;
                    }
                }
                return true;
            }
            if (e instanceof Call call && call.builtin() == Builtin.EXP && call.args().size() == 1) {
                plain.add(c.equals(Coefficient.ONE) ? call.args().get(0) : Expr.mul(c.expr(), call.args().get(0)));
                return true;
            }
            if (e instanceof Pow p) {
                if (!iv.enclose(p.base()).positive()) {
                    return false;
                }
                return add(p.base(), c.times(p.exponent()));
            }
            if (e instanceof Rational q) {
                if (q.signum() <= 0) {
                    return false;
                }
                if (q.numerator().equals(q.denominator())) {
                    return true;
                }
            } else if (!iv.enclose(e).positive()) {
                return false;
            }
            Map<List<Expr>, Rational> coeffs = logs.computeIfAbsent(e, k -> new LinkedHashMap<>());
            coeffs.merge(c.factors(), c.number(), Rational::plus);
            return true;
        }

        /** {@code this - other} as an expression, equal coefficients of an atom cancelled. */
        Expr minus(LogForm other) {
            Map<Expr, Map<List<Expr>, Rational>> all = new LinkedHashMap<>();
            logs.forEach((atom, cs) -> cs.forEach((fs, q) ->
                    all.computeIfAbsent(atom, k -> new LinkedHashMap<>()).merge(fs, q, Rational::plus)));
            other.logs.forEach((atom, cs) -> cs.forEach((fs, q) ->
                    all.computeIfAbsent(atom, k -> new LinkedHashMap<>()).merge(fs, q.negate(), Rational::plus)));
            List<Expr> terms = new ArrayList<>();
            all.forEach((atom, cs) -> cs.forEach((fs, q) -> {
                if (q.signum() != 0) {
                    terms.add(Expr.mul(new Coefficient(q, fs).expr(), Expr.call("Log", atom)));
                }
            }));
            terms.addAll(plain);
            for (Expr p : other.plain) {
                terms.add(Expr.neg(p));
            }
            if (terms.isEmpty()) {
                return Expr.num(0);
            }
            return terms.size() == 1 ? terms.get(0) : new zipfscale.expr.Add(terms);
        }
    }
}
