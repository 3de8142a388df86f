package zipfscale.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.SideCondition;
import zipfscale.asymptotic.StepRelation;
import zipfscale.asymptotic.StepText;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;

/**
 * A justification step as a JSON object: {@code rule} (its words with formulas in script syntax),
 * {@code source}, {@code statement} (script syntax, a relation as {@code lhs REL rhs}; null when the rule
 * says it all), {@code note} (the lemma's instance, words with formulas in script syntax), {@code conditions} (each {@code condition} and {@code dischargedBy}) and {@code text}, the
 * whole step on one line as the JUnit report prints it.
 */
public final class ProofStepJson {
    private ProofStepJson() {
    }

    public static ObjectNode of(ProofStep s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rule", text(s.rule()));
        o.put("source", s.source());
        if (s.statement() == null) {
            o.putNull("statement");
        } else {
            o.put("statement", script(s.statement()));
        }
        o.put("note", text(s.note()));
        var conditions = o.putArray("conditions");
        for (SideCondition c : s.conditions()) {
            conditions.addObject().put("condition", script(c.condition())).put("dischargedBy", text(c.dischargedBy()));
        }
        o.put("text", StepText.of(s));
        return o;
    }

    /** Words with formulas in script syntax. */
    static String text(RichText t) {
        StringBuilder b = new StringBuilder();
        for (RichText.Part p : t.parts()) {
            b.append(p instanceof RichText.Words w ? w.text() : script(((RichText.Formula) p).expr()));
        }
        return b.toString();
    }

    /** Script syntax ({@link TextPrinter}), a relation call as {@code lhs REL rhs}. */
    static String script(Expr e) {
        String token = StepRelation.token(e);
        if (token == null) {
            return TextPrinter.print(e);
        }
        Call c = (Call) e;
        return TextPrinter.print(c.args().get(0)) + " " + token + " " + TextPrinter.print(c.args().get(1));
    }
}
