package zipfscale.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import zipfscale.claims.Assumption;
import zipfscale.claims.Binding;
import zipfscale.claims.Definition;
import zipfscale.claims.Exhibit;
import zipfscale.claims.Expansion;
import zipfscale.claims.NumericRange;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotSeries;
import zipfscale.claims.Value;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.NotDifferentiableException;
import zipfscale.expr.Substitution;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.PreciseEvaluator;

/**
 * Checks a derivation's {@code value} and {@code plot} statements (issue 8) beyond their shape: the name
 * rules of claims (typos, unknown functions, arities, bindings that name nothing or rebind a definition);
 * after the definitions and the {@code where} bindings, no free name in a value and none but the
 * {@code for} variable and the series name in a plot, each of which must occur; the ends of ranges, the
 * series values and the expected bounds finite numbers, with {@code lo < hi} and {@code lo > 0} on a log
 * axis; the inputs within the derivation's assumptions (each assumption that the bindings, and for a plot
 * an end of the range and a series value, turn into a closed statement must hold). Every problem is a
 * positioned error (bad input, exit code 2).
 */
final class ExhibitElaboration {
    private final ScriptFile file;
    private final Diagnostics diagnostics;
    private final NameCheck names;
    private final Map<String, Definition> definitions;
    private final Set<String> declared;
    private final Expansion expansion;
    private final boolean expandable;
    private final List<Assumption> assumptions;

    /**
     * @param declared the names the derivation declares (assumed, defined, {@code param})
     * @param expandable false when the definitions have a cycle (then nothing is expanded)
     * @param assumptions the derivation's assumptions, which the inputs must not break
     */
    ExhibitElaboration(ScriptFile file, Diagnostics diagnostics, NameCheck names, Map<String, Definition> definitions,
            Set<String> declared, boolean expandable, List<Assumption> assumptions) {
        this.assumptions = List.copyOf(assumptions);
        this.file = file;
        this.diagnostics = diagnostics;
        this.names = names;
        this.definitions = definitions;
        this.declared = declared;
        this.expansion = new Expansion(new ArrayList<>(definitions.values()));
        this.expandable = expandable;
    }

    Exhibit elaborate(Statement s) {
        if (s instanceof Statement.ValueBlock v) {
            return value(v.value());
        }
        return plot(((Statement.PlotBlock) s).plot());
    }

    private Value value(Value v) {
        Set<String> scope = scope(v.where(), Set.of());
        names.check(v.expression(), scope, v.span());
        bindings(v.where(), scope, "value '" + v.id() + "'", Set.of());
        if (expandable && differentiable(v.expression(), v.where(), v.span(), "value '" + v.id() + "'")) {
            Set<String> free = prepared(v.expression(), v.where());
            for (String n : free) {
                names.errorAt(v.span(), n, "'" + n + "' has no value in value '" + v.id() + "': bind it with "
                        + "'where " + n + " = ...' or define it (where bindings do not see each other)");
            }
            if (free.isEmpty()) {
                withinAssumptions(v.where(), Map.of(), origins(v.where()), v.span(), "value '" + v.id() + "'");
            }
            v.expect().ifPresent(r -> range(r, v.where(), scope, false, "expect in [lo, hi]"));
        }
        return v;
    }

