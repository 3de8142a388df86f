package zipfscale.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zipfscale.claims.Binding;
import zipfscale.claims.Definition;
import zipfscale.claims.Domain;
import zipfscale.claims.Expansion;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The name rules of a derivation. Free symbols of claims are parameters (universally quantified under
 * the assumptions), so a new name is allowed; but a name that differs from a declared one only by case
 * or by one letter ({@code alpah}, {@code an} beside {@code aN}) is taken for a typo and rejected unless
 * declared with {@code param}. Calls must name a built-in or a defined function with the right arity.
 */
final class NameCheck {
    private final Map<String, Definition> definitions;
    private final Diagnostics diagnostics;
    private final ScriptFile file;
    private final Set<String> used = new HashSet<>();
    /** The sequences of the claim being checked ({@code for p in distributions(K)}): functions of one index. */
    private Set<String> sequences = Set.of();

    NameCheck(Map<String, Definition> definitions, Diagnostics diagnostics, ScriptFile file) {
        this.definitions = definitions;
        this.diagnostics = diagnostics;
        this.file = file;
    }

    Set<String> used() {
        return used;
    }

    /** Reports {@code message} at the first place {@code name} is written, from the statement's line on. */
    void errorAt(SourceSpan statement, String name, String message) {
        error(statement, name, message);
    }

    private void error(SourceSpan statement, String name, String message) {
        SourceSpan at = locate(statement, name);
        diagnostics.report(Diagnostic.error(at, message, file.line(at.line())));
    }

    /** The first place {@code name} is written as a whole word, from the statement's line on. */
    private SourceSpan locate(SourceSpan statement, String name) {
        for (int l = statement.line(); l > 0 && l <= file.lines().size() && l < statement.line() + 40; l++) {
            String line = ScriptParser.stripComment(file.line(l));
            int i = line.indexOf(name);
            while (i >= 0) {
                boolean before = i == 0 || !TopLevel.isNameChar(line.charAt(i - 1));
                boolean after = i + name.length() >= line.length() || !TopLevel.isNameChar(line.charAt(i + name.length()));
                if (before && after) {
                    return new SourceSpan(statement.file(), l, i + 1, name.length());
                }
                i = line.indexOf(name, i + 1);
            }
        }
        return statement;
    }

    void check(Expr e, Set<String> scope, SourceSpan span) {
        e.accept(new Walker(scope, span));
    }

    void checkClaim(Statement.ClaimBlock c, Set<String> declared, boolean expandable) {
        Set<String> names = new HashSet<>();
        for (zipfscale.claims.Ensemble en : c.ensembles()) {
            names.add(en.name());
        }
        sequences = names;
        try {
            checkClaimBody(c, declared, expandable);
        } finally {
            sequences = Set.of();
        }
    }

