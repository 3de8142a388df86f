package zipfscale.asymptotic;

import java.util.Objects;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;

/**
 * A monomial of the scale {@code x^e (log x)^m (log log x)^j exp(g(x))} as x -> infinity (the
 * Salvy-Shackell / Gruntz multiseries scale of Hardy's exp-log functions, as in Eberl's {@code real_asymp}).
 * The exponents e, m, j are expressions in the parameters (never in x); {@code exponential} is g(x), an
 * expression in x whose expansion has only growing terms (0 when absent), so that two monomials with
 * different g differ by more than any power of x.
 */
public record ScaleMonomial(Expr power, Expr logPower, Expr logLogPower, Expr exponential) {
    private static final Expr ZERO = Expr.num(0);

    /** The monomial 1. */
    public static final ScaleMonomial ONE = new ScaleMonomial(ZERO, ZERO, ZERO, ZERO);

    public ScaleMonomial {
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(logPower, "logPower");
        Objects.requireNonNull(logLogPower, "logLogPower");
        Objects.requireNonNull(exponential, "exponential");
    }

    /** {@code x^e}. */
    public static ScaleMonomial power(Expr e) {
        return new ScaleMonomial(e, ZERO, ZERO, ZERO);
    }

    /** {@code (log x)^m}. */
    public static ScaleMonomial logPower(Expr m) {
        return new ScaleMonomial(ZERO, m, ZERO, ZERO);
    }

    /** {@code (log log x)^j}. */
    public static ScaleMonomial logLogPower(Expr j) {
        return new ScaleMonomial(ZERO, ZERO, j, ZERO);
    }

    /** {@code exp(g(x))}. */
    public static ScaleMonomial exp(Expr g) {
        return new ScaleMonomial(ZERO, ZERO, ZERO, g);
    }

    public ScaleMonomial times(ScaleMonomial o) {
        return new ScaleMonomial(Coefficients.add(power, o.power), Coefficients.add(logPower, o.logPower),
                Coefficients.add(logLogPower, o.logLogPower), Coefficients.add(exponential, o.exponential));
    }

    /** This monomial to the power p (p constant in x). */
    public ScaleMonomial pow(Expr p) {
        return new ScaleMonomial(Coefficients.mul(power, p), Coefficients.mul(logPower, p),
                Coefficients.mul(logLogPower, p), Coefficients.mul(exponential, p));
    }

    public ScaleMonomial reciprocal() {
        return pow(Expr.num(-1));
    }

    public boolean isOne() {
        return isZero(power) && isZero(logPower) && isZero(logLogPower) && isZero(exponential);
    }

    /** Whether the exponential factor is absent. */
    public boolean hasNoExponential() {
        return isZero(exponential);
    }

    private static boolean isZero(Expr e) {
        return e instanceof Rational r && r.signum() == 0;
    }

    /** The monomial as an expression in {@code x} (factors equal to 1 left out). */
    public Expr toExpr(Symbol x) {
        Expr out = Expr.num(1);
        if (!isZero(power)) {
            out = Coefficients.mul(out, Expr.pow(x, power));
        }
        if (!isZero(logPower)) {
            out = Coefficients.mul(out, Expr.pow(Expr.call("Log", x), logPower));
        }
        if (!isZero(logLogPower)) {
            out = Coefficients.mul(out, Expr.pow(Expr.call("Log", Expr.call("Log", x)), logLogPower));
        }
        if (!isZero(exponential)) {
            out = Coefficients.mul(out, Expr.call("Exp", exponential));
        }
        return out;
    }
}
