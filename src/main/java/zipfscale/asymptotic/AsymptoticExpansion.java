package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;

/**
 * An asymptotic expansion of f(x) as x -> infinity: {@code f = c1 m1 + c2 m2 + ... + R} with the scale
 * monomials strictly decreasing ({@code m(i+1) = o(m(i))}), nonzero coefficients constant in x, and the
 * remainder R = O(r) or o(r) with r = o(last monomial); an empty remainder means the terms are exact.
 * {@code conditions} are the side conditions the whole expansion rests on; {@code steps} its proof chain.
 */
public record AsymptoticExpansion(Symbol variable, List<ExpansionTerm> terms, Optional<Remainder> remainder,
        List<SideCondition> conditions, List<ProofStep> steps) {

    public AsymptoticExpansion {
        Objects.requireNonNull(variable, "variable");
        terms = List.copyOf(terms);
        Objects.requireNonNull(remainder, "remainder");
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
    }

    /** The exact expansion 0. */
    public static AsymptoticExpansion zero(Symbol x) {
        return new AsymptoticExpansion(x, List.of(), Optional.empty(), List.of(), List.of());
    }

    public boolean isExact() {
        return remainder.isEmpty();
    }

    /** The leading term, when the expansion has one (an expansion may be only a remainder, f = O(r)). */
    public Optional<ExpansionTerm> leading() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    /** The sum of the terms, without the remainder. */
    public Expr termsExpr() {
        Expr out = Expr.num(0);
        for (ExpansionTerm t : terms) {
            out = Coefficients.add(out, t.toExpr(variable));
        }
        return out;
    }

    /** The terms followed by {@code O(r)} or {@code o(r)} as calls, for statements of proof steps. */
    public Expr toExpr() {
        Expr out = termsExpr();
        if (remainder.isPresent()) {
            Remainder r = remainder.get();
            out = Coefficients.add(out, Expr.call(r.little() ? "o" : "O", r.order().toExpr(variable)));
        }
        return out;
    }

    /** The same expansion with more steps and conditions appended. */
    public AsymptoticExpansion with(List<SideCondition> moreConditions, List<ProofStep> moreSteps) {
        List<SideCondition> c = new ArrayList<>(conditions);
        c.addAll(moreConditions);
        List<ProofStep> s = new ArrayList<>(steps);
        s.addAll(moreSteps);
        return new AsymptoticExpansion(variable, terms, remainder, c, s);
    }
}
