package zipfscale.render;

import java.util.List;
import java.util.StringJoiner;
import zipfscale.check.CheckResult;
import zipfscale.check.ExhibitResult;
import zipfscale.claims.Assumption;
import zipfscale.claims.Definition;
import zipfscale.claims.Derivation;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;

/**
 * One derivation as a {@code \section}: its title (escaped), name and citations, its assumptions and
 * parameters in running text, its definitions as a display, then every claim ({@link ClaimBlock}), value
 * and plot ({@link ExhibitBlock}) in script order. The derivation's {@code notation} is used for every formula.
 */
final class DerivationSection {

    private DerivationSection() {
    }

    /**
     * @param results the verdicts on the derivation's claims, in the derivation's order
     * @param exhibits its values and plots (issue 8), in order; each is placed among the claims by its line
     */
    static String render(Derivation d, List<CheckResult> results, List<ExhibitResult> exhibits) {
        LatexPrinter printer = new LatexPrinter(d.notation());
        LatexRelations relations = new LatexRelations(printer);
        StringBuilder b = new StringBuilder();
        b.append("\\section{").append(LatexText.escape(d.title().isBlank() ? d.name() : d.title())).append("}\\label{")
                .append(LatexLabels.derivation(d.name())).append("}\n");
        b.append("\\zsderivation{\\zsanchor{").append(LatexLabels.derivation(d.name())).append("}")
                .append(ProseText.identifier(d.name())).append("}{")
                .append(results.size()).append("}\n");
        if (!d.cites().isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            d.cites().forEach(c -> j.add(ProseText.of(c)));
            b.append("\\zsitem{cite}{").append(j).append("}\n");
        }
        if (!d.assumptions().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            for (Assumption a : d.assumptions()) {
                j.add("$" + relations.relation(a.comparison().lhs(), a.comparison().op().spelling(),
                        a.comparison().rhs()) + "$");
            }
            b.append("\\zsitem{Assumptions}{").append(j).append(".}\n");
        }
        if (!d.params().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            d.params().forEach(p -> j.add("$" + printer.symbol(p) + "$"));
            b.append("\\zsitem{Parameters}{").append(j).append(".}\n");
        }
        if (!d.definitions().isEmpty()) {
            b.append("\\zsitem{Definitions}{}\n\\begin{gather*}\n");
            for (int i = 0; i < d.definitions().size(); i++) {
                Definition def = d.definitions().get(i);
                b.append("\\zsfit{").append(printer.print(head(def))).append(" \\zsdefeq ")
                        .append(printer.print(def.body())).append("}")
                        .append(i + 1 < d.definitions().size() ? " \\\\\n" : "\n");
            }
            b.append("\\end{gather*}\n");
        }
        b.append('\n');
        ClaimBlock block = new ClaimBlock(printer);
        ExhibitBlock shown = new ExhibitBlock(printer);
        int next = 0;
        for (CheckResult r : results) {
            while (next < exhibits.size() && exhibits.get(next).exhibit().span().line() < r.claim().info().span().line()) {
                b.append(shown.render(exhibits.get(next++)));
            }
            b.append(block.render(r));
        }
        while (next < exhibits.size()) {
            b.append(shown.render(exhibits.get(next++)));
        }
        return b.toString();
    }

    /** {@code Z} for a constant, {@code p(k)} for a function, printed like their uses. */
    private static Expr head(Definition def) {
        if (!def.isFunction()) {
            return new Symbol(def.name());
        }
        return new Call(def.name(), def.params().stream().<Expr>map(Symbol::new).toList());
    }
}
