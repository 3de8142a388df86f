package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * One step of a justification: the rule or lemma applied ("Stirling series", "lemma mellin_harmonic_sum",
 * or words with formulas such as "leading term of the left side: x"), its source ("DLMF 5.11.1",
 * "eq. (29)", or "" for plain algebra), the statement it gives as an expression (a relation such as
 * {@code Equal(f, expansion)} or {@code Sim(f, g)}, see {@link StepRelation}; null when the rule's text
 * says it all), a note after the statement (the lemma's instance, "with c = ..., alpha = ..."; may be
 * empty) and the side conditions it needed, each with how it was discharged. Kept as data so that a
 * printer can typeset the chain as mathematics.
 */
public record ProofStep(RichText rule, String source, Expr statement, RichText note, List<SideCondition> conditions) {
    public ProofStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        statement = statement == null ? null : TidyForm.of(statement);
        conditions = List.copyOf(conditions);
    }

    public ProofStep(RichText rule, String source, Expr statement, List<SideCondition> conditions) {
        this(rule, source, statement, RichText.empty(), conditions);
    }

    public ProofStep(String rule, String source, Expr statement, List<SideCondition> conditions) {
        this(RichText.of(rule), source, statement, RichText.empty(), conditions);
    }

    /** A step told in words and formulas alone (see {@link RichText#of}): no source, statement or condition. */
    public static ProofStep of(Object... pieces) {
        return new ProofStep(RichText.of(pieces), "", null, RichText.empty(), List.of());
    }

    /** A lemma with its source, its statement and a note on the instance (pieces as {@link RichText#of}). */
    public static ProofStep lemma(String name, String source, Expr statement, Object... note) {
        return new ProofStep(RichText.of(name), source, statement, RichText.of(note), List.of());
    }

    /** A step in words and formulas with one side condition {@code condition}, discharged as {@code how}. */
    public static ProofStep condition(Object why, Expr condition, Object how) {
        return new ProofStep(RichText.of(why), "", null, RichText.empty(),
                List.of(new SideCondition(condition, RichText.of(how))));
    }

    /**
     * Whether this step is one side condition with the reason it was needed as its rule (made by
     * {@link #condition}): printers show it as {@code side condition C (rule): discharge}.
     */
    public boolean isLoneCondition() {
        return statement == null && note.isEmpty() && conditions.size() == 1 && !rule.isEmpty();
    }

    /** This step with one more side condition. */
    public ProofStep withCondition(SideCondition c) {
        List<SideCondition> all = new ArrayList<>(conditions);
        all.add(c);
        return new ProofStep(rule, source, statement, note, all);
    }
}
