package zipfscale.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar-aware mutations of a script (issue 21): delete a line or a token, insert a token of the
 * grammar, swap or cut lines, change indentation, replace a number by an extreme, a name by another,
 * a token by a huge field; then, sometimes, another encoding (BOM, CRLF, CR, UTF-16, Latin-1, NUL,
 * a cut UTF-8 sequence).
 */
final class ScriptMutator {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"|[A-Za-z_][A-Za-z0-9_]*|[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|:=|==|<=|>=|->|=O|=o|\\S");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Tokens of the script grammar and of the expression language. */
    static final List<String> GRAMMAR = List.of("derivation", "claim", "assume", "define", "param", "cite",
            "notation", "value", "plot", "extrapolate", "where", "for", "in", "as", "->", "Infinity", "==", "<=",
            "<", ">=", ">", "~", "asymp", "=O", "=o", ":", ":=", "(", ")", "[", "]", "{", "}", ",", "\"", "\"s\"",
            "#", "Sum(k^(-alpha), {k, 1, Infinity})", "Sum(", "Integrate(", "Exp(", "Log(", "Zeta(", "Gamma(",
            "ArgMin(", "Diff(", "Max(", "Boole(", "Floor(", "PolyGamma(", "^", "*", "/", "+", "-", "1/0", "0/0", "0^0",
            "x_", "=", ";", "&", "expect in [0, 1]", "series L = 1, 2", "axis \"a\" \"b\"", "points 4 noise 0.1 seed 1",
            "predict 1e30", "truth", "minimize N in [1, 10]", "log", "loglog", "\t", "\\", "@", "$", "%", "'", "`",
            "\u00e9", "\u2264", "\u03b1", "Import(\"x\")", "Run(\"ls\")", "x = 3", "#", "&&", "||", "!", "?", "...",
            "Diff(x, x, 7)", "Diff(Abs(x), x)", "{k, 1, N}", "for x in [1, 0]", "as x -> 0", "where", "N", "D", "C",
            "E", "aN", "an", "alpha_N", "alpha__N", "k");

    private ScriptMutator() {
    }

    static byte[] mutate(String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            mutateOnce(lines, r);
        }
        return encode(String.join("\n", lines), r);
    }

    private static void mutateOnce(List<String> lines, SplittableRandom r) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int li = r.nextInt(lines.size());
        String line = lines.get(li);
        switch (r.nextInt(12)) {
            case 0 -> lines.remove(li);
            case 1 -> lines.add(li, lines.get(r.nextInt(lines.size())));
            case 2 -> {
                int lj = r.nextInt(lines.size());
                lines.set(li, lines.get(lj));
                lines.set(lj, line);
            }
            case 3 -> lines.set(li, line.substring(0, r.nextInt(line.length() + 1)));
            case 4 -> lines.set(li, line.startsWith(" ") ? line.strip() : "    " + line);
            case 5, 6 -> lines.set(li, replaceToken(line, r, t -> ""));
            case 7 -> lines.set(li, insertAtToken(line, r, Extremes.pick(GRAMMAR, r)));
            case 8, 9 -> lines.set(li, replaceNumber(line, r));
            case 10 -> lines.set(li, replaceToken(line, r, t -> NAME.matcher(t).matches() ? otherName(lines, r) : t));
            default -> lines.set(li, replaceToken(line, r, t -> huge(t, r)));
        }
    }

    private static String otherName(List<String> lines, SplittableRandom r) {
        String l = lines.get(r.nextInt(lines.size()));
        Matcher m = NAME.matcher(l);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group());
        }
        return names.isEmpty() ? Extremes.pick(GRAMMAR, r) : names.get(r.nextInt(names.size()));
    }

    private static String huge(String t, SplittableRandom r) {
        int len = 1000 + r.nextInt(20000);
        return switch (r.nextInt(4)) {
            case 0 -> "x".repeat(len);
            case 1 -> "9".repeat(len);
            case 2 -> "\"" + "s".repeat(len) + "\"";
            default -> "(".repeat(len / 10) + t + ")".repeat(len / 10);
        };
    }

    private static String replaceNumber(String line, SplittableRandom r) {
        List<int[]> spans = spans(line, NUMBER);
        if (spans.isEmpty()) {
            return insertAtToken(line, r, Extremes.pick(Extremes.SCRIPT, r));
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + Extremes.pick(Extremes.SCRIPT, r) + line.substring(s[1]);
    }

    private static String replaceToken(String line, SplittableRandom r, java.util.function.UnaryOperator<String> by) {
        List<int[]> spans = spans(line, TOKEN);
        if (spans.isEmpty()) {
            return line;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + by.apply(line.substring(s[0], s[1])) + line.substring(s[1]);
    }

    private static String insertAtToken(String line, SplittableRandom r, String token) {
        List<int[]> spans = spans(line, TOKEN);
        int at = spans.isEmpty() ? line.length() : spans.get(r.nextInt(spans.size()))[r.nextInt(2)];
        String sep = r.nextBoolean() ? " " : "";
        return line.substring(0, at) + sep + token + sep + line.substring(at);
    }

    private static List<int[]> spans(String line, Pattern p) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** UTF-8 most of the time; otherwise one of the encodings a user's editor might produce. */
    static byte[] encode(String text, SplittableRandom r) {
        if (r.nextInt(10) != 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return switch (r.nextInt(8)) {
            case 0 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case 1 -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
            case 3 -> text.getBytes(StandardCharsets.UTF_16);
            case 4 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 5 -> ("caf\u00e9 " + text).getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> {
                StringBuilder b = new StringBuilder(text);
                b.insert(r.nextInt(b.length() + 1), '\0');
                yield b.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                byte[] u = ("\u03b1 \u2264 " + text).getBytes(StandardCharsets.UTF_8);
                byte[] cut = new byte[u.length - 1];
                System.arraycopy(u, 1, cut, 0, cut.length);
                yield cut;
            }
        };
    }
}
