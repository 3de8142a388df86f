package zipfscale.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.Logarithm;

/**
 * The ratio f/g far beyond the double range, where a small power overtakes a slowly varying factor:
 * {@code x^(1/1000)} is below {@code Log(x)} up to x = 10^3700, so no x <= 1e15 can tell {@code x^(1/1000)
 * =O Log(x)} (false) from {@code Log(x) =O x^(1/1000)} (true). Both sides are evaluated at 40 digits (Apfloat,
 * whose exponents reach 10^(10^8)) at x = 10^(10^k), k = 2 ... 8, and the log-log slope
 * {@code d ln|f/g| / d ln x} between the last two points is read: a slowly varying factor such as
 * {@code (log x)^c} contributes about {@code c / ln x}, below 10^-7 there, while a power x^q contributes q.
 * A slope beyond {@value #DECISIVE} in size is a power; smaller slopes decide nothing.
 *
 * <p>Both sides are enclosed by ball arithmetic ({@link NumericBackend#enclose}), whose midpoints are the
 * 40-digit values; each point counts only when the balls confirm both sides to a thousandth there; a side whose 40 digits cancel away (a difference of nearly equal terms) ends the far
 * judgement with no decision.
 *
 * <p>Only for sides built from x, the parameters, numbers, Exp, Log and Sqrt (no sums, integrals or
 * special functions, whose engines are not made for such arguments).
 */
final class FarRatio {
    /** A slope this large is a power of x, far above the slowly varying part's 10^-7. */
    static final double DECISIVE = 1e-5;
    private static final Set<String> ELEMENTARY = Set.of("Log", "Exp", "Sqrt");
    private static final int DIGITS = 40;

    private FarRatio() {
    }

    /** Whether the far evaluation applies to these sides. */
    static boolean applies(Expr lhs, Expr rhs) {
        return elementary(lhs) && elementary(rhs);
    }

    private static boolean elementary(Expr e) {
        boolean[] ok = {true};
        new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                ok[0] &= ELEMENTARY.contains(c.function());
                return super.visitCall(c);
            }

            @Override
            public Expr visitSum(Sum s) {
                ok[0] = false;
                return s;
            }

            @Override
            public Expr visitIntegral(Integral i) {
                ok[0] = false;
                return i;
            }
        }.rewrite(e);
        return ok[0];
    }

    /**
     * Whether a side's enclosure at the far point pins its value to a thousandth: at x = 10^(10^8),
     * {@code (1 + 1/x)^x} at 40 digits is (1 + 0)^x = 1 with a ball as wide as e itself, and reading that 1
     * would "show" {@code (1 + 1/x)^x - e} constant. No enclosure (a backend without balls) is not resolved.
     */
    private static boolean resolved(zipfscale.numerics.Ball b) {
        if (b == null || b.mid().signum() == 0) {
            return false;
        }
        return b.rad().compareTo(ApfloatMath.abs(b.mid()).multiply(new Apfloat("1e-3", DIGITS))) <= 0;
    }

    /**
     * The judgement beyond 1e15 at the parameter point, or null when the far slope decides nothing (or
     * the sides cannot be evaluated there).
     */
    static String[] judge(AsymptoticRelation rel, Expr lhs, Expr rhs, String x, Map<String, Double> params,
            NumericBackend numeric) {
        List<Double> logX = new ArrayList<>();
        List<Double> logR = new ArrayList<>();
        for (int k = 2; k <= 8; k++) {
            Map<String, BigDecimal> p = new HashMap<>();
            params.forEach((n, v) -> p.put(n, new BigDecimal(v)));
            p.put(x, BigDecimal.ONE.scaleByPowerOfTen((int) Math.pow(10, k)));
            try {
                // the balls' midpoints are the 40-digit values; their radii say whether those can be trusted
                zipfscale.numerics.Ball fb = numeric.enclose(lhs, p, DIGITS);
                zipfscale.numerics.Ball gb = numeric.enclose(rhs, p, DIGITS);
                if (!resolved(fb) || !resolved(gb)) {
                    return null;
                }
                Apfloat f = fb.mid();
                Apfloat g = gb.mid();
                Apfloat lr = Logarithm.of(ApfloatMath.abs(f)).subtract(Logarithm.of(ApfloatMath.abs(g)));
                logR.add(lr.doubleValue());
                logX.add(Math.pow(10, k) * Math.log(10));
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                return null;
            }
        }
        int n = logR.size();
        double slope = (logR.get(n - 1) - logR.get(n - 2)) / (logX.get(n - 1) - logX.get(n - 2));
        double before = (logR.get(n - 2) - logR.get(n - 3)) / (logX.get(n - 2) - logX.get(n - 3));
        String note = String.format(java.util.Locale.ROOT, "beyond 1e15 (40-digit Apfloat): ln|f/g| = %.6g at x ="
                + " 10^(10^8), log-log slope %.3g between x = 10^(10^7) and 10^(10^8) (%.3g a step before)",
                logR.get(n - 1), slope, before);
        if (Math.abs(slope) <= DECISIVE || Math.signum(slope) != Math.signum(before)) {
            return null;
        }
        boolean grows = slope > 0;
        switch (rel) {
            case BIG_O:
                return new String[] {grows ? "REFUTES" : "AGREES", note + (grows ? ": f/g grows as a power of x" : ": f/g decays as a power of x")};
            case LITTLE_O:
                return new String[] {grows ? "REFUTES" : "AGREES", note + (grows ? ": f/g grows as a power of x" : ": f/g decays as a power of x")};
            default:
                return new String[] {"REFUTES", note + ": f/g " + (grows ? "grows" : "decays") + " as a power of x"};
        }
    }
}
