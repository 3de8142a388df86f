package zipfscale.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import zipfscale.check.ExhibitResult;
import zipfscale.check.PlotCurve;
import zipfscale.check.PlotPoint;
import zipfscale.check.PlotResult;
import zipfscale.check.ValueResult;
import zipfscale.claims.Plot;
import zipfscale.claims.Value;

/**
 * The {@code "values"} and {@code "plots"} arrays of {@code report.json} (issue 8). A value:
 * {@code {"id", "derivation", "file", "line", "title", "expression", "inputs": {name: number}, "value",
 * "digits", "cites": [...], "reason"}}, with {@code "expect": ["lo", "hi"]} (as written) when the value
 * has {@code expect in [lo, hi]}, and {@code "verdict"} when
 * it has {@code expect} or could not be established; {@code "value"} and {@code "digits"}
 * are null when there is no number. A plot: {@code {"id", "derivation", "file", "line", "title",
 * "expression", "variable", "range": [lo, hi] (numbers), "scale": "linear"|"log"|"loglog", "series": [{"label",
 * "points": [[x, y], ...]}], "sampled" (points per curve), "dropped", "dropReason" (when any was dropped), "cites": [...]}}. Non-finite numbers are null.
 */
final class ExhibitJson implements ExhibitResult.Visitor<Void> {
    private final ArrayNode values;
    private final ArrayNode plots;

    private ExhibitJson(ArrayNode values, ArrayNode plots) {
        this.values = values;
        this.plots = plots;
    }

    /** Adds {@code "values"} and {@code "plots"} (both always present, possibly empty) to {@code root}. */
    static void add(ObjectNode root, List<ExhibitResult> exhibits) {
        ExhibitJson j = new ExhibitJson(root.putArray("values"), root.putArray("plots"));
        exhibits.forEach(e -> e.accept(j));
    }

    private static ObjectNode head(ArrayNode into, ExhibitResult r) {
        ObjectNode o = into.addObject();
        o.put("id", r.exhibit().id());
        o.put("derivation", r.derivation().name());
        o.put("file", r.derivation().file());
        o.put("line", r.exhibit().span().line());
        o.put("title", r.exhibit().title());
        o.put("expression", TextPrinter.print(r.exhibit().expression()));
        return o;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    @Override
    public Void visitValue(ValueResult r) {
        Value v = r.value();
        ObjectNode o = head(values, r);
        ObjectNode inputs = o.putObject("inputs");
        for (Map.Entry<String, Double> in : r.inputs().entrySet()) {
            number(inputs, in.getKey(), in.getValue());
        }
        number(o, "value", r.number().orElse(Double.NaN));
        if (r.digits().isPresent()) {
            o.put("digits", r.digits().get());
        } else {
            o.putNull("digits");
        }
        ArrayNode cites = o.putArray("cites");
        v.cites().forEach(cites::add);
        v.expect().ifPresent(e -> o.putArray("expect").add(TextPrinter.print(e.lower())).add(TextPrinter.print(e.upper())));
        r.verdict().ifPresent(verdict -> o.put("verdict", verdict.name()));
        o.put("reason", r.reason());
        return null;
    }

    @Override
    public Void visitPlot(PlotResult r) {
        Plot p = r.plot();
        ObjectNode o = head(plots, r);
        o.put("variable", p.variable());
        ArrayNode range = o.putArray("range");
        range.add(r.lower()).add(r.upper());
        o.put("scale", p.scale().spelling());
        ArrayNode series = o.putArray("series");
        for (PlotCurve c : r.curves()) {
            ObjectNode so = series.addObject();
            so.put("label", c.label());
            ArrayNode pts = so.putArray("points");
            for (PlotPoint pt : c.points()) {
                pts.addArray().add(pt.x()).add(pt.y());
            }
        }
        o.put("sampled", r.sampled());
        o.put("dropped", r.dropped());
        if (r.dropReason().isPresent()) {
            o.put("dropReason", r.dropReason().get());
        }
        ArrayNode cites = o.putArray("cites");
        p.cites().forEach(cites::add);
        return null;
    }
}
