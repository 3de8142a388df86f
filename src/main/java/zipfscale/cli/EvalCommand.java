package zipfscale.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.PreciseEstimate;
import zipfscale.render.JsonText;

/**
 * {@code zipfscale eval 'missing(alpha=1.5, D=1e12)' [--digits 30] [--json]}: evaluates one numeric
 * function of the engine and prints its value and error bound.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a Zipf sum or Mellin constant with an error bound.",
            "Functions: zeta(alpha), tail(alpha, M, [c]), missing(alpha, D), expsum(alpha, D, [c]),",
            "  threshold(alpha, D, m0), dynsum(alpha, beta, [c], tau), kernelsum(alpha, beta, [a], tau, g),",
            "  mellin(g, s), sum(EXPR, k, lo, hi) (hi a whole number or Infinity; e.g. sum(k^(-1/2), k, 1, 1e15)).",
            "  Kernels g: exp, gauss, inv1pu, inv1pu2, step, poissonK, or an expression in u",
            "  (mellin(g = 1/(1+u)^2, s = 0.75))."})
public final class EvalCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "CALL", description = "e.g. 'missing(alpha=1.5, D=1e12)' or, in the"
            + " documented order, 'missing(1.5, 1e12)'")
    String call;

    @Option(names = "--digits", paramLabel = "N", description = "high precision with N significant digits (1..60)")
    Integer digits;

    @Option(names = "--json", description = "print {\"value\", \"error\", \"digits\", \"method\"} as JSON")
    boolean json;

    @Option(names = "--time", description = "also time the evaluation: median microseconds per call after warm-up")
    boolean time;

    @Mixin
    WallClock clock;

    @Spec
    CommandSpec spec;

    /** What is printed: computed before anything is written. */
    private record Shown(String value, String error, int digits, String method, Double micros) {
    }

    /** One evaluable call: a named function of the engine, or a general sum. */
    private interface Evaluable {
        String id();

        /** The double estimate, its bound widened by the rounding of the typed arguments. */
        Estimate inDouble();

        /**
         * The double estimate alone, with the call parsed and dispatched beforehand: what {@code --time}
         * measures (the evaluation and its error bound, not the reading of the call).
         */
        Supplier<Estimate> inDoubleOnce();

        PreciseEstimate precise(int digits);
    }

    private Evaluable evaluable() {
        if (SumCall.matches(call)) {
            SumCall sc = SumCall.parse(call);
            return new Evaluable() {
                @Override
                public Supplier<Estimate> inDoubleOnce() {
                    return sc.prepared();
                }

                @Override
                public String id() {
                    return "sum";
                }

                @Override
                public Estimate inDouble() {
                    return sc.inDouble();
                }

                @Override
                public PreciseEstimate precise(int d) {
                    return sc.precise(d);
                }
            };
        }
        CallParser.ParsedCall parsed = CallParser.parse(call);
        NumericFunction f = NumericFunction.byId(parsed.name()).orElseThrow(() -> CallParser.error(call,
                parsed.nameColumn(), parsed.name().length(), "unknown function '" + parsed.name() + "'; known: "
                        + String.join(", ", Arrays.stream(NumericFunction.values()).map(NumericFunction::signature).toList())
                        + ", sum(EXPR, k, lo, hi)"));
        CallArguments args = new CallArguments(CallParser.named(parsed, f.parameters()));
        args.allowOnly(f.argumentNames());
        return new Evaluable() {
            @Override
            public String id() {
                return f.id();
            }

            @Override
            public Estimate inDouble() {
                return withInputRounding(f, args, f.inDouble(args).get());
            }

            @Override
            public Supplier<Estimate> inDoubleOnce() {
                return f.inDouble(args);
            }

            @Override
            public PreciseEstimate precise(int d) {
                return f.precise(args, d, d + 20L);
            }
        };
    }

    @Override
    public void run() {
        Evaluable f = evaluable();
        if (digits != null && (digits < 1 || digits > 60)) {
            throw new zipfscale.diag.DomainException("digits", digits, "{1, ..., 60}");
        }
        Shown shown = clock.run("eval", () -> compute(f));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonText.object();
            node.put("value", shown.value());
            node.put("error", shown.error());
            node.put("digits", shown.digits());
            node.put("method", shown.method());
            if (shown.micros() != null) {
                node.put("micros", shown.micros());
            }
            out.println(JsonText.compact(node));
        } else {
            out.println(f.id() + " = " + shown.value());
            out.println("error <= " + shown.error() + " (" + shown.digits() + " significant digits)");
            out.println("method: " + shown.method());
            if (shown.micros() != null) {
                out.println(String.format(Locale.ROOT, "time: %.3f microseconds per evaluation (median)", shown.micros()));
            }
        }
        out.flush();
    }

    private Shown compute(Evaluable f) {
        Shown s;
        if (digits == null) {
            Estimate e = f.inDouble();
            double rel = e.relativeError();
            int shownDigits = rel == 0 ? 17 : (int) Math.max(0, Math.min(17, Math.floor(-Math.log10(rel))));
            s = new Shown(String.format(Locale.ROOT, "%.17g", e.value()), upward(e.error()), shownDigits,
                    e.method(), null);
        } else {
            PreciseEstimate e = f.precise(digits);
            s = new Shown(e.toDecimal(), upward(new java.math.BigDecimal(e.error().toString(true))), e.digits(),
                    e.method(), null);
        }
        return time ? new Shown(s.value(), s.error(), s.digits(), s.method(), timeIt(f)) : s;
    }

    /**
     * Adds to the bound how far the result moves when an argument moves by one ulp: the double mode
     * evaluates at the double nearest to the decimal typed, which is less than half an ulp away (fuzz:
     * zeta(alpha = 1.0006231771058955) moved by 1.2e-10 against a bound of 8.9e-12, zeta being steep there).
     * Each side that leaves the domain is skipped.
     */
    private static Estimate withInputRounding(NumericFunction f, CallArguments args, Estimate e) {
        double extra = 0;
        for (String key : args.roundedArguments()) {
            double x = args.number(key);
            double move = 0;
            for (double y : new double[] {Math.nextUp(x), Math.nextDown(x)}) {
                try {
                    Estimate n = f.inDouble(args.with(key, y)).get();
                    move = Math.max(move, Math.abs(n.value() - e.value()) + n.error() + e.error());
                } catch (zipfscale.diag.InputException outside) {
                    // this neighbour is outside the domain: the typed value lies on the other side
                }
            }
            extra += move;
        }
        return extra == 0 ? e : new Estimate(e.value(), e.error() + extra, e.method());
    }

    /** The bound to 3 significant digits, rounded up: the printed bound is never below the computed one. */
    static String upward(double error) {
        return upward(new java.math.BigDecimal(error));
    }

    static String upward(java.math.BigDecimal error) {
        if (error.signum() == 0) {
            return "0.00";
        }
        java.math.BigDecimal r = error.round(new java.math.MathContext(3, java.math.RoundingMode.UP));
        return String.format(Locale.ROOT, "%.2e", r);
    }

    /**
     * Median over 15 batches of the mean time per call, after 2 s of warm-up. (0.5 s was too short on a
     * loaded 2-core machine: the JIT had not compiled the 30-digit double-double sums yet, which then
     * measured 400-800 us per call instead of about 20 us; a cap of 20000 calls ended the warm-up of a
     * sub-microsecond double evaluation after a few milliseconds, before C1 had compiled its callees.)
     */
    private Double timeIt(Evaluable f) {
        boolean precise = digits != null;
        Supplier<Estimate> prepared = precise ? null : f.inDoubleOnce();
        // the value and its bound both feed the sink, so that the JIT cannot drop the bound's arithmetic as
        // unused; nothing is kept from one call to the next
        java.util.function.DoubleSupplier once = precise
                ? () -> f.precise(digits).doubleValue()
                : () -> {
                    Estimate e = prepared.get();
                    return e.value() + e.error();
                };
        double sink = 0;
        long start = System.nanoTime();
        int calls = 0;
        while (System.nanoTime() - start < 2_000_000_000L) {
            sink += once.getAsDouble();
            calls++;
        }
        int batch = Math.max(1, calls / 10);
        double[] means = new double[15];
        for (int b = 0; b < means.length; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += once.getAsDouble();
            }
            means[b] = (System.nanoTime() - t0) / 1e3 / batch;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("NaN while timing");
        }
        Arrays.sort(means);
        return means[means.length / 2];
    }
}
