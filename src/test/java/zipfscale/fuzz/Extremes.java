package zipfscale.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Numbers and number-like forms at and beyond the edges of every domain, for scripts and calls. */
final class Extremes {
    private Extremes() {
    }

    /** Script numbers: zeros, the subnormal and overflow edges, forms that evaluate to NaN or infinity. */
    static final List<String> SCRIPT = List.of("0", "-0", "0.0", "-0.0", "1e-320", "4.9e-324", "1e-400", "1e308",
            "1.7976931348623157e308", "1e309", "-1e308", "1e99999", "(0/0)", "(1/0)", "(a*1/0)", "(1e308*10)",
            "(Infinity - Infinity)", "(0*Infinity)", "Infinity", "-Infinity", "Log(0)", "Sqrt(-1)", "Gamma(0)",
            "Zeta(1)", "(0^0)", "(0^(-1))", "10^10^10", "2^(2^40)", "Factorial(100000)", "Binomial(10^9, 10^8)",
            "99999999999999999999999999999999999999999", "1/3", "(-1)^(1/2)", "Exp(1000)", "Exp(-1e308)");

    /** Call arguments: the same edges as plain decimals (the call syntax has numbers only). */
    static final List<String> CALL = List.of("0", "-0", "0.0", "1", "-1", "1e-320", "4.9e-324", "1e-400", "1e308",
            "1.7976931348623157e308", "1e309", "1e18", "1.01e18", "9.9e17", "1e300", "100", "101", "100.000001",
            "1.0000000001", "1.000001", "1.01", "1.5", "2", "3", "0.5", "0.01", "0.0099", "1000", "1e6", "1e-6",
            "-1e-300", "123456789012345678901234567890", "0.999999", "1e-3", "250", "1e15", "1e12", "4.5e15",
            "2.5", "7", "1e9", "99.9", "10");

    static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    /** A log-uniform positive number between 10^lo and 10^hi, written in scientific notation. */
    static String logUniform(SplittableRandom r, double lo, double hi) {
        double v = Math.pow(10, lo + (hi - lo) * r.nextDouble());
        return Double.toString(v).replace("E", "e");
    }
}
