package zipfscale.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zipfscale.claims.Extrapolation;
import zipfscale.fit.ExtrapolationFit;
import zipfscale.fit.ExtrapolationResult;

/**
 * The {@code "extrapolations"} array of {@code report.json}: per {@code extrapolate} statement
 * {@code {"file", "line", "derivation", "id", "title", "cites", "window": {"variable", "lower", "upper"},
 * "minimize", "points", "noise", "seed", "fit": {"a", "b", "c": {"value", "lower", "upper"},
 * "residual_sd", "resamples", "failed"}, "samples": [{"C", "truth", "observed"}], "predictions": [{"C",
 * "predicted", "lower", "upper", "truth", "inside", "relative_error", "relative_bound"}], "verdict",
 * "reason"}}. {@code fit} is null when the fit could not be made.
 */
final class ExtrapolationJson {

    private ExtrapolationJson() {
    }

    static void add(ArrayNode array, List<ExtrapolationResult> results) {
        for (ExtrapolationResult r : results) {
            Extrapolation e = r.extrapolation();
            ObjectNode o = array.addObject();
            o.put("file", e.span().file());
            o.put("line", e.span().line());
            o.put("derivation", r.derivation());
            o.put("id", e.id());
            o.put("title", e.title());
            ArrayNode cites = o.putArray("cites");
            e.cites().forEach(cites::add);
            ObjectNode w = o.putObject("window");
            w.put("variable", e.variable());
            w.put("lower", e.lower());
            w.put("upper", e.upper());
            if (e.minimize() == null) {
                o.putNull("minimize");
            } else {
                o.putObject("minimize").put("variable", e.minimize().variable()).put("lower", e.minimize().lower())
                        .put("upper", e.minimize().upper());
            }
            o.put("points", e.points());
            o.put("noise", e.noise());
            o.put("seed", e.seed());
            if (r.fit() == null) {
                o.putNull("fit");
            } else {
                ObjectNode f = o.putObject("fit");
                parameter(f.putObject("a"), r.fit().a());
                parameter(f.putObject("b"), r.fit().b());
                parameter(f.putObject("c"), r.fit().c());
                f.put("residual_sd", r.fit().residualSd());
                f.put("resamples", r.fit().resamples());
                f.put("failed", r.fit().failed());
            }
            ArrayNode samples = o.putArray("samples");
            for (ExtrapolationResult.Sample s : r.samples()) {
                samples.addObject().put("C", s.c()).put("truth", s.truth()).put("observed", s.observed());
            }
            ArrayNode predictions = o.putArray("predictions");
            for (ExtrapolationResult.Target t : r.targets()) {
                ExtrapolationFit.Prediction p = t.prediction();
                predictions.addObject().put("C", p.c()).put("predicted", p.predicted()).put("lower", p.lower())
                        .put("upper", p.upper()).put("truth", t.truth()).put("inside", t.inside())
                        .put("relative_error", t.relativeError()).put("relative_bound", p.relativeBound());
            }
            o.put("verdict", r.verdict().name());
            o.put("reason", r.reason());
        }
    }

    private static void parameter(ObjectNode o, ExtrapolationFit.Parameter p) {
        o.put("value", p.value()).put("lower", p.lower()).put("upper", p.upper());
    }
}
