package zipfscale.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.Kernel;
import zipfscale.numerics.MellinTransform;
import zipfscale.numerics.PreciseEstimate;
import zipfscale.numerics.PreciseZipfSums;
import zipfscale.numerics.RegularlyVaryingSums;
import zipfscale.numerics.ZipfSums;

/**
 * The functions reachable from {@code zipfscale eval}, their argument names and how each is computed
 * in double and in high precision. Optional arguments: {@code c} (default 1) of dynsum, {@code a}
 * (default 1) of kernelsum, and {@code c} of tail / expsum, which switches to the regularly varying
 * weights {@code k^-alpha (log(k+1))^c / Z_c} (double precision only).
 */
enum NumericFunction {
    ZETA("zeta", "alpha") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            return () -> ZipfSums.zeta(alpha);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.zeta(a.exact("alpha", p), digits);
        }
    },
    TAIL("tail", "alpha", "M", "c?") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double m = a.number("M");
            if (a.has("c")) {
                double c = a.number("c");
                return () -> RegularlyVaryingSums.tail(alpha, c, m);
            }
            return () -> ZipfSums.tail(alpha, m);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            noRegularlyVarying(a);
            return PreciseZipfSums.tail(a.exact("alpha", p), a.exact("M", p), digits);
        }
    },
    MISSING("missing", "alpha", "D") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double d = a.number("D");
            return () -> ZipfSums.missing(alpha, d);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.missing(a.exact("alpha", p), a.exact("D", p), digits);
        }
    },
    EXPSUM("expsum", "alpha", "D", "c?") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double d = a.number("D");
            if (a.has("c")) {
                double c = a.number("c");
                return () -> RegularlyVaryingSums.expsum(alpha, c, d);
            }
            return () -> ZipfSums.expsum(alpha, d);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            noRegularlyVarying(a);
            return PreciseZipfSums.expsum(a.exact("alpha", p), a.exact("D", p), digits);
        }
    },
    THRESHOLD("threshold", "alpha", "D", "m0") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double d = a.number("D");
            double m0 = a.number("m0");
            return () -> ZipfSums.threshold(alpha, d, m0);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.threshold(a.exact("alpha", p), a.exact("D", p), a.exact("m0", p), digits);
        }
    },
    DYNSUM("dynsum", "alpha", "beta", "c?", "tau") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double beta = a.number("beta");
            double c = a.number("c", 1);
            double tau = a.number("tau");
            return () -> ZipfSums.dynsum(alpha, beta, c, tau);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.dynsum(a.exact("alpha", p), a.exact("beta", p), a.exact("c", "1", p),
                    a.exact("tau", p), digits);
        }
    },
    KERNELSUM("kernelsum", "alpha", "beta", "a?", "tau", "g") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            double alpha = a.number("alpha");
            double beta = a.number("beta");
            double amp = a.number("a", 1);
            double tau = a.number("tau");
            Kernel g = a.kernel("g");
            return () -> ZipfSums.kernelsum(alpha, beta, amp, tau, g);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.kernelsum(a.exact("alpha", p), a.exact("beta", p), a.exact("a", "1", p),
                    a.exact("tau", p), a.kernel("g"), digits);
        }
    },
    MELLIN("mellin", "g", "s") {
        @Override
        Supplier<Estimate> inDouble(CallArguments a) {
            Kernel g = a.kernel("g");
            double s = a.number("s");
            return () -> MellinTransform.mellin(g, s);
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return MellinTransform.mellin(a.kernel("g"), a.exact("s", p), digits);
        }
    };

    private final String id;
    private final List<String> params;

    NumericFunction(String id, String... params) {
        this.id = id;
        this.params = List.of(params);
    }

    /**
     * The double evaluation with its arguments read (parsed, looked up) once: {@code get()} is one
     * evaluation with its error bound, which {@code eval --time} repeats.
     */
    abstract Supplier<Estimate> inDouble(CallArguments a);

    abstract PreciseEstimate precise(CallArguments a, int digits, long precision);

    String id() {
        return id;
    }

    /** Parameter names in the documented order, optional ones ending in '?'. */
    List<String> parameters() {
        return params;
    }

    /** Argument names, optional ones without their trailing '?'. */
    List<String> argumentNames() {
        return params.stream().map(s -> s.replace("?", "")).toList();
    }

    String signature() {
        return id + "(" + String.join(", ", params.stream().map(s -> s.endsWith("?") ? "[" + s.replace("?", "") + "]" : s).toList()) + ")";
    }

    static java.util.Optional<NumericFunction> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    private static void noRegularlyVarying(CallArguments a) {
        if (a.has("c")) {
            throw new zipfscale.diag.InputException(
                    "regularly varying weights (argument c) are available in double precision only; drop --digits");
        }
    }

}
