package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
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
 * The plain text of an expression inside the words of a justification step or a reason (fully
 * parenthesised where in doubt). {@code check} must not depend on {@code render}; the typeset form of a
 * chain comes from the Exprs kept beside the words.
 */
public final class StepText implements Expr.Visitor<String> {
    private static final StepText INSTANCE = new StepText();

    public static String of(Expr e) {
        return e.accept(INSTANCE);
    }

    /** The words of {@code t} with its formulas in plain text. */
    public static String of(RichText t) {
        StringBuilder b = new StringBuilder();
        for (RichText.Part p : t.parts()) {
            b.append(p instanceof RichText.Words w ? w.text() : of(((RichText.Formula) p).expr()));
        }
        return b.toString();
    }

    /** The steps on one line, each as {@link #of(ProofStep)}, separated by {@code separator}. */
    public static String join(String separator, List<ProofStep> steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(of(s)));
        return String.join(separator, out);
    }

    /**
     * A step on one line: {@code rule [source]: statement, note; side condition c (discharge)}; a step in
     * words alone is its words; a lone side condition is {@code side condition c (rule): discharge}.
     */
    public static String of(ProofStep s) {
        return StepLayout.of(s, PIECES);
    }

    private static final StepLayout.Pieces PIECES = new StepLayout.Pieces() {
        @Override
        public String text(RichText t) {
            return of(t);
        }

        @Override
        public String formula(Expr e) {
            return of(e);
        }

        @Override
        public String source(String source, boolean first) {
            return " [" + source + "]";
        }

        @Override
        public String dischargeSeparator() {
            return ": ";
        }
    };

    private static String atom(Expr e) {
        String s = of(e);
        boolean simple = e instanceof Symbol || e instanceof Call || e instanceof Constant
                || (e instanceof Rational r && r.isInteger() && r.signum() >= 0)
                || (e instanceof Decimal d && d.value().signum() >= 0);
        return simple ? s : "(" + s + ")";
    }

    @Override
    public String visitRational(Rational e) {
        return e.numerator() + (e.isInteger() ? "" : "/" + e.denominator());
    }

    @Override
    public String visitDecimal(Decimal e) {
        return e.text();
    }

    @Override
    public String visitSymbol(Symbol e) {
        return e.name();
    }

    @Override
    public String visitConstant(Constant e) {
        return e.kind().spelling();
    }

    @Override
    public String visitAdd(Add e) {
        StringBuilder b = new StringBuilder();
        for (Expr t : e.terms()) {
            String s = of(t);
            if (b.length() > 0) {
                b.append(s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
            } else {
                b.append(s);
            }
        }
        return b.toString();
    }

    @Override
    public String visitMul(Mul e) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        boolean negative = false;
        for (Expr f : e.factors()) {
            if (f instanceof Rational r && r.isMinusOne()) {
                negative = !negative;
            } else if (f instanceof Pow p && p.exponent() instanceof Rational q && q.isMinusOne()) {
                den.add(atom(p.base()));
            } else {
                num.add(f instanceof Add || f instanceof Mul || (f instanceof Rational r && !r.isInteger())
                        || (f instanceof Rational r2 && r2.signum() < 0) ? "(" + of(f) + ")" : of(f));
            }
        }
        String n = num.isEmpty() ? "1" : String.join("*", num);
        String out = den.isEmpty() ? n : n + "/" + (den.size() == 1 ? den.get(0) : "(" + String.join("*", den) + ")");
        return negative ? "-" + out : out;
    }

    @Override
    public String visitPow(Pow e) {
        return atom(e.base()) + "^" + atom(e.exponent());
    }

    @Override
    public String visitCall(Call e) {
        String relation = StepRelation.token(e);
        if (relation != null) {
            // prose, not script: an equation reads a = b
            return of(e.args().get(0)) + " " + (relation.equals("==") ? "=" : relation) + " " + of(e.args().get(1));
        }
        if (e.builtin() == zipfscale.expr.Builtin.ARG_MIN && e.args().size() == 5) {
            // the script's form of the constrained ArgMin(f, N, D, lhs, rhs)
            return "ArgMin(" + of(e.args().get(0)) + ", {" + of(e.args().get(1)) + ", " + of(e.args().get(2)) + "}, "
                    + of(e.args().get(3)) + " == " + of(e.args().get(4)) + ")";
        }
        List<String> a = new ArrayList<>();
        e.args().forEach(x -> a.add(of(x)));
        return e.function() + "(" + String.join(", ", a) + ")";
    }

    @Override
    public String visitSum(Sum e) {
        return "Sum(" + of(e.body()) + ", {" + e.index() + ", " + of(e.lower()) + ", " + of(e.upper()) + "})";
    }

    @Override
    public String visitIntegral(Integral e) {
        return "Integrate(" + of(e.body()) + ", {" + e.variable() + ", " + of(e.lower()) + ", " + of(e.upper()) + "})";
    }
}
