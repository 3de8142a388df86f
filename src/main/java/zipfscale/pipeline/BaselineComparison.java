package zipfscale.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zipfscale.diag.InputException;
import zipfscale.render.JsonText;

/**
 * {@code --baseline OLD.json} (issue 16): the verdicts of this run against a saved {@code report.json}.
 * A regression is a verdict that got worse: PROVED to anything else, CHECKED to REFUTED or UNDECIDED, or a
 * claim (value, extrapolation) of the baseline that is gone. An improvement is the converse (to PROVED
 * from anything else, to CHECKED from REFUTED or UNDECIDED). Items are matched by section ({@code claims},
 * {@code values}, {@code extrapolations}), derivation and identifier, so moving a claim within its file
 * or to another file of the same derivation is not a change.
 */
public record BaselineComparison(List<String> regressions, List<String> improvements, List<String> added) {
    private static final List<String> SECTIONS = List.of("claims", "values", "extrapolations");

    public BaselineComparison {
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
        added = List.copyOf(added);
    }

    /** Reads a saved report; a missing or malformed file is bad input (exit 2). */
    public static JsonNode readBaseline(Path file) {
        try {
            JsonNode n = JsonText.parse(Files.readString(file));
            if (n == null || !n.isObject() || !n.path("claims").isArray()) {
                throw new InputException(file + ": error: not a zipfscale report.json (no \"claims\" array)");
            }
            return n;
        } catch (IOException e) {
            throw new InputException(file + ": error: cannot read the baseline report: " + e.getMessage());
        }
    }

    /** Compares the report of this run ({@code report.json} text) with the baseline. */
    public static BaselineComparison compare(JsonNode baseline, String currentReport) {
        JsonNode current;
        try {
            current = JsonText.parse(currentReport);
        } catch (IOException e) {
            throw new IllegalStateException("the engine's own report is not JSON", e);
        }
        List<String> regressions = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String section : SECTIONS) {
            Map<String, String> old = verdicts(baseline.path(section));
            Map<String, String> now = verdicts(current.path(section));
            String kind = section.substring(0, section.length() - 1);
            for (Map.Entry<String, String> o : old.entrySet()) {
                String name = kind + " " + o.getKey();
                String n = now.get(o.getKey());
                if (n == null) {
                    regressions.add(name + ": " + o.getValue() + " -> (gone)");
                } else if (worse(o.getValue(), n)) {
                    regressions.add(name + ": " + o.getValue() + " -> " + n);
                } else if (better(o.getValue(), n)) {
                    improvements.add(name + ": " + o.getValue() + " -> " + n);
                }
            }
            for (Map.Entry<String, String> n : now.entrySet()) {
                if (!old.containsKey(n.getKey())) {
                    added.add(kind + " " + n.getKey() + ": " + n.getValue() + " (new)");
                }
            }
        }
        return new BaselineComparison(regressions, improvements, added);
    }

    /** derivation/id to verdict, for the items of a section that have a verdict. */
    private static Map<String, String> verdicts(JsonNode array) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode item : array) {
            if (item.hasNonNull("verdict")) {
                out.put(item.path("derivation").asText() + "/" + item.path("id").asText(), item.get("verdict").asText());
            }
        }
        return out;
    }

    static boolean worse(String from, String to) {
        return from.equals("PROVED") && !to.equals("PROVED")
                || from.equals("CHECKED") && (to.equals("REFUTED") || to.equals("UNDECIDED"));
    }

    static boolean better(String from, String to) {
        return to.equals("PROVED") && !from.equals("PROVED")
                || to.equals("CHECKED") && (from.equals("REFUTED") || from.equals("UNDECIDED"));
    }

    /** The lines for the terminal: regressions, then improvements and new items. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("baseline: ").append(regressions.size()).append(" regressions, ").append(improvements.size())
                .append(" improvements, ").append(added.size()).append(" new\n");
        regressions.forEach(r -> out.append("  REGRESSION ").append(r).append('\n'));
        improvements.forEach(r -> out.append("  improved ").append(r).append('\n'));
        added.forEach(r -> out.append("  ").append(r).append('\n'));
        return out.toString();
    }
}
