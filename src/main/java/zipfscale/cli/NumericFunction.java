package zipfscale.cli;

import java.util.Arrays;
import java.util.List;
import zipfscale.numerics.Estimate;
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
        Estimate inDouble(CallArguments a) {
            return ZipfSums.zeta(a.number("alpha"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.zeta(a.exact("alpha", p), digits);
        }
    },
    TAIL("tail", "alpha", "M", "c?") {
        @Override
        Estimate inDouble(CallArguments a) {
            if (a.has("c")) {
                return RegularlyVaryingSums.tail(a.number("alpha"), a.number("c"), a.number("M"));
            }
            return ZipfSums.tail(a.number("alpha"), a.number("M"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            noRegularlyVarying(a);
            return PreciseZipfSums.tail(a.exact("alpha", p), a.exact("M", p), digits);
        }
    },
    MISSING("missing", "alpha", "D") {
        @Override
        Estimate inDouble(CallArguments a) {
            return ZipfSums.missing(a.number("alpha"), a.number("D"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.missing(a.exact("alpha", p), a.exact("D", p), digits);
        }
    },
    EXPSUM("expsum", "alpha", "D", "c?") {
        @Override
        Estimate inDouble(CallArguments a) {
            if (a.has("c")) {
                return RegularlyVaryingSums.expsum(a.number("alpha"), a.number("c"), a.number("D"));
            }
            return ZipfSums.expsum(a.number("alpha"), a.number("D"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            noRegularlyVarying(a);
            return PreciseZipfSums.expsum(a.exact("alpha", p), a.exact("D", p), digits);
        }
    },
    THRESHOLD("threshold", "alpha", "D", "m0") {
        @Override
        Estimate inDouble(CallArguments a) {
            return ZipfSums.threshold(a.number("alpha"), a.number("D"), a.number("m0"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.threshold(a.exact("alpha", p), a.exact("D", p), a.exact("m0", p), digits);
        }
    },
    DYNSUM("dynsum", "alpha", "beta", "c?", "tau") {
        @Override
        Estimate inDouble(CallArguments a) {
            return ZipfSums.dynsum(a.number("alpha"), a.number("beta"), a.number("c", 1), a.number("tau"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.dynsum(a.exact("alpha", p), a.exact("beta", p), a.exact("c", "1", p),
                    a.exact("tau", p), digits);
        }
    },
    KERNELSUM("kernelsum", "alpha", "beta", "a?", "tau", "g") {
        @Override
        Estimate inDouble(CallArguments a) {
            return ZipfSums.kernelsum(a.number("alpha"), a.number("beta"), a.number("a", 1), a.number("tau"),
                    a.kernel("g"));
        }

        @Override
        PreciseEstimate precise(CallArguments a, int digits, long p) {
            return PreciseZipfSums.kernelsum(a.exact("alpha", p), a.exact("beta", p), a.exact("a", "1", p),
                    a.exact("tau", p), a.kernel("g"), digits);
        }
    },
    MELLIN("mellin", "g", "s") {
        @Override
        Estimate inDouble(CallArguments a) {
            return MellinTransform.mellin(a.kernel("g"), a.number("s"));
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

    abstract Estimate inDouble(CallArguments a);

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
