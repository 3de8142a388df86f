package zipfscale.script;

import java.util.List;
import zipfscale.claims.Binding;
import zipfscale.claims.Domain;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;

/**
 * The syntax tree of a script: one record per statement, each with its position. Elaboration turns a
 * list of statements into {@link zipfscale.claims.Derivation}s.
 */
public sealed interface Statement {

    SourceSpan span();

    /** {@code derivation NAME "Title"}. */
    record DerivationHeader(String name, String title, SourceSpan span) implements Statement { }

    /** {@code cite "text"} at derivation level. */
    record Cite(String text, SourceSpan span) implements Statement { }

    /** {@code notation NAME "LATEX"}. */
    record Notation(String name, String latex, SourceSpan span) implements Statement { }

    /** {@code param NAME, NAME, ...}. */
    record Param(List<String> names, SourceSpan span) implements Statement {
        public Param {
            names = List.copyOf(names);
        }
    }

    /** {@code assume a REL b [REL c ...]}. */
    record Assume(List<Comparison> comparisons, SourceSpan span) implements Statement {
        public Assume {
            comparisons = List.copyOf(comparisons);
        }
    }

    /** {@code define NAME := EXPR} or {@code define NAME(x, y) := EXPR}. */
    record Define(String name, List<String> params, Expr body, SourceSpan span) implements Statement {
        public Define {
            params = List.copyOf(params);
        }
    }

    /**
     * {@code claim ID "Title":} with its indented body and clauses. {@code relation} is the relation as
     * written ({@code ==}, {@code <=}, {@code ~}, {@code asymp}, {@code =O}, {@code =o}, ...);
     * {@code variable} is the {@code as VAR -> Infinity} variable or null.
     */
    record ClaimBlock(String id, String title, Expr lhs, String relation, Expr rhs, String variable,
            List<Binding> where, List<Domain> domains, List<String> cites, SourceSpan span,
            List<zipfscale.claims.Ensemble> ensembles) implements Statement {
        public ClaimBlock {
            where = List.copyOf(where);
            domains = List.copyOf(domains);
            cites = List.copyOf(cites);
            ensembles = List.copyOf(ensembles);
        }

        /** A claim about scalar parameters only. */
        public ClaimBlock(String id, String title, Expr lhs, String relation, Expr rhs, String variable,
                List<Binding> where, List<Domain> domains, List<String> cites, SourceSpan span) {
            this(id, title, lhs, relation, rhs, variable, where, domains, cites, span, List.of());
        }
    }

    /** {@code extrapolate ID "Title":} with its clauses, read by {@link ExtrapolationParser}. */
    record Extrapolate(zipfscale.claims.Extrapolation extrapolation, SourceSpan span) implements Statement { }
    // ---- issue 8: value and plot, read by ExhibitParser and checked by ExhibitElaboration ----

    /** {@code value ID "Title":} with its expression and clauses, as written (not yet validated). */
    record ValueBlock(zipfscale.claims.Value value) implements Statement {
        @Override
        public SourceSpan span() {
            return value.span();
        }
    }

    /** {@code plot ID "Title":} with its expression and clauses, as written (not yet validated). */
    record PlotBlock(zipfscale.claims.Plot plot) implements Statement {
        @Override
        public SourceSpan span() {
            return plot.span();
        }
    }
}
