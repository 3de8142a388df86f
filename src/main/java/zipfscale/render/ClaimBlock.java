package zipfscale.render;

import zipfscale.asymptotic.ProofStep;
import java.util.StringJoiner;
import zipfscale.check.CheckResult;
import zipfscale.check.Evidence;
import zipfscale.claims.Binding;
import zipfscale.claims.ClaimInfo;
import zipfscale.claims.Domain;
import zipfscale.expr.Symbol;

/**
 * One checked claim in the regenerated document: a heading with its title, identifier and verdict mark;
 * the statement as a numbered display ({@link ClaimDisplay}); then, in small type, its {@code where}
 * substitutions, {@code for} domains and citations, the verdict with its reason, the justification chain
 * ({@link Evidence#steps()}), the numeric witness ({@link EvidenceTable}) and, for asymptotic claims with
 * ratio series, their plot ({@link RatioPlot}). The layout macros ({@code \zsclaimhead}, {@code \zsitem},
 * {@code zsdetails}, the verdict marks) are defined in {@code zipfscale.sty} ({@link LatexStyle}).
 */
final class ClaimBlock {
    private final LatexPrinter printer;
    private final ClaimDisplay display;
    private final EvidenceTable table;
    private final RatioPlot plot;
    private final CounterexampleFigure counterexample;

    ClaimBlock(LatexPrinter printer) {
        this.printer = printer;
        this.display = new ClaimDisplay(printer);
        this.table = new EvidenceTable(printer);
        this.plot = new RatioPlot(printer);
        this.counterexample = new CounterexampleFigure(printer);
    }

    /** The verdict mark macro of a verdict: {@code \zsPROVED}, {@code \zsCHECKED}, ... */
    static String mark(zipfscale.check.Verdict v) {
        return "\\zs" + v.name();
    }

    String render(CheckResult r) {
        ClaimInfo info = r.claim().info();
        String label = LatexLabels.claim(r.derivation().name(), info.id());
        StringBuilder b = new StringBuilder();
        b.append("% claim ").append(LatexStyle.comment(info.id())).append(", line ").append(info.span().line())
                .append('\n');
        String title = info.title().isBlank() ? info.id() : info.title();
        b.append("\\zsclaimhead{").append(ProseText.identifier(info.id())).append("}{\\zsanchor{").append(label)
                .append("}").append(LatexText.escape(title)).append("}{").append(mark(r.verdict())).append("}\n");
        b.append(display.display(r.claim(), EquationNumbers.tag(info.cites()), label));
        b.append("\\begin{zsdetails}\n");
        if (!info.where().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            for (Binding w : info.where()) {
                j.add("$" + printer.print(new Symbol(w.name())) + " = " + printer.print(w.value()) + "$");
            }
            b.append("\\zsitem{where}{").append(j).append("}\n");
        }
        for (Domain d : info.domains()) {
            b.append("\\zsitem{for}{$").append(printer.print(new Symbol(d.variable()))).append(" \\in \\left[")
                    .append(printer.print(d.lower())).append(", ").append(printer.print(d.upper()))
                    .append("\\right]$}\n");
        }
        for (zipfscale.claims.Ensemble en : info.ensembles()) {
            b.append("\\zsitem{for}{$").append(printer.print(new Symbol(en.name()))).append("$ in ")
                    .append(LatexText.escape(en.kind().spelling())).append("($").append(printer.print(new Symbol(en.size())))
                    .append("$)");
            if (en.lower() != null) {
                b.append(" with terms in $\\left[").append(printer.print(en.lower())).append(", ")
                        .append(printer.print(en.upper())).append("\\right]$");
            }
            if (en.order() != zipfscale.claims.Ensemble.Order.ANY) {
                b.append(", ").append(en.order().spelling());
            }
            b.append("}\n");
        }
        if (!info.cites().isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            info.cites().forEach(c -> j.add(ProseText.of(c)));
            b.append("\\zsitem{cite}{").append(j).append("}\n");
        }
        b.append("\\zsitem{verdict}{").append(mark(r.verdict())).append("{} ").append(ProseText.of(r.reason()))
                .append("}\n");
        chain(b, r.evidence());
        b.append(counterexample.render(r.evidence().sequences()));
        b.append(table.render(r.evidence(), r.verdict()));
        if (!r.evidence().ratios().isEmpty()) {
            boolean converging = r.verdict().holds() && r.claim() instanceof zipfscale.claims.Asymptotic a
                    && a.relation() == zipfscale.claims.AsymptoticRelation.SIM;
            String p = converging ? plot.renderDeviation(r.evidence().ratios()) : plot.render(r.evidence().ratios());
            b.append("\\zsitem{ratios}{")
                    .append(p.isEmpty() ? (converging ? "the ratio is 1 to double precision at every point; "
                            + "nothing a log-log plot of $|f/g - 1|$ can show." : "no series has a point a log-log "
                            + "plot can show.")
                            : converging ? "$|f/g - 1|$ against the limit variable, log-log: the slope is the rate "
                                    + "of convergence."
                                    : "the ratio of the two sides against the limit variable, log-log; dashed: $y = 1$.")
                    .append("}\n").append(p);
        }
        b.append("\\end{zsdetails}\n\n");
        return b.toString();
    }

    private void chain(StringBuilder b, Evidence e) {
        if (e.steps().isEmpty()) {
            b.append("\\zsitem{justification}{none recorded.}\n");
            return;
        }
        b.append("\\zsitem{justification}{}\n\\begin{zschain}\n");
        ProofStepLatex steps = new ProofStepLatex(printer);
        for (ProofStep step : e.steps()) {
            b.append("\\item ").append(steps.step(step)).append('\n');
        }
        b.append("\\end{zschain}\n");
    }
}
