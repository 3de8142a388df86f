package zipfscale.check;

import zipfscale.claims.Derivation;
import zipfscale.claims.Exhibit;

/**
 * What the engine computed for a {@code value} or a {@code plot} (issue 8). Sealed, walked by a
 * {@link Visitor} (the report and the LaTeX need a case for each).
 */
public sealed interface ExhibitResult permits ValueResult, PlotResult {

    Derivation derivation();

    Exhibit exhibit();

    /** Whether the run may exit 0 as far as this exhibit goes (a value whose check failed may not). */
    boolean holds();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of result. */
    interface Visitor<R> {
        R visitValue(ValueResult r);

        R visitPlot(PlotResult r);
    }
}
