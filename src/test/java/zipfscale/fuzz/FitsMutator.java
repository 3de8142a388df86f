package zipfscale.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Malformed fits files (docs/fits.md): rows deleted, duplicated, swapped or cut, cells replaced by empty,
 * non-numeric, non-finite, extreme or huge values, unbalanced quotes, extra or missing columns, a broken
 * header; then the encodings of {@link ScriptMutator#encode}.
 */
final class FitsMutator {
    private static final List<String> CELLS = List.of("", "nan", "NaN", "inf", "-Infinity", "-0", "0", "1e308", "1e309",
            "1e-320", "-1", "-0.5", "0.5", "2", "\"", "\"x,y\"", "alpha_N", "budget", "ND", "N", "zz", "1,2", " ", "#");

    private FitsMutator() {
    }

    static byte[] mutate(String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (lines.isEmpty()) {
                lines.add("");
            }
            int li = r.nextInt(lines.size());
            String line = lines.get(li);
            switch (r.nextInt(8)) {
                case 0 -> lines.remove(li);
                case 1 -> lines.add(li, lines.get(r.nextInt(lines.size())));
                case 2 -> lines.set(li, line.substring(0, r.nextInt(line.length() + 1)));
                case 3 -> lines.set(li, line + "," + Extremes.pick(CELLS, r));
                case 4 -> lines.set(li, "x".repeat(1000 + r.nextInt(50000)));
                default -> {
                    List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
                    int ci = r.nextInt(cells.size());
                    String v = r.nextInt(10) == 0 ? "9".repeat(1000 + r.nextInt(20000))
                            : r.nextInt(3) == 0 ? Extremes.pick(Extremes.CALL, r) : Extremes.pick(CELLS, r);
                    cells.set(ci, v);
                    lines.set(li, String.join(",", cells));
                }
            }
        }
        return ScriptMutator.encode(String.join("\n", lines), r);
    }
}
