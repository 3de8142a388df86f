package zipfscale.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * The whitelist of functions a script may call. Anything else (in particular Symja's {@code Import},
 * {@code Run}, {@code JavaNew}, ...) is rejected when a script is read. Names and meanings follow
 * Mathematica/Symja, so that the {@code cas} facade can hand them over unchanged.
 */
public enum Builtin {
    EXP("Exp", 1, 1),
    LOG("Log", 1, 2),          // Log(x); Log(b, x) is the logarithm of x to base b
    SQRT("Sqrt", 1, 1),
    ABS("Abs", 1, 1),
    SIN("Sin", 1, 1),
    COS("Cos", 1, 1),
    GAMMA("Gamma", 1, 2),      // Gamma(s); Gamma(s, x) is the upper incomplete Gamma function
    LOG_GAMMA("LogGamma", 1, 1),
    BETA("Beta", 2, 2),
    ZETA("Zeta", 1, 2),        // Zeta(s); Zeta(s, a) is the Hurwitz zeta function
    HURWITZ_ZETA("HurwitzZeta", 2, 2),
    POLYGAMMA("PolyGamma", 2, 2), // PolyGamma(n, x)
    FACTORIAL("Factorial", 1, 1),
    BINOMIAL("Binomial", 2, 2),
    MAX("Max", 1, Integer.MAX_VALUE),
    MIN("Min", 1, Integer.MAX_VALUE),
    FLOOR("Floor", 1, 1),
    CEILING("Ceiling", 1, 1),
    BOOLE("Boole", 1, 1),      // Boole(x < 1): the indicator 1{x < 1}
    ARG_MIN("ArgMin", 2, 2),   // ArgMin(f, N): the N > 0 minimising f (N is bound); minimisation claims only.
                               // Also ArgMin(f, N, D, lhs, rhs) (see acceptsArity): N at the minimum of f over
                               // N, D > 0 with lhs == rhs, read from the script form ArgMin(f, {N, D}, lhs == rhs)
    MIN_VALUE("MinValue", 2, 2), // MinValue(f, N): the minimal value of f over N > 0, f at N = ArgMin(f, N)
                               // (Mathematica's MinValue; Min(a, b) keeps its meaning, the smaller of two values)
    DIFF("Diff", 2, 3),        // Diff(f, x), Diff(f, x, n): the (n-th) derivative in x, expanded before checking
    SUBS("Subs", 3, 3);        // Subs(f, x, a): f at x = a, after f's derivatives are taken (SymPy's Subs);
                               // the script form `Diff(f, x) at x = a` is read as Subs(Diff(f, x), x, a)

    /**
     * The comparisons that may stand as the argument of {@code Boole} (and nowhere else): calls with these
     * heads, {@code Boole(Less(u, 1))} for the indicator 1{u < 1}.
     */
    public static final java.util.Set<String> COMPARISONS = java.util.Set.of("Less", "LessEqual", "Greater",
            "GreaterEqual");

    private static final Map<String, Builtin> BY_NAME = new HashMap<>();

    static {
        for (Builtin b : values()) {
            BY_NAME.put(b.spelling, b);
        }
    }

    private final String spelling;
    private final int minArgs;
    private final int maxArgs;

    Builtin(String spelling, int minArgs, int maxArgs) {
        this.spelling = spelling;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    public String spelling() {
        return spelling;
    }

    public int minArgs() {
        return minArgs;
    }

    public int maxArgs() {
        return maxArgs;
    }

    public boolean acceptsArity(int n) {
        // the constrained ArgMin(f, N, D, lhs, rhs) has no script spelling with five arguments: the reader builds it
        return n >= minArgs && n <= maxArgs || this == ARG_MIN && n == 5;
    }

    /** The arity as words, for messages: "1", "1 or 2", "at least 1". */
    public String arityText() {
        if (maxArgs == Integer.MAX_VALUE) {
            return "at least " + minArgs;
        }
        return minArgs == maxArgs ? String.valueOf(minArgs)
                : maxArgs == minArgs + 1 ? minArgs + " or " + maxArgs : minArgs + " to " + maxArgs;
    }

    /** The builtin spelled {@code name} in any case ({@code exp}, {@code EXP}), or null. */
    public static Builtin byNameIgnoringCase(String name) {
        for (Builtin b : values()) {
            if (b.spelling.equalsIgnoreCase(name)) {
                return b;
            }
        }
        return null;
    }

    /** The builtin spelled {@code name}, or null. */
    public static Builtin byName(String name) {
        return BY_NAME.get(name);
    }
}
