package zipfscale.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import zipfscale.claims.Binding;
import zipfscale.claims.Definition;
import zipfscale.claims.Expansion;
import zipfscale.claims.Extrapolation;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;

/**
 * The names of {@code extrapolate} statements. Unlike a claim's, the truth of an extrapolation is a
 * number at each C, so every name in it (definitions expanded) needs a value: the {@code for} variable,
 * the {@code minimize} variable, or a {@code where} binding (whose value may use earlier bindings only).
 * Also: typos and unknown functions ({@link NameCheck}), identifiers that repeat a claim's or another
 * extrapolation's, a variable the truth does not depend on, a binding twice or of a defined name.
 */
final class ExtrapolationNames {
    private final NameCheck names;
    private final Diagnostics diagnostics;
    private final ScriptFile file;

    ExtrapolationNames(NameCheck names, Diagnostics diagnostics, ScriptFile file) {
        this.names = names;
        this.diagnostics = diagnostics;
        this.file = file;
    }

    /** @param expandable false when the definitions have a cycle (already reported): then names are not traced */
    void check(List<Extrapolation> extrapolations, List<Statement.ClaimBlock> claims, Set<String> declared,
            java.util.Map<String, Definition> definitions, boolean expandable) {
        if (!expandable) {
            return;
        }
        Set<String> defined = definitions.keySet();
        Expansion expansion = new Expansion(new ArrayList<>(definitions.values()));
        Set<String> ids = new HashSet<>();
        claims.forEach(c -> ids.add(c.id()));
        for (Extrapolation e : extrapolations) {
            if (!ids.add(e.id())) {
                error(e.span(), "a second claim or extrapolation named '" + e.id() + "'");
            }
            Set<String> scope = new HashSet<>(declared);
            scope.add(e.variable());
            if (e.minimize() != null) {
                scope.add(e.minimize().variable());
            }
            Set<String> bound = new HashSet<>();
            for (Binding b : e.where()) {
                scope.add(b.name());
            }
            for (Binding b : e.where()) {
                names.check(b.value(), scope, b.span());
                if (defined.contains(b.name())) {
                    error(b.span(), "'" + b.name() + "' is defined; a where clause cannot rebind it");
                }
                unbound(expansion, b.value(), bound, b.span(), "the value of " + b.name());
                if (!bound.add(b.name())) {
                    error(b.span(), "'" + b.name() + "' is bound twice in extrapolation '" + e.id() + "'");
                }
            }
            names.check(e.truth(), scope, e.truthSpan());
            Set<String> values = new HashSet<>(bound);
            values.add(e.variable());
            if (e.minimize() != null) {
                values.add(e.minimize().variable());
            }
            Set<String> free = unbound(expansion, e.truth(), values, e.truthSpan(), "the truth");
            if (!free.contains(e.variable())) {
                error(e.truthSpan(), "the truth does not depend on '" + e.variable() + "', the variable of 'for'");
            }
            if (e.minimize() != null && !free.contains(e.minimize().variable())) {
                error(e.minimize().span(), "'minimize " + e.minimize().variable() + "': the truth does not depend on "
                        + e.minimize().variable());
            }
        }
    }

    /** Reports the names of {@code e} (expanded) without a value; returns the expanded free names. */
    private Set<String> unbound(Expansion expansion, Expr e, Set<String> values, SourceSpan span, String what) {
        Set<String> free = FreeSymbols.of(expansion.expand(e));
        Set<String> missing = new TreeSet<>(free);
        missing.removeAll(values);
        for (String m : missing) {
            error(locate(span, m), "'" + m + "' in " + what + " has no value: an extrapolation evaluates its truth,"
                    + " so bind it with 'where " + m + " = ...'");
        }
        return free;
    }

    private SourceSpan locate(SourceSpan span, String name) {
        String line = file.line(span.line());
        int from = Math.max(0, span.column() - 1);
        int i = line.indexOf(name, from);
        while (i >= 0) {
            boolean before = i == 0 || !TopLevel.isNameChar(line.charAt(i - 1));
            boolean after = i + name.length() >= line.length() || !TopLevel.isNameChar(line.charAt(i + name.length()));
            if (before && after) {
                return new SourceSpan(span.file(), span.line(), i + 1, name.length());
            }
            i = line.indexOf(name, i + 1);
        }
        return span;
    }

    private void error(SourceSpan span, String message) {
        diagnostics.report(Diagnostic.error(span, message, file.line(span.line())));
    }
}