    private Plot plot(Plot p) {
        int errorsBefore = diagnostics.all().size();
        String var = p.variable();
        Optional<String> seriesName = p.series().map(PlotSeries::name);
        Set<String> own = new HashSet<>(Set.of(var));
        seriesName.ifPresent(own::add);
        Set<String> scope = scope(p.where(), own);
        String what = "plot '" + p.id() + "'";
        names.check(p.expression(), scope, p.span());
        bindings(p.where(), scope, what, own);
        if (seriesName.isPresent() && seriesName.get().equals(var)) {
            names.errorAt(p.series().get().span(), var, "'" + var + "' is the plot's variable and cannot also "
                    + "name its series");
        }
        for (String n : own) {
            if (definitions.containsKey(n)) {
                names.errorAt(p.span(), n, "'" + n + "' is defined; a plot's variable or series cannot be named so");
            }
        }
        if (!expandable || !differentiable(p.expression(), p.where(), p.span(), what)) {
            return p;
        }
        Set<String> free = prepared(p.expression(), p.where());
        for (String n : free) {
            if (!own.contains(n)) {
                names.errorAt(p.span(), n, "'" + n + "' has no value in " + what + ": its only free names may be "
                        + "the variable '" + var + "'" + seriesName.map(s -> " and the series '" + s + "'").orElse("")
                        + "; bind it with 'where " + n + " = ...' or define it");
            }
        }
        if (!free.contains(var)) {
            names.errorAt(p.range().span(), var, "'for " + var + " in ...': " + what + " does not depend on " + var);
        }
        if (seriesName.isPresent() && !free.contains(seriesName.get())) {
            names.errorAt(p.series().get().span(), seriesName.get(), "'series " + seriesName.get() + " = ...': "
                    + what + " does not depend on " + seriesName.get());
        }
        range(p.range(), p.where(), scope, p.scale().logX(), "for " + var + " in [lo, hi]");
        p.series().ifPresent(s -> {
            for (Expr v : s.values()) {
                number(v, p.where(), scope, s.span(), "a value of the series " + s.name());
            }
        });
        if (diagnostics.all().size() == errorsBefore) {
            List<Expr> values = p.series().map(PlotSeries::values).orElse(List.of());
            String[] ends = {"the lower end", "the upper end"};
            List<Expr> endValues = List.of(p.range().lower(), p.range().upper());
            for (int e = 0; e < 2; e++) {
                for (int k = 0; k < Math.max(1, values.size()); k++) {
                    Map<String, Expr> at = new HashMap<>(Map.of(var, prepare(endValues.get(e), p.where())));
                    String where = what + " at " + ends[e] + " of its range";
                    if (!values.isEmpty()) {
                        at.put(seriesName.get(), prepare(values.get(k), p.where()));
                        where += " with the series value " + (k + 1);
                    }
                    Map<String, SourceSpan> origins = origins(p.where());
                    origins.put(var, p.range().span());
                    p.series().ifPresent(x -> origins.put(x.name(), x.span()));
                    withinAssumptions(p.where(), at, origins, p.span(), where);
                }
            }
        }
        return p;
    }

    /**
     * Reports each assumption of the derivation that the inputs make false: with the bindings (and
     * {@code more}) substituted it has no free name left and, evaluated in 40 digits, does not hold. A
     * number computed outside the derivation's assumptions would not be what its claims are about.
     * An assumption that cannot be evaluated is not reported (the check cannot decide it).
     */
    private void withinAssumptions(List<Binding> where, Map<String, Expr> more, Map<String, SourceSpan> origins,
            SourceSpan span, String what) {
        for (Assumption a : assumptions) {
            int comparison;
            Expr l;
            Expr r;
            try {
                l = Substitution.apply(prepare(a.comparison().lhs(), where), more);
                r = Substitution.apply(prepare(a.comparison().rhs(), where), more);
            } catch (NotDifferentiableException e) {
                continue;
            }
            if (!FreeSymbols.of(l).isEmpty() || !FreeSymbols.of(r).isEmpty()) {
                continue;
            }
            try {
                comparison = PreciseEvaluator.evaluate(l, Map.of(), 40).compareTo(PreciseEvaluator.evaluate(r, Map.of(), 40));
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                continue;
            }
            if (!a.comparison().op().holds(comparison)) {
                Set<String> named = new TreeSet<>(FreeSymbols.of(a.comparison().lhs()));
                named.addAll(FreeSymbols.of(a.comparison().rhs()));
                String culprit = named.stream().filter(origins::containsKey).findFirst()
                        .orElse(named.isEmpty() ? "" : named.iterator().next());
                String text = file.line(a.span().line()).strip();
                names.errorAt(origins.getOrDefault(culprit, span), culprit, what + " breaks the derivation's assumption '" + text + "' (line "
                        + a.span().line() + ") with its inputs");
            }
        }
    }

