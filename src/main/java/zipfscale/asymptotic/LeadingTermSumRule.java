package zipfscale.asymptotic;

import java.util.List;
import java.util.Optional;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The lemma library as a rule for sums: a sum whose leading term {@code C x^e (log x)^m} the
 * {@link LeadingTerms} calculus finds (Zipf tails, Mellin harmonic sums, the missing mass) expands to
 * {@code C x^e (log x)^m + o(x^e (log x)^m)}. Sums it does not know are left to the next rule.
 */
public final class LeadingTermSumRule implements SumExpansion {
    private final LeadingTerms calc;

    public LeadingTermSumRule(LeadingTerms calc) {
        this.calc = calc;
    }

    @Override
    public Optional<ExpansionResult> expand(Sum s, Symbol x, int terms, ExpansionContext ctx) {
        if (!x.name().equals(calc.variable())) {
            return Optional.empty();
        }
        LeadingTerm l;
        try {
            l = calc.of(s);
        } catch (AsymptoticFailure e) {
            return Optional.empty();
        }
        if (l.exponentiallySmall()) {
            return Optional.empty();
        }
        ScaleMonomial m = new ScaleMonomial(l.exponent(), Expr.num(l.logPower()), Expr.num(0), Expr.num(0));
        ExpansionTerm t = new ExpansionTerm(l.coefficient().toExpr(), m);
        AsymptoticExpansion e = new AsymptoticExpansion(x, List.of(t), Optional.of(Remainder.littleO(m)), List.of(),
                List.of(new ProofStep("leading term from the lemma library", "zipfscale lemmas (see the chain)",
                        Expr.call("Equal", s, Coefficients.add(t.toExpr(x), Expr.call("o", m.toExpr(x)))), List.of())));
        return Optional.of(new ExpansionResult.Expanded(e));
    }
}
