package zipfscale.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code eval} command lines: every function with arguments at and beyond every domain edge (Extremes.CALL),
 * random magnitudes, missing / repeated / unknown arguments, malformed call text, and the options
 * --digits (in and out of 1..60) and --json.
 */
final class EvalCalls {
    /** Every function with its arguments; '?' marks an optional one, 'g' a kernel. */
    static final List<List<String>> FUNCTIONS = List.of(List.of("zeta", "alpha"), List.of("tail", "alpha", "M", "c?"),
            List.of("missing", "alpha", "D"), List.of("expsum", "alpha", "D", "c?"),
            List.of("threshold", "alpha", "D", "m0"), List.of("dynsum", "alpha", "beta", "c?", "tau"),
            List.of("kernelsum", "alpha", "beta", "a?", "tau", "g"), List.of("mellin", "g", "s"));
    static final List<String> KERNELS = List.of("exp", "gauss", "inv1pu", "inv1pu2", "step", "poisson1", "poisson3",
            "poisson1000", "poisson1001", "poisson0", "foo", "EXP");

    private EvalCalls() {
    }

    /** The call text (no options). */
    static String call(SplittableRandom r) {
        List<String> f = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
        List<String> args = new ArrayList<>();
        for (String p : f.subList(1, f.size())) {
            boolean optional = p.endsWith("?");
            String name = p.replace("?", "");
            if (optional && r.nextBoolean() || r.nextInt(40) == 0) {
                continue;
            }
            args.add(name + "=" + value(name, r));
        }
        if (r.nextInt(30) == 0) {
            args.add(r.nextBoolean() ? "zz=1" : args.isEmpty() ? "alpha=2" : args.get(0));
        }
        String text = f.get(0) + "(" + String.join(", ", args) + ")";
        if (r.nextInt(15) == 0) {
            StringBuilder b = new StringBuilder(text);
            int at = r.nextInt(b.length() + 1);
            if (r.nextBoolean() && at < b.length()) {
                b.deleteCharAt(at);
            } else {
                b.insert(at, Extremes.pick(List.of("(", ")", ",", "=", "e", "-", "..", " ", "\u03b1", "1e"), r));
            }
            text = b.toString();
        }
        return text;
    }

    private static String value(String name, SplittableRandom r) {
        if (name.equals("g")) {
            return Extremes.pick(KERNELS, r);
        }
        if (r.nextInt(3) == 0) {
            return Extremes.pick(Extremes.CALL, r);
        }
        return switch (name) {
            case "alpha" -> Double.toString(1 + Math.pow(10, -6 + 8 * r.nextDouble()));
            case "beta", "c", "a" -> Extremes.logUniform(r, -2, 2);
            case "M", "D", "m0" -> Long.toString((long) Math.floor(Math.pow(10, 18 * r.nextDouble())));
            case "tau" -> Extremes.logUniform(r, -3, 18);
            case "s" -> Double.toString(-1 + 5 * r.nextDouble());
            default -> "1";
        };
    }

    /** A full command line: eval CALL with options. */
    static String[] commandLine(SplittableRandom r) {
        List<String> a = new ArrayList<>(List.of("eval", call(r), "--timeout", "5"));
        if (r.nextInt(60) == 0) {
            a.add("--digits");
            a.add(Extremes.pick(List.of("1", "5", "20", "40", "60", "0", "61", "-3"), r));
        }
        if (r.nextInt(10) == 0) {
            a.add("--json");
        }
        return a.toArray(String[]::new);
    }
}
