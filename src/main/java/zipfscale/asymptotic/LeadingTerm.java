package zipfscale.asymptotic;

import zipfscale.expr.Expr;

/**
 * The leading term {@code C x^e (log x)^m} of an expression as x -> infinity: f ~ C x^e (log x)^m, with
 * C a nonzero constant in the parameters, e an exponent in the parameters and m an integer. An
 * exponentially small term ({@code exp(-c x^p)}, c, p > 0) is marked as such: every power term
 * dominates it, and it has no power-law leading term.
 */
public record LeadingTerm(PowerProduct coefficient, Expr exponent, int logPower, boolean exponentiallySmall) {

    public static LeadingTerm constant(PowerProduct c) {
        return new LeadingTerm(c, Expr.num(0), 0, false);
    }

    public static LeadingTerm power(PowerProduct c, Expr exponent) {
        return new LeadingTerm(c, exponent, 0, false);
    }

    public static LeadingTerm expSmall() {
        return new LeadingTerm(PowerProduct.ONE, Expr.num(0), 0, true);
    }

    public LeadingTerm times(LeadingTerm o) {
        return new LeadingTerm(coefficient.times(o.coefficient), Expr.add(exponent, o.exponent),
                logPower + o.logPower, exponentiallySmall || o.exponentiallySmall);
    }

    /** The term as an expression in {@code x}. */
    public Expr toExpr(String x) {
        Expr c = coefficient.toExpr();
        Expr out = Expr.mul(c, Expr.pow(Expr.sym(x), exponent));
        if (logPower != 0) {
            out = Expr.mul(out, Expr.pow(Expr.call("Log", Expr.sym(x)), Expr.num(logPower)));
        }
        return out;
    }
}
