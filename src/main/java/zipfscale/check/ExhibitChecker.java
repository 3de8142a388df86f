package zipfscale.check;

import zipfscale.claims.Binding;
import zipfscale.claims.Derivation;
import zipfscale.claims.Exhibit;
import zipfscale.claims.Expansion;
import zipfscale.claims.Plot;
import zipfscale.claims.Value;
import zipfscale.expr.Expr;

/**
 * Computes a derivation's values ({@link ValueEvaluation}) and plots ({@link PlotSampling}). The
 * expressions are prepared as a claim's are: definitions expanded and {@code where} bindings substituted.
 */
public final class ExhibitChecker implements Exhibit.Visitor<ExhibitResult> {
    private final Derivation derivation;
    private final CheckSettings settings;
    private final Expansion expansion;

    public ExhibitChecker(Derivation derivation, CheckSettings settings) {
        this.derivation = derivation;
        this.settings = settings;
        this.expansion = new Expansion(derivation.definitions());
    }

    public ExhibitResult check(Exhibit e) {
        return e.accept(this);
    }

    @Override
    public ExhibitResult visitValue(Value v) {
        return new ValueEvaluation(settings).evaluate(derivation, v, this::prepare);
    }

    @Override
    public ExhibitResult visitPlot(Plot p) {
        return new PlotSampling(settings.numeric()).sample(derivation, p, this::prepare);
    }

    /**
     * {@code e} with the definitions expanded, the statement's bindings substituted and {@code Diff} calls
     * differentiated (as {@code ClaimContext} does; elaboration has shown that the derivatives exist).
     */
    private Expr prepare(Expr e, java.util.List<Binding> where) {
        return PowerSummands.normalise(expansion.prepare(e, expansion.bindings(where)), derivation.definitions());
    }

    /** Prepares an expression of a statement with the given bindings. */
    interface Preparation {
        Expr prepare(Expr e, java.util.List<Binding> where);
    }
}
