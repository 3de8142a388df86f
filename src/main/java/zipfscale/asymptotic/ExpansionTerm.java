package zipfscale.asymptotic;

import java.util.Objects;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;

/** One term {@code c * m} of an expansion: a nonzero coefficient constant in x times a scale monomial. */
public record ExpansionTerm(Expr coefficient, ScaleMonomial monomial) {
    public ExpansionTerm {
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(monomial, "monomial");
    }

    public Expr toExpr(Symbol x) {
        return Coefficients.mul(coefficient, monomial.toExpr(x));
    }
}
