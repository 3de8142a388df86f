package zipfscale.asymptotic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;

/**
 * The order of two scale monomials as x -> infinity: first the exponential factors (exp(g1) against
 * exp(g2) by the sign of the leading term of g1 - g2, which grows or vanishes), then the powers of x, of
 * log x, of log log x, each exponent difference signed by the {@link SignOracle} under the assumptions.
 * An undecided sign is a failure, never a guess. Every decision by the oracle is kept as a side condition.
 */
final class MonomialOrder {
    private final SignOracle oracle;
    private final Function<Expr, AsymptoticExpansion> expandExponent;
    private final List<SideCondition> conditions;
    private final Map<List<ScaleMonomial>, Integer> cache = new HashMap<>();

    MonomialOrder(SignOracle oracle, Function<Expr, AsymptoticExpansion> expandExponent,
            List<SideCondition> conditions) {
        this.oracle = oracle;
        this.expandExponent = expandExponent;
        this.conditions = conditions;
    }

    /** Negative, zero or positive as a = o(b), a and b are the same monomial, b = o(a). */
    int compare(ScaleMonomial a, ScaleMonomial b) {
        if (a.equals(b)) {
            return 0;
        }
        List<ScaleMonomial> key = List.of(a, b);
        Integer known = cache.get(key);
        if (known != null) {
            return known;
        }
        int c = decide(a, b);
        cache.put(key, c);
        return c;
    }

    private int decide(ScaleMonomial a, ScaleMonomial b) {
        Expr dg = Coefficients.sub(a.exponential(), b.exponential());
        if (!Coefficients.isZero(dg)) {
            AsymptoticExpansion e = expandExponent.apply(dg);
            if (!e.isExact()) {
                throw ExpansionFailure.cancelled("the exponents of exp(" + StepText.of(a.exponential())
                        + ") and exp(" + StepText.of(b.exponential()) + ") are not separated");
            }
            for (ExpansionTerm lead : e.terms()) {
                int s = sign(lead.coefficient(), "leading coefficient of " + StepText.of(dg));
                if (s == 0) {
                    continue;
                }
                if (compare(lead.monomial(), ScaleMonomial.ONE) <= 0) {
                    throw ExpansionFailure.unsupported("exponential factors differing by a bounded amount: "
                            + StepText.of(dg));
                }
                return s;
            }
        }
        int p = sign(Coefficients.sub(a.power(), b.power()), "difference of the powers of x");
        if (p != 0) {
            return p;
        }
        int m = sign(Coefficients.sub(a.logPower(), b.logPower()), "difference of the powers of log x");
        if (m != 0) {
            return m;
        }
        return sign(Coefficients.sub(a.logLogPower(), b.logLogPower()), "difference of the powers of log log x");
    }

    /** The sign of a constant, -1, 0 or 1, from the oracle; a failure when undecided. */
    int sign(Expr e, String what) {
        if (e instanceof Rational r) {
            return r.signum();
        }
        SignOracle.Answer ans = oracle.sign(e);
        switch (ans.sign()) {
            case POSITIVE:
                conditions.add(new SideCondition(Expr.call("Greater", e, Expr.num(0)), ans.how()));
                return 1;
            case NEGATIVE:
                conditions.add(new SideCondition(Expr.call("Less", e, Expr.num(0)), ans.how()));
                return -1;
            case ZERO:
                conditions.add(new SideCondition(Expr.call("Equal", e, Expr.num(0)), ans.how()));
                return 0;
            default:
                throw ExpansionFailure.unsupported("the sign of " + StepText.of(e) + " (" + what
                        + ") is not decided by the assumptions");
        }
    }
}
