package zipfscale.render;

import java.util.Locale;
import zipfscale.fit.CheckReport;
import zipfscale.fit.Finding;
import zipfscale.fit.Parameter;
import zipfscale.fit.ParameterResult;
import zipfscale.fit.RelationResult;

/** The terminal table of {@code fits check}: parameters, relations with verdicts, findings. */
public final class FitsTextTable {

    private FitsTextTable() {
    }

    public static String render(CheckReport report) {
        StringBuilder b = new StringBuilder();
        b.append(report.file().name()).append(String.format(Locale.ROOT,
                "  (budget %s; Monte Carlo %d draws, seed %d; all intervals central 95%%)%n",
                report.file().budget().key(), report.samples(), report.seed()));
        report.file().joint().ifPresent(j -> b.append(String.format(Locale.ROOT,
                "  joint draws: %s drawn together from the %d bootstrap rows of %s (one fit: their correlation kept)%n",
                String.join(", ", j.quantities().stream().map(q -> q.key()).toList()), j.rows().length, j.file())));
        if (report.file().joint().isEmpty()) {
            b.append("  rows drawn independently (no '# draws:' line)\n");
        }
        b.append(String.format(Locale.ROOT, "  %-10s %-32s%n", "parameter", "value [95% interval]"));
        for (Parameter p : Parameter.values()) {
            ParameterResult r = report.parameters().get(p);
            String shown = r.estimate().map(FitsNumbers::interval).orElseGet(() -> r.missing().isEmpty()
                    ? "undefined (outside the domain)"
                    : "not determined: needs " + String.join(", ", r.missing().stream().map(q -> q.key()).toList()));
            b.append(String.format(Locale.ROOT, "  %-10s %s%n", p.key(), shown));
        }
        if (report.relations().isEmpty()) {
            b.append("  no relation has data in this file\n");
        } else {
            b.append(String.format(Locale.ROOT, "  %-15s %-14s %-28s %-28s %8s  %s%n", "relation", "eq.",
                    "predicted [95%]", "reported [95%]", "z", "verdict"));
            for (RelationResult r : report.relations()) {
                b.append(String.format(Locale.ROOT, "  %-15s %-14s %-28s %-28s %8s  %s%n", r.relation().key(),
                        r.relation().equation(report.file().budget()), FitsNumbers.interval(r.predicted()),
                        FitsNumbers.interval(r.reportedEstimate()), FitsNumbers.z(r.discrepancy()), r.verdict()));
            }
        }
        for (Finding f : report.findings()) {
            b.append("  ").append(f.span().label()).append(": ").append(f.rulesOutTheory() ? "finding" : "note")
                    .append(": ").append(f.message()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "  thresholds: CONSISTENT z <= %s, TENSION z <= %s, INCONSISTENT above%n",
                FitsNumbers.num(report.thresholds().consistentMax()), FitsNumbers.num(report.thresholds().tensionMax())));
        return b.toString();
    }
}
