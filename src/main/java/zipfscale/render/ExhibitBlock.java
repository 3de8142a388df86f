package zipfscale.render;

import java.util.StringJoiner;
import zipfscale.check.ExhibitResult;
import zipfscale.check.PlotResult;
import zipfscale.check.ValueResult;
import zipfscale.claims.Binding;
import zipfscale.claims.Exhibit;
import zipfscale.claims.Value;
import zipfscale.expr.Symbol;

/**
 * A value or a plot (issue 8) in its derivation's section, among the claims in script order. A value: a
 * heading ({@code \zsexhibithead}), a numbered display {@code expression ≈ number} (label
 * {@code value:DERIVATION:ID}), and in small type its inputs (the {@code where} bindings as written), their
 * sources (the cites), the 20-digit value, the expected range and the verdict with its reason. A plot: a
 * heading, the {@link PlotFigure} and, in small type, what was plotted, the inputs, the sources and the
 * dropped points.
 */
final class ExhibitBlock implements ExhibitResult.Visitor<String> {
    private final LatexPrinter printer;
    private final PlotFigure figure;

    ExhibitBlock(LatexPrinter printer) {
        this.printer = printer;
        this.figure = new PlotFigure(printer);
    }

    String render(ExhibitResult r) {
        return r.accept(this);
    }

    /** The heading; {@code anchor} is the summary's link target ({@code \\zsanchor} key), or "" for none. */
    private String head(String kind, ExhibitResult r, String mark, String anchor) {
        Exhibit e = r.exhibit();
        String title = e.title().isBlank() ? e.id() : e.title();
        return "% " + kind + " " + LatexStyle.comment(e.id()) + ", line " + e.span().line() + "\n"
                + "\\zsexhibithead{" + kind + "}{" + ProseText.identifier(e.id()) + "}{"
                + (anchor.isEmpty() ? "" : "\\zsanchor{" + anchor + "}") + LatexText.escape(title)
                + "}{" + mark + "}\n";
    }

    private void inputsAndSources(StringBuilder b, Exhibit e) {
        if (!e.where().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            for (Binding w : e.where()) {
                j.add("$" + printer.print(new Symbol(w.name())) + " = " + printer.print(w.value()) + "$");
            }
            b.append("\\zsitem{inputs}{").append(j).append("}\n");
        }
        if (!e.cites().isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            e.cites().forEach(c -> j.add(ProseText.of(c)));
            b.append("\\zsitem{sources}{").append(j).append("}\n");
        }
    }

    @Override
    public String visitValue(ValueResult r) {
        Value v = r.value();
        StringBuilder b = new StringBuilder(head("value", r, r.verdict().map(ClaimBlock::mark).orElse(""),
                LatexLabels.value(r.derivation().name(), v.id())));
        String number = r.number().isPresent() ? " \\approx " + LatexDecimal.format(r.digits().get(), 10) : "";
        b.append("\\begin{equation}\n\\zsfit{").append(printer.print(v.expression())).append(number).append("}\n")
                .append("\\label{").append(LatexLabels.value(r.derivation().name(), v.id())).append("}\n")
                .append("\\end{equation}\n");
        b.append("\\begin{zsdetails}\n");
        inputsAndSources(b, v);
        r.digits().ifPresent(d -> b.append("\\zsitem{value}{$").append(LatexDecimal.format(d, 20))
                .append("$ (20 significant digits of the 40-digit evaluation)}\n"));
        v.expect().ifPresent(x -> b.append("\\zsitem{expected in}{$\\left[").append(printer.print(x.lower()))
                .append(", ").append(printer.print(x.upper())).append("\\right]$}\n"));
        b.append("\\zsitem{").append(r.verdict().isPresent() ? "verdict" : "evaluation").append("}{")
                .append(r.verdict().map(m -> ClaimBlock.mark(m) + "{} ").orElse("")).append(ProseText.of(r.reason()))
                .append("}\n");
        b.append("\\end{zsdetails}\n\n");
        return b.toString();
    }

    @Override
    public String visitPlot(PlotResult r) {
        // heading and figure in one box, so that a page break cannot separate them
        StringBuilder b = new StringBuilder("\\par\\noindent\\begin{minipage}{\\linewidth}\n");
        b.append(head("plot", r, "", "")).append(figure.render(r)).append("\\end{minipage}\n");
        b.append("\\begin{zsdetails}\n");
        b.append("\\zsitem{plotted}{$").append(printer.printInline(r.plot().expression())).append("$ against $")
                .append(printer.symbol(r.plot().variable())).append("$, ").append(r.sampled())
                .append(" points per curve").append(r.plot().scale().logX() ? " evenly spaced in log scale" : "")
                .append(", double precision}\n");
        inputsAndSources(b, r.plot());
        if (r.dropped() > 0) {
            b.append("\\zsitem{dropped}{").append(r.dropped()).append(r.dropped() == 1 ? " point" : " points")
                    .append(r.dropReason().map(s -> ", the first " + ProseText.of(s)).orElse("")).append("}\n");
        }
        b.append("\\end{zsdetails}\n\n");
        return b.toString();
    }
}
