package zipfscale.render;

import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.StepLayout;
import zipfscale.asymptotic.StepRelation;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;

/**
 * A justification step as LaTeX for an {@code \item} of a {@code zschain} list: the rule's words as prose
 * ({@link ProseText}) with its formulas as mathematics, the source in brackets, the statement and each side
 * condition as mathematics, each condition followed by how it was discharged (a lone side condition reads
 * {@code side condition C (why): how}, as {@link zipfscale.asymptotic.StepText} prints it). A relation call
 * ({@link StepRelation}) is set as {@code lhs REL rhs} ({@link LatexRelations}; {@code ->} as {@code \to}).
 *
 * <p>Implementation note: TeX breaks inline mathematics only after relations and binary operators, so a
 * long product would run into the margin. A formula longer than {@link #INLINE} glyphs
 * ({@link ClaimDisplay#visibleLength}) is therefore set as a display line through {@code \zsfit}, which
 * scales it down only when TeX measures it wider than the line.
 */
public final class ProofStepLatex {
    /** Glyphs up to which a formula stays inline. */
    static final int INLINE = 48;

    private final LatexPrinter printer;
    private final LatexRelations relations;

    public ProofStepLatex(LatexPrinter printer) {
        this.printer = printer;
        this.relations = new LatexRelations(printer);
    }

    /** The LaTeX of {@code s}, without the {@code \item}. */
    public String step(ProofStep s) {
        return StepLayout.of(s, new StepLayout.Pieces() {
            @Override
            public String text(RichText t) {
                return ProofStepLatex.this.text(t);
            }

            @Override
            public String formula(Expr e) {
                return ProofStepLatex.this.formula(e);
            }

            @Override
            public String source(String source, boolean first) {
                return (first ? "" : " ") + "[" + ProseText.of(source) + "]";
            }

            @Override
            public String dischargeSeparator() {
                return ":\\allowbreak{} ";
            }
        });
    }

    /** Words as prose, formulas as mathematics. */
    public String text(RichText t) {
        StringBuilder b = new StringBuilder();
        for (RichText.Part p : t.parts()) {
            if (p instanceof RichText.Words w) {
                b.append(ProseText.of(w.text()));
            } else {
                b.append(formula(((RichText.Formula) p).expr()));
            }
        }
        return b.toString();
    }

    /** {@code $...$}, or a display line for a long formula. */
    String formula(Expr e) {
        String m = math(e);
        return ClaimDisplay.visibleLength(m) <= INLINE ? "$" + m + "$" : "\\[\\zsfit{" + m + "}\\]";
    }

    /** The mathematics of {@code e}, a relation call set as a relation. */
    String math(Expr e) {
        String token = StepRelation.token(e);
        if (token == null) {
            return printer.print(e);
        }
        Call c = (Call) e;
        if (token.equals("->")) {
            return printer.print(c.args().get(0)) + " \\to " + printer.print(c.args().get(1));
        }
        return relations.relation(c.args().get(0), token, c.args().get(1));
    }
}