    private void checkClaimBody(Statement.ClaimBlock c, Set<String> declared, boolean expandable) {
        Set<String> scope = new HashSet<>(declared);
        for (Binding b : c.where()) {
            scope.add(b.name());
        }
        for (Domain d : c.domains()) {
            scope.add(d.variable());
        }
        if (c.variable() != null) {
            scope.add(c.variable());
        }
        check(c.lhs(), scope, c.span());
        check(c.rhs(), scope, c.span());
        Set<String> sides = new HashSet<>(FreeSymbols.of(c.lhs()));
        sides.addAll(FreeSymbols.of(c.rhs()));
        if (expandable) {
            // a binding may name a symbol that occurs only inside a definition, as for values
            Expansion inDefinitions = new Expansion(new ArrayList<>(definitions.values()));
            sides.addAll(FreeSymbols.of(inDefinitions.expand(c.lhs())));
            sides.addAll(FreeSymbols.of(inDefinitions.expand(c.rhs())));
        }
        Set<String> bindingNames = new HashSet<>();
        for (Binding b : c.where()) {
            check(b.value(), scope, b.span());
            if (!bindingNames.add(b.name())) {
                error(b.span(), b.name(), "'" + b.name() + "' is bound twice in this claim");
            }
            if (!sides.contains(b.name())) {
                error(b.span(), b.name(), "'where " + b.name() + " = ...' names nothing in claim '" + c.id() + "'");
            }
            if (definitions.containsKey(b.name())) {
                error(b.span(), b.name(), "'" + b.name() + "' is defined; a where clause cannot rebind it");
            }
        }
        if (!expandable) {
            return;
        }
        Expansion expansion = new Expansion(new ArrayList<>(definitions.values()));
        Set<String> expanded = new HashSet<>();
        for (Expr side : List.of(c.lhs(), c.rhs())) {
            Expr x = expansion.expand(side);
            for (Binding b : c.where()) {
                x = zipfscale.expr.Substitution.apply(x, Map.of(b.name(), b.value()));
            }
            try {
                x = zipfscale.expr.Differentiation.expandAll(expansion.expand(x));
            } catch (zipfscale.expr.NotDifferentiableException e) {
                error(c.span(), "Diff", "Diff in claim '" + c.id() + "': " + e.getMessage());
                return;
            }
            expanded.addAll(FreeSymbols.of(x));
        }
        for (zipfscale.claims.Ensemble en : c.ensembles()) {
            expanded.add(en.size());
        }
        for (Domain d : c.domains()) {
            check(d.lower(), scope, d.span());
            check(d.upper(), scope, d.span());
            if (!expanded.contains(d.variable())) {
                error(d.span(), d.variable(), "'for " + d.variable() + " in ...' names nothing in claim '" + c.id() + "'");
            }
        }
        if (c.variable() != null && !expanded.contains(c.variable())) {
            error(c.span(), c.variable(), "'as " + c.variable() + " -> Infinity': claim '" + c.id()
                    + "' does not depend on " + c.variable());
        }
    }

    /** Reports a definition cycle; returns whether there is one (then nothing may be expanded). */
    boolean checkCycles() {
        Map<String, Set<String>> deps = new HashMap<>();
        for (Definition d : definitions.values()) {
            Set<String> refs = new HashSet<>(FreeSymbols.of(d.body()));
            refs.addAll(CallNames.of(d.body()));
            refs.removeAll(d.params());
            refs.retainAll(definitions.keySet());
            deps.put(d.name(), refs);
        }
        Set<String> done = new HashSet<>();
        for (String start : definitions.keySet()) {
            List<String> path = new ArrayList<>();
            if (cycle(start, deps, path, new HashSet<>(), done)) {
                Definition d = definitions.get(path.get(0));
                diagnostics.report(Diagnostic.error(d.span(), "definition cycle: " + String.join(" -> ", path),
                        file.line(d.span().line())));
                return true;
            }
        }
        return false;
    }

