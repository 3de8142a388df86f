package zipfscale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.PreciseEstimate;

/**
 * {@code zipfscale eval 'missing(alpha=1.5, D=1e12)' [--digits 30] [--json]}: evaluates one numeric
 * function of the engine and prints its value and error bound.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a Zipf sum or Mellin constant with an error bound.",
            "Functions: zeta(alpha), tail(alpha, M, [c]), missing(alpha, D), expsum(alpha, D, [c]),",
            "  threshold(alpha, D, m0), dynsum(alpha, beta, [c], tau), kernelsum(alpha, beta, [a], tau, g),",
            "  mellin(g, s). Kernels g: exp, gauss, inv1pu, inv1pu2, step, poissonK, or an expression in u",
            "  (mellin(g = 1/(1+u)^2, s = 0.75))."})
public final class EvalCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "CALL", description = "e.g. 'missing(alpha=1.5, D=1e12)'")
    String call;

    @Option(names = "--digits", paramLabel = "N", description = "high precision with N significant digits (1..60)")
    Integer digits;

    @Option(names = "--json", description = "print {\"value\", \"error\", \"digits\", \"method\"} as JSON")
    boolean json;

    @Option(names = "--time", description = "also time the evaluation: median microseconds per call after warm-up")
    boolean time;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CallParser.ParsedCall parsed = CallParser.parse(call);
        NumericFunction f = NumericFunction.byId(parsed.name()).orElseThrow(() -> CallParser.error(call,
                parsed.nameColumn(), parsed.name().length(), "unknown function '" + parsed.name() + "'; known: "
                        + String.join(", ", Arrays.stream(NumericFunction.values()).map(NumericFunction::signature).toList())));
        CallArguments args = new CallArguments(parsed);
        args.allowOnly(f.argumentNames());
        PrintWriter out = spec.commandLine().getOut();
        String value;
        String error;
        int shownDigits;
        String method;
        if (digits == null) {
            Estimate e = f.inDouble(args);
            value = String.format(Locale.ROOT, "%.17g", e.value());
            error = String.format(Locale.ROOT, "%.3g", e.error());
            double rel = e.relativeError();
            shownDigits = rel == 0 ? 17 : (int) Math.max(0, Math.min(17, Math.floor(-Math.log10(rel))));
            method = e.method();
        } else {
            if (digits < 1 || digits > 60) {
                throw new zipfscale.diag.DomainException("digits", digits, "{1, ..., 60}");
            }
            PreciseEstimate e = f.precise(args, digits, digits + 20L);
            value = e.toDecimal();
            error = String.format(Locale.ROOT, "%.3g", e.error().doubleValue());
            shownDigits = e.digits();
            method = e.method();
        }
        Double micros = time ? timeIt(f, args) : null;
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("value", value);
            node.put("error", error);
            node.put("digits", shownDigits);
            node.put("method", method);
            if (micros != null) {
                node.put("micros", micros);
            }
            out.println(node.toString());
        } else {
            out.println(f.id() + " = " + value);
            out.println("error <= " + error + " (" + shownDigits + " significant digits)");
            out.println("method: " + method);
            if (micros != null) {
                out.println(String.format(Locale.ROOT, "time: %.3f microseconds per evaluation (median)", micros));
            }
        }
        out.flush();
    }

    /** Median over 15 batches of the mean time per call, after about 0.5 s of warm-up. */
    private Double timeIt(NumericFunction f, CallArguments args) {
        boolean precise = digits != null;
        java.util.function.DoubleSupplier once = precise
                ? () -> f.precise(args, digits, digits + 20L).doubleValue()
                : () -> f.inDouble(args).value();
        double sink = 0;
        long start = System.nanoTime();
        int calls = 0;
        while (System.nanoTime() - start < 500_000_000L && (calls < 20_000)) {
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
