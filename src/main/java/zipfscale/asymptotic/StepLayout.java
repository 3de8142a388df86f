package zipfscale.asymptotic;

import zipfscale.expr.Expr;

/**
 * The order of a justification step's parts, for every printer: {@code rule [source]: statement, note;
 * side condition c (discharge)}; a step in words alone is its words; a lone side condition reads
 * {@code side condition c (rule): discharge}. A printer says how words, formulas and the source look
 * ({@link Pieces}); the plain text ({@link StepText}) and the LaTeX of the chain both lay steps out here, so
 * the two cannot drift apart.
 */
public final class StepLayout {
    /** How a printer sets the parts of a step. */
    public interface Pieces {
        String text(RichText t);

        String formula(Expr e);

        /** The source in brackets with its leading separator; {@code first} when nothing precedes it. */
        String source(String source, boolean first);

        /** What stands between a lone side condition's rule and its discharge. */
        String dischargeSeparator();
    }

    private StepLayout() {
    }

    public static String of(ProofStep s, Pieces p) {
        if (s.isLoneCondition()) {
            SideCondition c = s.conditions().get(0);
            return "side condition " + p.formula(c.condition()) + " (" + p.text(s.rule()) + ")"
                    + (c.dischargedBy().isEmpty() ? "" : p.dischargeSeparator() + p.text(c.dischargedBy()));
        }
        StringBuilder b = new StringBuilder(p.text(s.rule()));
        if (!s.source().isEmpty()) {
            b.append(p.source(s.source(), b.length() == 0));
        }
        if (s.statement() != null) {
            b.append(b.length() == 0 ? "" : ": ").append(p.formula(s.statement()));
        }
        if (!s.note().isEmpty()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.text(s.note()));
        }
        for (SideCondition c : s.conditions()) {
            b.append(b.length() == 0 ? "" : "; ").append("side condition ").append(p.formula(c.condition()));
            if (!c.dischargedBy().isEmpty()) {
                b.append(" (").append(p.text(c.dischargedBy())).append(')');
            }
        }
        return b.toString();
    }
}