    private boolean cycle(String n, Map<String, Set<String>> deps, List<String> path, Set<String> onPath,
            Set<String> done) {
        if (onPath.contains(n)) {
            path.subList(0, path.indexOf(n)).clear();
            path.add(n);
            return true;
        }
        if (done.contains(n)) {
            return false;
        }
        onPath.add(n);
        path.add(n);
        for (String m : deps.getOrDefault(n, Set.of())) {
            if (cycle(m, deps, path, onPath, done)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(n);
        done.add(n);
        return false;
    }

    /** A declared name that {@code name} is probably a typo of, or null. */
    static String nearMiss(String name, Set<String> scope) {
        for (String s : scope) {
            if (!s.equals(name) && (s.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    || (Math.min(s.length(), name.length()) >= 3 && distance(s, name) <= 1))) {
                return s;
            }
        }
        return null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private final class Walker implements Expr.Visitor<Void> {
        private final Set<String> scope;
        private final SourceSpan span;

        Walker(Set<String> scope, SourceSpan span) {
            this.scope = scope;
            this.span = span;
        }

        private void all(List<Expr> items) {
            for (Expr e : items) {
                e.accept(this);
            }
        }

        @Override
        public Void visitRational(Rational e) {
            return null;
        }

        @Override
        public Void visitDecimal(Decimal e) {
            return null;
        }

        @Override
        public Void visitConstant(Constant e) {
            return null;
        }

        @Override
        public Void visitSymbol(Symbol e) {
            String n = e.name();
            used.add(n);
            Definition d = definitions.get(n);
            if (d != null && d.isFunction()) {
                error(span, n, "'" + n + "' is a function of " + d.params().size() + " argument"
                        + (d.params().size() == 1 ? "" : "s") + ": call it as " + n + "(...)");
            } else if (!scope.contains(n)) {
                String near = nearMiss(n, scope);
                if (near != null) {
                    error(span, n, "unknown name '" + n + "' (did you mean '" + near + "'? if '" + n
                            + "' is a new parameter, declare it with 'param " + n + "')");
                }
            }
            return null;
        }

        @Override
        public Void visitAdd(Add e) {
            all(e.terms());
            return null;
        }

        @Override
        public Void visitMul(Mul e) {
            all(e.factors());
            return null;
        }

        @Override
        public Void visitPow(Pow e) {
            e.base().accept(this);
            e.exponent().accept(this);
            return null;
        }

        @Override
        public Void visitCall(Call e) {
            if (e.builtin() == zipfscale.expr.Builtin.ARG_MIN && e.args().size() == 5
                    && e.args().get(1) instanceof Symbol n && e.args().get(2) instanceof Symbol d) {
                // ArgMin(f, {N, D}, lhs == rhs): N and D are bound in f and in the constraint
                Set<String> inner = new HashSet<>(scope);
                inner.add(n.name());
                inner.add(d.name());
                Walker w = new Walker(inner, span);
                for (int i : new int[] {0, 3, 4}) {
                    e.args().get(i).accept(w);
                }
                return null;
            }
            all(e.args());
            if (e.builtin() != null || zipfscale.expr.Builtin.COMPARISONS.contains(e.function())) {
                return null;
            }
            String n = e.function();
            used.add(n);
            if (sequences.contains(n) && !definitions.containsKey(n)) {
                if (e.args().size() != 1) {
                    error(span, n, "the sequence '" + n + "' takes one index, " + n + "(k); got " + e.args().size()
                            + " arguments");
                }
                return null;
            }
            Definition d = definitions.get(n);
            if (d == null) {
                String near = nearMiss(n, definitions.keySet());
                if (near == null) {
                    for (zipfscale.expr.Builtin b : zipfscale.expr.Builtin.values()) {
                        if (b.spelling().equalsIgnoreCase(n) || (n.length() >= 3 && distance(b.spelling(), n) <= 1)) {
                            near = b.spelling();
                        }
                    }
                }
                error(span, n, "unknown function '" + n + "'" + (near == null ? "" : " (did you mean '" + near + "'?)"));
            } else if (!d.isFunction()) {
                error(span, n, "'" + n + "' is defined as a constant, not a function");
            } else if (d.params().size() != e.args().size()) {
                error(span, n, "'" + n + "' takes " + d.params().size() + " argument"
                        + (d.params().size() == 1 ? "" : "s") + ", got " + e.args().size());
            }
            return null;
        }

        @Override
        public Void visitSum(Sum e) {
            bound(e.index(), e.body(), e.lower(), e.upper());
            return null;
        }

        @Override
        public Void visitIntegral(Integral e) {
            bound(e.variable(), e.body(), e.lower(), e.upper());
            return null;
        }

        private void bound(String var, Expr body, Expr lo, Expr hi) {
            lo.accept(this);
            hi.accept(this);
            Set<String> inner = new HashSet<>(scope);
            inner.add(var);
            body.accept(new Walker(inner, span));
        }
    }
}
