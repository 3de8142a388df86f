package zipfscale.script;

import java.util.List;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.Ensemble;
import zipfscale.expr.Expr;

/**
 * Reads the rest of {@code for p in distributions(K) [nonincreasing]} and
 * {@code for q in sequences(K) in [lo, hi] [nonincreasing | nondecreasing]} (issue 15), after
 * {@code for NAME in}. Every malformed piece is an error at its own column.
 */
final class EnsembleClause {

    private EnsembleClause() {
    }

    static Ensemble read(String name, LineCursor c, SourceText whole) {
        c.skipBlanks();
        int at = c.position();
        String family = c.name("'distributions' or 'sequences'");
        Ensemble.Kind kind = family.equals("distributions") ? Ensemble.Kind.DISTRIBUTIONS
                : family.equals("sequences") ? Ensemble.Kind.SEQUENCES : null;
        if (kind == null) {
            throw c.error(at, family.length(), "unknown set '" + family + "': expected distributions(K) or sequences(K)");
        }
        c.expect("(", "'(' and the size: " + family + "(K)");
        String size = c.name("the size of the vectors, a name such as K");
        c.expect(")", "')' after the size (" + family + "(K) takes one name)");
        Expr lower = null;
        Expr upper = null;
        if (kind == Ensemble.Kind.SEQUENCES) {
            if (!c.accept("in")) {
                throw c.fail("expected 'in [lo, hi]' after sequences(" + size + ")");
            }
            c.expect("[", "'[' (sequences(K) in [lo, hi])");
            SourceText inner = c.rest();
            String s = inner.text();
            int close = closing(s);
            if (close < 0) {
                throw c.error(c.position(), 1, "expected ']' at the end of the interval");
            }
            List<SourceText> parts = TopLevel.split(inner.slice(0, close), ',');
            if (parts.size() != 2) {
                throw new zipfscale.diag.InputException(zipfscale.diag.Diagnostic.error(inner.span(),
                        "an interval is [lo, hi]", inner.sourceLine()));
            }
            lower = ExpressionReader.read(parts.get(0).text(), parts.get(0).positions(), inner.sourceLine());
            upper = ExpressionReader.read(parts.get(1).text(), parts.get(1).positions(), inner.sourceLine());
            c = new LineCursor(inner.slice(close + 1, s.length()));
        }
        Ensemble.Order order = Ensemble.Order.ANY;
        if (!c.atEnd()) {
            c.skipBlanks();
            int w = c.position();
            String word = c.name("'nonincreasing' or 'nondecreasing'");
            if (word.equals("nonincreasing")) {
                order = Ensemble.Order.NONINCREASING;
            } else if (word.equals("nondecreasing") && kind == Ensemble.Kind.SEQUENCES) {
                order = Ensemble.Order.NONDECREASING;
            } else {
                throw c.error(w, word.length(), "unknown order '" + word + "': expected "
                        + (kind == Ensemble.Kind.SEQUENCES ? "nonincreasing or nondecreasing" : "nonincreasing"));
            }
            c.expectEnd();
        }
        return new Ensemble(name, kind, size, order, lower, upper, whole.span());
    }

    /** The offset of the ']' that closes the interval (depth 0), or -1. */
    private static int closing(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}') {
                depth--;
            } else if (ch == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