    /** Where each bound name got its value: its binding. */
    private static Map<String, SourceSpan> origins(List<Binding> where) {
        Map<String, SourceSpan> m = new HashMap<>();
        where.forEach(b -> m.put(b.name(), b.span()));
        return m;
    }

    private Set<String> scope(List<Binding> where, Set<String> own) {
        Set<String> scope = new HashSet<>(declared);
        where.forEach(b -> scope.add(b.name()));
        scope.addAll(own);
        return scope;
    }

    /**
     * The rules of a claim's where clause, plus: a binding may not bind the plot's own names. Unlike a
     * claim's, a binding that the expression does not use is allowed (an input listed with its source,
     * such as E of a fit whose other constants the value uses): since no free name may be left, a
     * misspelt binding still shows, as the free name it failed to bind.
     */
    private void bindings(List<Binding> where, Set<String> scope, String what, Set<String> own) {
        Set<String> seen = new HashSet<>();
        for (Binding b : where) {
            names.check(b.value(), scope, b.span());
            if (!seen.add(b.name())) {
                names.errorAt(b.span(), b.name(), "'" + b.name() + "' is bound twice in " + what);
            } else if (own.contains(b.name())) {
                names.errorAt(b.span(), b.name(), "'" + b.name() + "' is the variable or series of " + what
                        + "; a where clause cannot bind it");
            } else if (definitions.containsKey(b.name())) {
                names.errorAt(b.span(), b.name(), "'" + b.name() + "' is defined; a where clause cannot rebind it");
            }
        }
    }

    /** The free names of {@code e} after the definitions and the bindings, sorted. */
    private Set<String> prepared(Expr e, List<Binding> where) {
        return new TreeSet<>(FreeSymbols.of(prepare(e, where)));
    }

    /**
     * Definitions expanded, bindings substituted, then {@code Diff} calls differentiated (as for claims);
     * throws {@link NotDifferentiableException} when one cannot be.
     */
    private Expr prepare(Expr e, List<Binding> where) {
        return expansion.prepare(e, expansion.bindings(where));
    }

    /** Whether the expression's derivatives exist; reports the problem when not. */
    private boolean differentiable(Expr e, List<Binding> where, SourceSpan span, String what) {
        try {
            prepare(e, where);
            return true;
        } catch (NotDifferentiableException ex) {
            names.errorAt(span, "Diff", "Diff in " + what + ": " + ex.getMessage());
            return false;
        }
    }

    private void range(NumericRange r, List<Binding> where, Set<String> scope, boolean logAxis, String usage) {
        Double lo = number(r.lower(), where, scope, r.span(), "the lower end of " + usage);
        Double hi = number(r.upper(), where, scope, r.span(), "the upper end of " + usage);
        if (lo == null || hi == null) {
            return;
        }
        if (!(lo < hi)) {
            error(r.span(), "an empty range: the lower end " + lo + " is not below the upper end " + hi
                    + " (" + usage + ")");
        } else if (logAxis && !(lo > 0)) {
            error(r.span(), "a log axis needs a positive range; the lower end is " + lo + " (" + usage + ")");
        }
    }

    /** The finite number {@code e} stands for, or null after reporting why it is not one. */
    private Double number(Expr e, List<Binding> where, Set<String> scope, SourceSpan span, String what) {
        names.check(e, scope, span);
        Expr x;
        try {
            x = prepare(e, where);
        } catch (NotDifferentiableException ex) {
            error(span, what + " is not a number: " + ex.getMessage());
            return null;
        }
        Set<String> free = FreeSymbols.of(x);
        if (!free.isEmpty()) {
            String n = free.iterator().next();
            names.errorAt(span, n, what + " must be a number, but it has the free name '" + n + "'");
            return null;
        }
        double v;
        try {
            v = DoubleEvaluator.evaluate(x, Map.of());
        } catch (EvaluationException ex) {
            error(span, what + " is not a number: " + ex.getMessage());
            return null;
        }
        if (!Double.isFinite(v)) {
            error(span, what + " must be a finite number, got " + v);
            return null;
        }
        return v;
    }

    private void error(SourceSpan span, String message) {
        diagnostics.report(Diagnostic.error(span, message, file.line(span.line())));
    }
}
