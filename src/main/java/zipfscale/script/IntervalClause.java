package zipfscale.script;

import java.util.List;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;

/**
 * The text of {@code CLAUSE VAR in [lo, hi]} running to the end of the line ({@code for} of a claim,
 * {@code for} and {@code minimize} of an {@code extrapolate}): the variable and the two ends, still as
 * source text, so that each caller reads them as it needs (expressions, or numbers) with their positions.
 */
record IntervalClause(String variable, SourceText inner, SourceText lower, SourceText upper) {

    /** Reads {@code VAR in [lo, hi]} after the clause's keyword; errors name the clause. */
    static IntervalClause read(LineCursor c, String clause) {
        String var = c.name("the variable of '" + clause + "'");
        if (!c.accept("in")) {
            throw c.fail("expected 'in' (" + clause + " VAR in [lo, hi])");
        }
        c.expect("[", "'[' (" + clause + " VAR in [lo, hi])");
        SourceText inner = c.rest();
        String s = inner.text();
        if (!s.endsWith("]")) {
            throw c.error(c.position(), 1, "expected ']' at the end of the interval");
        }
        List<SourceText> parts = TopLevel.split(inner.slice(0, s.length() - 1), ',');
        if (parts.size() != 2) {
            throw new InputException(Diagnostic.error(inner.span(), "an interval is [lo, hi]", inner.sourceLine()));
        }
        return new IntervalClause(var, inner, parts.get(0), parts.get(1));
    }
}
