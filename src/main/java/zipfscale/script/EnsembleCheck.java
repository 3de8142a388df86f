package zipfscale.script;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import zipfscale.claims.Binding;
import zipfscale.claims.Definition;
import zipfscale.claims.Domain;
import zipfscale.claims.Ensemble;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * The rules of a claim over distributions or sequences (issue 15) that the parser cannot see: the size
 * has a {@code for K in [a, b]} range of whole numbers (1 <= a <= b <= {@value #MAX_SIZE}); a sequence's
 * name is fresh (not defined, bound, ranged over or used twice) and occurs in the claim as {@code p(...)};
 * a {@code sequences(K) in [lo, hi]} range has constant ends, lo < hi.
 */
final class EnsembleCheck {
    /** The largest size a search may be asked to cover: bounded time (a sum over p has K terms). */
    static final int MAX_SIZE = 1000;

    private final NameCheck names;

    EnsembleCheck(NameCheck names) {
        this.names = names;
    }

    void check(Statement.ClaimBlock c, Map<String, Definition> definitions) {
        if (c.ensembles().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> called = new HashSet<>(CallNames.of(c.lhs()));
        called.addAll(CallNames.of(c.rhs()));
        for (Binding b : c.where()) {
            called.addAll(CallNames.of(b.value()));
        }
        for (Ensemble en : c.ensembles()) {
            SourceSpan at = en.span();
            String n = en.name();
            if (!seen.add(n)) {
                names.errorAt(at, n, "'" + n + "' ranges over two sets in claim '" + c.id() + "'");
            }
            if (definitions.containsKey(n)) {
                names.errorAt(at, n, "'" + n + "' is defined in this derivation (line " + definitions.get(n).span().line()
                        + "); the sequence of a claim over " + en.kind().spelling() + " needs a fresh name");
            }
            for (Binding b : c.where()) {
                if (b.name().equals(n) || b.name().equals(en.size())) {
                    names.errorAt(b.span(), b.name(), "'" + b.name() + "' is the sequence or size of 'for " + n
                            + " in " + en.describe() + "' and cannot be bound by where");
                }
            }
            for (Domain d : c.domains()) {
                if (d.variable().equals(n)) {
                    names.errorAt(d.span(), n, "'" + n + "' is a sequence here and cannot also range over an interval");
                }
            }
            if (!called.contains(n)) {
                names.errorAt(at, n, "'for " + n + " in " + en.describe() + "': claim '" + c.id() + "' never uses "
                        + n + "(k)");
            }
            size(c, en);
            if (en.kind() == Ensemble.Kind.SEQUENCES) {
                double lo = constant(en.lower(), at, "the lower end of the range of " + n);
                double hi = constant(en.upper(), at, "the upper end of the range of " + n);
                if (!Double.isNaN(lo) && !Double.isNaN(hi) && !(lo < hi)) {
                    names.errorAt(at, "[", "the range of " + n + " must have lo < hi");
                }
            }
        }
    }

    private void size(Statement.ClaimBlock c, Ensemble en) {
        Domain range = null;
        for (Domain d : c.domains()) {
            if (d.variable().equals(en.size())) {
                range = d;
            }
        }
        if (range == null) {
            names.errorAt(en.span(), en.size(), "the size " + en.size() + " of " + en.describe() + " needs its range: add"
                    + " 'for " + en.size() + " in [1, 64]' (whole numbers)");
            return;
        }
        double lo = constant(range.lower(), range.span(), "the lower end of the range of " + en.size());
        double hi = constant(range.upper(), range.span(), "the upper end of the range of " + en.size());
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return;
        }
        if (lo != Math.rint(lo) || hi != Math.rint(hi) || lo < 1 || hi < lo) {
            names.errorAt(range.span(), en.size(), "the size " + en.size() + " ranges over whole numbers: write 'for "
                    + en.size() + " in [a, b]' with whole numbers 1 <= a <= b");
        } else if (hi > MAX_SIZE) {
            names.errorAt(range.span(), en.size(), "the size " + en.size() + " is at most " + MAX_SIZE
                    + " (the search evaluates sums of that many terms)");
        }
    }

    /** The value of a constant expression, or NaN after reporting why it is not one. */
    private double constant(Expr e, SourceSpan at, String what) {
        Set<String> free = FreeSymbols.of(e);
        if (!free.isEmpty()) {
            String first = free.iterator().next();
            names.errorAt(at, first, what + " must be a number, not depend on '" + first + "'");
            return Double.NaN;
        }
        try {
            double v = DoubleEvaluator.evaluate(e, Map.of());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (EvaluationException ex) {
            // reported below
        }
        names.errorAt(at, "in", what + " must be a finite number");
        return Double.NaN;
    }
}
