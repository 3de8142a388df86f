package zipfscale.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import zipfscale.check.CheckResult;
import zipfscale.check.Verdict;

/**
 * The terminal table of claims and verdicts printed by {@code zipfscale check}; long reasons are wrapped
 * in their column ({@link TextWrap}), never cut.
 */
public final class VerdictTable {

    private VerdictTable() {
    }

    public static String print(List<CheckResult> results) {
        int idw = "claim".length();
        for (CheckResult r : results) {
            idw = Math.max(idw, label(r).length());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + idw + "s  %-9s  %-6s  %s%n", "claim", "verdict", "rel", "reason"));
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (CheckResult r : results) {
            counts.merge(r.verdict(), 1, Integer::sum);
            out.append(String.format("%-" + idw + "s  %-9s  %-6s  %s%n", label(r), r.verdict(),
                    r.claim().relationSpelling(), TextWrap.wrap(r.reason(), TextWrap.WIDTH, " ".repeat(idw + 21))));
        }
        out.append(String.format("%n%d claims: ", results.size()));
        StringBuilder s = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(counts.getOrDefault(v, 0)).append(' ').append(v);
        }
        out.append(s).append(System.lineSeparator());
        return out.toString();
    }

    private static String label(CheckResult r) {
        return r.derivation().file() + ":" + r.claim().info().span().line() + " " + r.claim().info().id();
    }
}
