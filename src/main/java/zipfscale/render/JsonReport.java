package zipfscale.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import zipfscale.check.CheckResult;
import zipfscale.check.Evidence;
import zipfscale.check.ExhibitResult;
import zipfscale.check.RatioPoint;
import zipfscale.check.RatioSeries;
import zipfscale.check.Sample;
import zipfscale.check.Verdict;

/**
 * {@code report.json}: {@code {"claims": [{"file", "line", "derivation", "id", "title", "cite",
 * "relation", "verdict", "reason", "evidence", ...}], "summary": {"PROVED": n, ...}}}. Field names are an
 * interface other tools rely on: add fields, never rename. {@code evidence.ratios} ({@code [{"variable",
 * "point", "points": [{"x", "ratio"}]}]}) is written only when an asymptotic witness produced series.
 * After the summary, {@code "extrapolations"} lists the verdicts on {@code extrapolate} statements
 * ({@link ExtrapolationJson}; empty when there are none).
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String print(List<CheckResult> results) {
        return print(results, List.of(), List.of());
    }

    /**
     * The report with the {@code "values"} and {@code "plots"} arrays of issue 8 ({@link ExhibitJson}) after
     * the claims, and the {@code "extrapolations"} array ({@link ExtrapolationJson}) after the summary;
     * {@code "summary"} counts the claims.
     */
    public static String print(List<CheckResult> results, List<ExhibitResult> exhibits,
            List<zipfscale.fit.ExtrapolationResult> extrapolations) {
        ObjectNode root = JsonText.object();
        ArrayNode claims = root.putArray("claims");
        ObjectNode summary = JsonText.object();
        for (Verdict v : Verdict.values()) {
            summary.put(v.name(), 0);
        }
        for (CheckResult r : results) {
            ObjectNode c = claims.addObject();
            c.put("file", r.derivation().file());
            c.put("line", r.claim().info().span().line());
            c.put("derivation", r.derivation().name());
            c.put("id", r.claim().info().id());
            c.put("title", r.claim().info().title());
            c.put("cite", String.join("; ", r.claim().info().cites()));
            ArrayNode cites = c.putArray("cites");
            r.claim().info().cites().forEach(cites::add);
            c.put("relation", r.claim().relationSpelling());
            c.put("verdict", r.verdict().name());
            c.put("reason", r.reason());
            c.set("evidence", evidence(r.evidence()));
            summary.put(r.verdict().name(), summary.get(r.verdict().name()).asInt() + 1);
        }
        ExhibitJson.add(root, exhibits);
        root.set("summary", summary);
        ExtrapolationJson.add(root.putArray("extrapolations"), extrapolations);
        return JsonText.pretty(root) + "\n";
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode o = JsonText.object();
        if (e.symbolic() != null) {
            o.put("symbolic", e.symbolic());
        } else {
            o.putNull("symbolic");
        }
        ArrayNode steps = o.putArray("steps");
        e.steps().forEach(s -> steps.add(ProofStepJson.of(s)));
        o.put("points", e.pointsUsed());
        if (e.tolerance() != null) {
            ObjectNode t = o.putObject("tolerance");
            t.put("rel", e.tolerance().rel());
            t.put("abs", e.tolerance().abs());
        }
        o.put("seed", e.seed());
        o.put("digits", e.digits());
        ArrayNode samples = o.putArray("samples");
        for (Sample s : e.samples()) {
            ObjectNode so = samples.addObject();
            ObjectNode p = so.putObject("point");
            for (Map.Entry<String, String> en : new java.util.TreeMap<>(s.point()).entrySet()) {
                p.put(en.getKey(), en.getValue());
            }
            so.put("lhs", s.lhs());
            so.put("rhs", s.rhs());
        }
        if (!e.ratios().isEmpty()) {
            // only when present, so that reports of identities and inequalities keep their bytes
            ArrayNode ratios = o.putArray("ratios");
            for (RatioSeries r : e.ratios()) {
                ObjectNode ro = ratios.addObject();
                ro.put("variable", r.variable());
                ObjectNode p = ro.putObject("point");
                new java.util.TreeMap<>(r.parameters()).forEach(p::put);
                ArrayNode pts = ro.putArray("points");
                for (RatioPoint pt : r.points()) {
                    ObjectNode po = pts.addObject().put("x", pt.x());
                    if (Double.isFinite(pt.ratio())) {
                        po.put("ratio", pt.ratio());
                    } else {
                        po.putNull("ratio");
                    }
                }
            }
        }
        if (e.accuracy() != null) {
            // identities and inequalities: the precision reached, the error bound, the smallest margin
            ObjectNode a = o.putObject("accuracy");
            a.put("digits", e.accuracy().digits());
            a.put("error_bound", e.accuracy().errorBound());
            a.put("exact_points", e.accuracy().exactPoints());
            if (e.accuracy().smallestMargin() != null) {
                a.put("smallest_margin", e.accuracy().smallestMargin());
                ObjectNode at = a.putObject("margin_at");
                new java.util.TreeMap<>(e.accuracy().marginAt()).forEach(at::put);
            }
        }
        if (!e.sequences().isEmpty()) {
            // a refuted claim over distributions or sequences (issue 15): the counterexample's vectors
            ArrayNode seqs = o.putArray("sequences");
            for (zipfscale.check.SequenceValues sv : e.sequences()) {
                ObjectNode so = seqs.addObject();
                so.put("name", sv.name());
                ArrayNode vals = so.putArray("values");
                sv.values().forEach(vals::add);
            }
        }
        if (e.corrected() != null) {
            // a refuted ~ claim whose left side the lemma library expanded: the corrected right-hand side
            o.put("corrected", TextPrinter.print(e.corrected()));
        }
        return o;
    }
}
