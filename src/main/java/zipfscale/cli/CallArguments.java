package zipfscale.cli;

import java.math.BigDecimal;
import java.util.Map;
import org.apfloat.Apfloat;
import zipfscale.numerics.Kernel;
import zipfscale.numerics.KernelCatalog;

/**
 * Typed access to the arguments of a parsed {@code eval} call; every conversion error points at the
 * argument's column.
 */
final class CallArguments {
    private final CallParser.ParsedCall call;
    private final Map<String, Double> overrides;

    CallArguments(CallParser.ParsedCall call) {
        this(call, Map.of());
    }

    private CallArguments(CallParser.ParsedCall call, Map<String, Double> overrides) {
        this.call = call;
        this.overrides = overrides;
    }

    /** The same call with the double value of {@code key} replaced (to see how the result moves). */
    CallArguments with(String key, double value) {
        Map<String, Double> o = new java.util.HashMap<>(overrides);
        o.put(key, value);
        return new CallArguments(call, o);
    }

    /**
     * The numeric arguments whose decimal text is not a double: the double mode computes at the nearest
     * double, so its bound must also cover the move from the text to that double.
     */
    java.util.List<String> roundedArguments() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, CallParser.Arg> e : call.args().entrySet()) {
            CallParser.Arg a = e.getValue();
            if (a.number()) {
                double d = Double.parseDouble(a.text());
                if (Double.isFinite(d) && new BigDecimal(a.text()).compareTo(new BigDecimal(d)) != 0) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    boolean has(String key) {
        return call.args().containsKey(key);
    }

    private CallParser.Arg arg(String key) {
        CallParser.Arg a = call.args().get(key);
        if (a == null) {
            throw CallParser.error(call.source(), call.nameColumn(), call.name().length(),
                    call.name() + ": missing argument '" + key + "'");
        }
        return a;
    }

    double number(String key) {
        if (overrides.containsKey(key)) {
            return overrides.get(key);
        }
        CallParser.Arg a = arg(key);
        requireNumber(key, a);
        return Double.parseDouble(a.text());
    }

    double number(String key, double dflt) {
        return has(key) ? number(key) : dflt;
    }

    /** The exact decimal value (no binary rounding), at the given precision. */
    Apfloat exact(String key, long precision) {
        CallParser.Arg a = arg(key);
        requireNumber(key, a);
        return new Apfloat(new BigDecimal(a.text()), Math.max(precision, a.text().length() + 5L));
    }

    Apfloat exact(String key, String dflt, long precision) {
        return has(key) ? exact(key, precision) : new Apfloat(new BigDecimal(dflt), precision);
    }

    /**
     * A kernel: a name of the catalogue ({@code exp}, {@code inv1pu2}, ...) or an expression in u
     * ({@code 1/(1+u)^2}, {@code Exp(-u)*(1 + u)}), read with the script's expression reader and evaluated
     * on jets ({@link zipfscale.numerics.ExprKernel}); any other free symbol is an error at its column.
     */
    Kernel kernel(String key) {
        CallParser.Arg a = arg(key);
        if (a.expression()) {
            zipfscale.expr.Expr g = zipfscale.cas.ExpressionReader.read(a.text(), "<eval>", 1, a.column());
            java.util.Set<String> free = new java.util.TreeSet<>(zipfscale.expr.FreeSymbols.of(g));
            free.remove("u");
            if (!free.isEmpty()) {
                throw CallParser.error(call.source(), a.column(), a.text().length(), "the kernel " + key
                        + " must be an expression in u alone; it also has " + String.join(", ", free));
            }
            return new zipfscale.numerics.ExprKernel(g, "u");
        }
        return KernelCatalog.byName(a.text()).orElseThrow(() -> CallParser.error(call.source(), a.column(),
                a.text().length(), "unknown kernel '" + a.text() + "'; known kernels: "
                        + String.join(", ", KernelCatalog.names())));
    }

    private void requireNumber(String key, CallParser.Arg a) {
        if (!a.number()) {
            throw CallParser.error(call.source(), a.column(), a.text().length(),
                    "argument '" + key + "' must be a number, not '" + a.text() + "'");
        }
    }

    /** Rejects arguments the function does not know. */
    void allowOnly(java.util.List<String> allowed) {
        for (Map.Entry<String, CallParser.Arg> e : call.args().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                int col = e.getValue().column() - e.getKey().length() - 1;
                throw CallParser.error(call.source(), Math.max(1, col), e.getKey().length(),
                        call.name() + ": unknown argument '" + e.getKey() + "'; expected " + String.join(", ", allowed));
            }
        }
    }
}
