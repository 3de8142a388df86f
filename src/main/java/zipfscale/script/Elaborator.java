package zipfscale.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import zipfscale.claims.Assumption;
import zipfscale.claims.Asymptotic;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.claims.Claim;
import zipfscale.claims.ClaimInfo;
import zipfscale.claims.Definition;
import zipfscale.claims.Derivation;
import zipfscale.claims.Equality;
import zipfscale.claims.Inequality;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Builtin;
import zipfscale.expr.Comparison;
import zipfscale.expr.Constant;
import zipfscale.expr.RelOp;

/**
 * Turns statements into {@link Derivation}s and checks what the parser cannot: names (unknown
 * functions, names that look like a typo of a declared one), arities of defined functions,
 * redefinitions, definition cycles, duplicate claim identifiers, clauses that name nothing in their claim.
 */
public final class Elaborator {
    private final ScriptFile file;
    private final Diagnostics diagnostics;
    private final Function<String, Optional<String>> notationProblem;

    private Elaborator(ScriptFile file, Diagnostics diagnostics, Function<String, Optional<String>> notationProblem) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.notationProblem = notationProblem;
    }

    public static List<Derivation> elaborate(ScriptFile file, List<Statement> statements, Diagnostics diagnostics) {
        return elaborate(file, statements, diagnostics, latex -> Optional.empty());
    }

    /**
     * Elaborates, checking the LaTeX of every {@code notation} with {@code notationProblem} (the renderer's
     * whitelist, passed in by the pipeline: this package does not depend on the printers).
     */
    public static List<Derivation> elaborate(ScriptFile file, List<Statement> statements, Diagnostics diagnostics,
            Function<String, Optional<String>> notationProblem) {
        return new Elaborator(file, diagnostics, notationProblem).run(statements);
    }

    private void error(SourceSpan span, String message) {
        diagnostics.report(Diagnostic.error(span, message, file.line(span.line())));
    }

    /** A derivation under construction. */
    private static final class Draft {
        Statement.DerivationHeader header;
        final List<String> cites = new ArrayList<>();
        final List<Assumption> assumptions = new ArrayList<>();
        final Map<String, Definition> definitions = new LinkedHashMap<>();
        final Map<String, String> notation = new LinkedHashMap<>();
        final List<String> params = new ArrayList<>();
        final List<Statement.ClaimBlock> claims = new ArrayList<>();
        final List<zipfscale.claims.Extrapolation> extrapolations = new ArrayList<>();
        /** {@code value} and {@code plot} statements (issue 8), elaborated by {@link ExhibitElaboration}. */
        final List<Statement> exhibits = new ArrayList<>();
    }

    private List<Derivation> run(List<Statement> statements) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> derivationNames = new HashSet<>();
        Draft d = null;
        for (Statement s : statements) {
            if (s instanceof Statement.DerivationHeader h) {
                if (!derivationNames.add(h.name())) {
                    error(h.span(), "a second derivation named '" + h.name() + "' in this file");
                }
                d = new Draft();
                d.header = h;
                drafts.add(d);
                continue;
            }
            if (d == null) {
                error(s.span(), "a script starts with 'derivation NAME \"Title\"'");
                d = new Draft();
                d.header = new Statement.DerivationHeader("unnamed", "unnamed", s.span());
                drafts.add(d);
            }
            add(d, s);
        }
        List<Derivation> out = new ArrayList<>();
        for (Draft draft : drafts) {
            out.add(finish(draft));
        }
        return out;
    }

    private void add(Draft d, Statement s) {
        if (s instanceof Statement.Cite c) {
            d.cites.add(c.text());
        } else if (s instanceof Statement.Notation n) {
            notationProblem.apply(n.latex()).ifPresent(why -> error(n.span(), "notation for '" + n.name()
                    + "' is not allowed: " + why));
            if (d.notation.put(n.name(), n.latex()) != null) {
                error(n.span(), "a second notation for '" + n.name() + "'");
            }
        } else if (s instanceof Statement.Param p) {
            d.params.addAll(p.names());
        } else if (s instanceof Statement.Assume a) {
            for (Comparison c : a.comparisons()) {
                d.assumptions.add(new Assumption(c, a.span()));
            }
        } else if (s instanceof Statement.Define def) {
            define(d, def);
        } else if (s instanceof Statement.ClaimBlock c) {
            for (Statement.ClaimBlock other : d.claims) {
                if (other.id().equals(c.id())) {
                    error(c.span(), "a second claim named '" + c.id() + "' (the first is on line "
                            + other.span().line() + ")");
                }
            }
            uniqueAmongExhibits(d, c.id(), "claim", c.span());
            d.claims.add(c);
        } else if (s instanceof Statement.Extrapolate e) {
            d.extrapolations.add(e.extrapolation());
        } else if (s instanceof Statement.ValueBlock v) {
            uniqueAmongExhibits(d, v.value().id(), "value", v.span());
            d.exhibits.add(v);
        } else if (s instanceof Statement.PlotBlock p) {
            uniqueAmongExhibits(d, p.plot().id(), "plot", p.span());
            d.exhibits.add(p);
        }
    }

    /** Claims, values and plots of a derivation share one namespace (their LaTeX labels and report ids). */
    private void uniqueAmongExhibits(Draft d, String id, String kind, SourceSpan span) {
        List<Statement> named = new ArrayList<>(d.exhibits);
        if (!kind.equals("claim")) {
            named.addAll(d.claims);
        }
        for (Statement other : named) {
            String otherId = other instanceof Statement.ClaimBlock c ? c.id()
                    : other instanceof Statement.ValueBlock v ? v.value().id() : ((Statement.PlotBlock) other).plot().id();
            if (otherId.equals(id)) {
                String otherKind = other instanceof Statement.ClaimBlock ? "claim"
                        : other instanceof Statement.ValueBlock ? "value" : "plot";
                error(span, "a second statement named '" + id + "': the " + otherKind + " on line "
                        + other.span().line() + " has this name (claims, values and plots of a derivation need "
                        + "distinct names)");
                return;
            }
        }
    }

    private void define(Draft d, Statement.Define def) {
        String n = def.name();
        if (Builtin.byName(n) != null || Constant.Kind.bySpelling(n) != null) {
            error(def.span(), "'" + n + "' is a built-in name and cannot be redefined");
            return;
        }
        Definition old = d.definitions.get(n);
        if (old != null) {
            error(def.span(), "'" + n + "' is already defined on line " + old.span().line());
            return;
        }
        if (new HashSet<>(def.params()).size() != def.params().size()) {
            error(def.span(), "the parameters of '" + n + "' must be distinct");
        }
        d.definitions.put(n, new Definition(n, def.params(), def.body(), def.span()));
    }

    private Derivation finish(Draft d) {
        NameCheck names = new NameCheck(d.definitions, diagnostics, file);
        boolean cyclic = names.checkCycles();
        Set<String> declared = new HashSet<>(d.params);
        for (Assumption a : d.assumptions) {
            declared.addAll(zipfscale.expr.FreeSymbols.of(a.comparison().lhs()));
            declared.addAll(zipfscale.expr.FreeSymbols.of(a.comparison().rhs()));
        }
        declared.addAll(d.definitions.keySet());
        for (Definition def : d.definitions.values()) {
            Set<String> scope = new HashSet<>(declared);
            scope.addAll(def.params());
            names.check(def.body(), scope, def.span());
        }
        for (Assumption a : d.assumptions) {
            names.check(a.comparison().lhs(), declared, a.span());
            names.check(a.comparison().rhs(), declared, a.span());
        }
        List<Claim> claims = new ArrayList<>();
        for (Statement.ClaimBlock c : d.claims) {
            Claim claim = claim(c);
            names.checkClaim(c, declared, !cyclic);
            new EnsembleCheck(names).check(c, d.definitions);
            claims.add(claim);
        }
        ExhibitElaboration exhibitCheck = new ExhibitElaboration(file, diagnostics, names, d.definitions, declared,
                !cyclic, d.assumptions);
        List<zipfscale.claims.Exhibit> exhibits = new ArrayList<>();
        for (Statement s : d.exhibits) {
            exhibits.add(exhibitCheck.elaborate(s));
        }
        for (String n : d.notation.keySet()) {
            if (!names.used().contains(n) && !d.definitions.containsKey(n) && !declared.contains(n)) {
                error(d.header.span(), "notation for '" + n + "', which no statement of '" + d.header.name()
                        + "' uses");
            }
        }
        new ExtrapolationNames(names, diagnostics, file).check(d.extrapolations, d.claims, declared, d.definitions,
                !cyclic);
        return new Derivation(d.header.name(), d.header.title(), d.cites, d.assumptions,
                List.copyOf(d.definitions.values()), d.notation, d.params, claims, d.header.span(), exhibits,
                d.extrapolations);
    }

    private static Claim claim(Statement.ClaimBlock c) {
        ClaimInfo info = new ClaimInfo(c.id(), c.title(), c.cites(), c.where(), c.domains(), c.span(),
                c.ensembles());
        AsymptoticRelation ar = AsymptoticRelation.bySpelling(c.relation());
        if (ar != null) {
            return new Asymptotic(info, c.lhs(), ar, c.rhs(), c.variable());
        }
        RelOp op = RelOp.bySpelling(c.relation());
        return op == RelOp.EQ ? new Equality(info, c.lhs(), c.rhs()) : new Inequality(info, c.lhs(), op, c.rhs());
    }

}
