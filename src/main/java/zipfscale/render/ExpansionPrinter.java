package zipfscale.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import zipfscale.asymptotic.AsymptoticExpansion;
import zipfscale.asymptotic.ExpansionTerm;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.Remainder;
import zipfscale.asymptotic.ScaleMonomial;
import zipfscale.asymptotic.SideCondition;
import zipfscale.asymptotic.StepText;
import zipfscale.expr.Expr;

/**
 * Plain text and JSON of an asymptotic expansion ({@code zipfscale expand}). {@code display} rewrites a
 * coefficient for reading (the command passes Symja's Simplify); the expansion itself is not changed.
 */
public final class ExpansionPrinter {
    private ExpansionPrinter() {
    }

    /** {@code f = t1 + t2 + ... + O(r) as x -> Infinity}, then the proof chain when {@code why}. */
    public static String text(Expr f, AsymptoticExpansion e, UnaryOperator<Expr> display, boolean why) {
        StringBuilder b = new StringBuilder();
        b.append(StepText.of(f)).append(" =");
        boolean first = true;
        for (ExpansionTerm t : e.terms()) {
            String s = StepText.of(term(display.apply(t.coefficient()), t.monomial(), e));
            if (first) {
                b.append(' ').append(s);
            } else {
                b.append(s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
            }
            first = false;
        }
        if (e.remainder().isPresent()) {
            Remainder r = e.remainder().get();
            b.append(first ? " " : " + ").append(r.little() ? "o(" : "O(")
                    .append(StepText.of(r.order().toExpr(e.variable()))).append(')');
        } else if (first) {
            b.append(" 0");
        }
        b.append("   as ").append(e.variable().name()).append(" -> Infinity\n");
        if (why) {
            b.append("proof:\n");
            int i = 1;
            for (ProofStep s : e.steps()) {
                b.append("  ").append(i++).append(". ").append(StepText.of(s.rule()))
                        .append(s.source().isEmpty() ? "" : " [" + s.source() + "]").append(": ")
                        .append(StepText.of(s.statement())).append('\n');
            }
            if (!e.conditions().isEmpty()) {
                b.append("side conditions:\n");
                for (SideCondition c : e.conditions()) {
                    b.append("  ").append(StepText.of(c.condition())).append("   (").append(StepText.of(c.dischargedBy())).append(")\n");
                }
            }
        }
        return b.toString();
    }

    public static String json(Expr f, AsymptoticExpansion e, UnaryOperator<Expr> display) {
        ObjectNode root = JsonText.object();
        root.put("expression", StepText.of(f));
        root.put("variable", e.variable().name());
        ArrayNode terms = root.putArray("terms");
        for (ExpansionTerm t : e.terms()) {
            ObjectNode n = terms.addObject();
            n.put("coefficient", StepText.of(display.apply(t.coefficient())));
            monomial(n.putObject("monomial"), t.monomial());
            n.put("term", StepText.of(term(display.apply(t.coefficient()), t.monomial(), e)));
        }
        if (e.remainder().isPresent()) {
            ObjectNode r = root.putObject("remainder");
            r.put("kind", e.remainder().get().little() ? "o" : "O");
            r.put("order", StepText.of(e.remainder().get().order().toExpr(e.variable())));
            monomial(r.putObject("monomial"), e.remainder().get().order());
        } else {
            root.putNull("remainder");
        }
        ArrayNode conds = root.putArray("conditions");
        for (SideCondition c : e.conditions()) {
            conds.addObject().put("condition", StepText.of(c.condition())).put("dischargedBy", StepText.of(c.dischargedBy()));
        }
        ArrayNode steps = root.putArray("steps");
        for (ProofStep s : e.steps()) {
            steps.addObject().put("rule", StepText.of(s.rule())).put("source", s.source()).put("statement", StepText.of(s.statement()));
        }
        return JsonText.compact(root);
    }

    private static Expr term(Expr c, ScaleMonomial m, AsymptoticExpansion e) {
        if (m.isOne()) {
            return c;
        }
        Expr mx = m.toExpr(e.variable());
        if (c instanceof zipfscale.expr.Rational r && r.isInteger() && r.numerator().abs().equals(java.math.BigInteger.ONE)) {
            return r.signum() > 0 ? mx : Expr.neg(mx);
        }
        return Expr.mul(c, mx);
    }

    private static void monomial(ObjectNode n, ScaleMonomial m) {
        n.put("power", StepText.of(m.power()));
        n.put("logPower", StepText.of(m.logPower()));
        n.put("logLogPower", StepText.of(m.logLogPower()));
        n.put("exponential", StepText.of(m.exponential()));
    }
}
