package zipfscale.cas;

import java.util.List;
import java.util.StringJoiner;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Comparison;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Writes an {@link Expr} as Symja input: fully parenthesised, symbols renamed by {@link SymbolNaming},
 * decimals as exact fractions (Symja must not switch to floating point), only whitelisted functions.
 */
final class SymjaWriter implements Expr.Visitor<String> {
    private final SymbolNaming naming;

    SymjaWriter(SymbolNaming naming) {
        this.naming = naming;
    }

    String write(Expr e) {
        return e.accept(this);
    }

    String write(Comparison c) {
        String op;
        switch (c.op()) {
            case EQ: op = "=="; break;
            case LT: op = "<"; break;
            case LE: op = "<="; break;
            case GT: op = ">"; break;
            default: op = ">="; break;
        }
        return "(" + write(c.lhs()) + ")" + op + "(" + write(c.rhs()) + ")";
    }

    private String join(List<Expr> items, String sep) {
        StringJoiner j = new StringJoiner(sep, "(", ")");
        for (Expr e : items) {
            j.add("(" + e.accept(this) + ")");
        }
        return j.toString();
    }

    @Override
    public String visitRational(Rational e) {
        return e.isInteger() ? "(" + e.numerator() + ")" : "(" + e.numerator() + "/" + e.denominator() + ")";
    }

    @Override
    public String visitDecimal(Decimal e) {
        java.math.BigDecimal v = e.value();
        if (v.scale() <= 0) {
            return "(" + v.toBigIntegerExact() + ")";
        }
        return "(" + v.unscaledValue() + "/" + java.math.BigInteger.TEN.pow(v.scale()) + ")";
    }

    @Override
    public String visitSymbol(Symbol e) {
        return naming.symjaName(e.name());
    }

    @Override
    public String visitConstant(Constant e) {
        return e.kind().spelling();
    }

    @Override
    public String visitAdd(Add e) {
        return join(e.terms(), "+");
    }

    @Override
    public String visitMul(Mul e) {
        return join(e.factors(), "*");
    }

    @Override
    public String visitPow(Pow e) {
        return "((" + e.base().accept(this) + ")^(" + e.exponent().accept(this) + "))";
    }

    @Override
    public String visitCall(Call e) {
        if (e.builtin() == null && zipfscale.expr.Builtin.COMPARISONS.contains(e.function())) {
            return e.function() + "(" + e.args().get(0).accept(this) + "," + e.args().get(1).accept(this) + ")";
        }
        if (e.builtin() == null) {
            throw new IllegalArgumentException("unexpanded function '" + e.function() + "' cannot go to Symja");
        }
        if (e.builtin() == Builtin.DIFF || e.builtin() == Builtin.SUBS) {
            throw new IllegalArgumentException("Diff is expanded by zipfscale.expr.Differentiation before Symja sees a claim");
        }
        if (e.builtin() == Builtin.ARG_MIN || e.builtin() == Builtin.MIN_VALUE) {
            throw new IllegalArgumentException("ArgMin is a minimisation claim for the asymptotic checker, not for Symja");
        }
        StringJoiner j = new StringJoiner(",", e.builtin().spelling() + "(", ")");
        for (Expr a : e.args()) {
            j.add(a.accept(this));
        }
        return j.toString();
    }

    @Override
    public String visitSum(Sum e) {
        return "Sum(" + e.body().accept(this) + ",{" + naming.symjaName(e.index()) + "," + e.lower().accept(this)
                + "," + e.upper().accept(this) + "})";
    }

    @Override
    public String visitIntegral(Integral e) {
        return "Integrate(" + e.body().accept(this) + ",{" + naming.symjaName(e.variable()) + ","
                + e.lower().accept(this) + "," + e.upper().accept(this) + "})";
    }
}
