package zipfscale.expr;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The free symbols of an expression (bound indices and integration variables excluded), sorted. */
public final class FreeSymbols implements Expr.Visitor<Set<String>> {
    private static final FreeSymbols INSTANCE = new FreeSymbols();

    private FreeSymbols() {
    }

    public static Set<String> of(Expr e) {
        return Collections.unmodifiableSet(e.accept(INSTANCE));
    }

    private static Set<String> none() {
        return new TreeSet<>();
    }

    private Set<String> union(Iterable<Expr> items) {
        Set<String> s = none();
        for (Expr e : items) {
            s.addAll(e.accept(this));
        }
        return s;
    }

    @Override
    public Set<String> visitRational(Rational e) {
        return none();
    }

    @Override
    public Set<String> visitDecimal(Decimal e) {
        return none();
    }

    @Override
    public Set<String> visitSymbol(Symbol e) {
        Set<String> s = none();
        s.add(e.name());
        return s;
    }

    @Override
    public Set<String> visitConstant(Constant e) {
        return none();
    }

    @Override
    public Set<String> visitAdd(Add e) {
        return union(e.terms());
    }

    @Override
    public Set<String> visitMul(Mul e) {
        return union(e.factors());
    }

    @Override
    public Set<String> visitPow(Pow e) {
        Set<String> s = e.base().accept(this);
        s.addAll(e.exponent().accept(this));
        return s;
    }

    @Override
    public Set<String> visitCall(Call e) {
        if (e.builtin() == Builtin.ARG_MIN && e.args().size() == 5 && e.args().get(1) instanceof Symbol n
                && e.args().get(2) instanceof Symbol d) {
            // ArgMin(f, N, D, lhs, rhs): N and D are bound in f and in the constraint
            Set<String> s = union(List.of(e.args().get(0), e.args().get(3), e.args().get(4)));
            s.remove(n.name());
            s.remove(d.name());
            return s;
        }
        if ((e.builtin() == Builtin.ARG_MIN || e.builtin() == Builtin.MIN_VALUE) && e.args().get(1) instanceof Symbol bound) {
            Set<String> s = e.args().get(0).accept(this);
            s.remove(bound.name());
            return s;
        }
        if (e.builtin() == Builtin.SUBS && e.args().get(1) instanceof Symbol bound) {
            Set<String> s = e.args().get(0).accept(this);
            s.remove(bound.name());
            s.addAll(e.args().get(2).accept(this));
            return s;
        }
        return union(e.args());
    }

    @Override
    public Set<String> visitSum(Sum e) {
        Set<String> s = e.body().accept(this);
        s.remove(e.index());
        s.addAll(e.lower().accept(this));
        s.addAll(e.upper().accept(this));
        return s;
    }

    @Override
    public Set<String> visitIntegral(Integral e) {
        Set<String> s = e.body().accept(this);
        s.remove(e.variable());
        s.addAll(e.lower().accept(this));
        s.addAll(e.upper().accept(this));
        return s;
    }
}
