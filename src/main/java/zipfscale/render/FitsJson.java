package zipfscale.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zipfscale.fit.CheckReport;
import zipfscale.fit.Estimate;
import zipfscale.fit.Finding;
import zipfscale.fit.Parameter;
import zipfscale.fit.ParameterResult;
import zipfscale.fit.RelationResult;

/**
 * The JSON of {@code fits check --json}: {@code {"parameters": {"alpha": {...}, "beta": {...},
 * "gamma": {...}}, "relations": [{"name", "predicted", "reported", "discrepancy", "verdict"}, ...]}} as
 * issue 7 fixes it, plus {@code file}, {@code budget}, {@code seed}, {@code samples}, {@code thresholds},
 * {@code findings}. Non-finite numbers are written as {@code null}.
 */
public final class FitsJson {

    private FitsJson() {
    }

    /** One report as a JSON object; several as an array of such objects. */
    public static String render(List<CheckReport> reports) {
        JsonNode node;
        if (reports.size() == 1) {
            node = object(reports.get(0));
        } else {
            ArrayNode all = JsonText.array();
            reports.forEach(r -> all.add(object(r)));
            node = all;
        }
        return JsonText.pretty(node) + System.lineSeparator();
    }

    static ObjectNode object(CheckReport report) {
        ObjectNode o = JsonText.object();
        o.put("file", report.file().name());
        o.put("budget", report.file().budget().key());
        o.put("seed", report.seed());
        o.put("samples", report.samples());
        report.file().joint().ifPresentOrElse(j -> {
            ObjectNode jd = o.putObject("joint_draws");
            jd.put("file", j.file());
            jd.put("rows", j.rows().length);
            var qs = jd.putArray("quantities");
            j.quantities().forEach(q -> qs.add(q.key()));
        }, () -> o.putNull("joint_draws"));
        ObjectNode t = o.putObject("thresholds");
        t.put("consistent_max", report.thresholds().consistentMax());
        t.put("tension_max", report.thresholds().tensionMax());
        ObjectNode params = o.putObject("parameters");
        for (Parameter p : Parameter.values()) {
            ParameterResult r = report.parameters().get(p);
            ObjectNode n = params.putObject(p.key());
            if (r.estimate().isPresent()) {
                estimate(n, r.estimate().get());
                n.put("valid_fraction", r.validFraction());
            } else {
                n.putNull("value");
                ArrayNode missing = n.putArray("missing");
                r.missing().forEach(q -> missing.add(q.key()));
            }
        }
        ArrayNode rels = o.putArray("relations");
        for (RelationResult r : report.relations()) {
            ObjectNode n = rels.addObject();
            n.put("name", r.relation().key());
            n.put("equation", r.relation().equation(report.file().budget()));
            estimate(n.putObject("predicted"), r.predicted());
            ObjectNode rep = n.putObject("reported");
            estimate(rep, r.reportedEstimate());
            rep.put("quantity", r.reported().quantity().key());
            rep.put("line", r.reported().span().line());
            rep.put("source", r.reported().source());
            number(n, "discrepancy", r.discrepancy());
            n.put("verdict", r.verdict().name());
            n.put("valid_fraction", r.validFraction());
        }
        ArrayNode finds = o.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = finds.addObject();
            n.put("quantity", f.quantity().key());
            n.put("line", f.span().line());
            n.put("message", f.message());
            n.put("rules_out_theory", f.rulesOutTheory());
        }
        o.put("any_inconsistent", report.anyInconsistent());
        return o;
    }

    private static void estimate(ObjectNode n, Estimate e) {
        number(n, "value", e.value());
        number(n, "lower", e.lower());
        number(n, "upper", e.upper());
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }
}
