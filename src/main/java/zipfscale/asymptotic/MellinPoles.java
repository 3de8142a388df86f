package zipfscale.asymptotic;

import java.util.List;
import java.util.Objects;
import zipfscale.expr.Expr;

/**
 * What the Mellin method needs of a kernel beyond its transform (Flajolet-Gourdon-Dumas 1995, "Mellin
 * transforms and asymptotics: harmonic sums", Theorems 2 and 4): the fundamental strip
 * {@code lower < Re s < upper} (null for an infinite end), the first poles of the continued transform on
 * each side of the strip, each with its residue, listed in order going away from the strip with none
 * skipped, and whether a side's list holds every pole there; and why the transform decays fast enough on
 * vertical lines (faster than {@code |s|^-r}, r > 1, uniformly in vertical strips) for the poles to give the
 * asymptotic expansion: null when it does not (the step kernel's 1/s), and then the method is not used.
 *
 * @param lower left end of the strip (null: -inf)
 * @param upper right end of the strip (null: +inf)
 * @param left poles left of the strip, nearest first (they give the expansion as the argument tends to 0)
 * @param leftComplete whether {@code left} holds every pole left of the strip
 * @param right poles right of the strip, nearest first (they give the expansion as the argument grows)
 * @param rightComplete whether {@code right} holds every pole right of the strip
 * @param decay why the transform decays on vertical lines, with its source; null when it decays too slowly
 * @param zeroFree why the continued transform has no zeros (so that a term's coefficient g*(s0) is nonzero
 *     wherever s0 is not a pole), with its source; null when the closed form needs the sign oracle
 */
public record MellinPoles(Expr lower, Expr upper, List<Pole> left, boolean leftComplete, List<Pole> right,
        boolean rightComplete, String decay, String zeroFree) {

    /** A simple pole at {@code at} with its residue. */
    public record Pole(Expr at, Expr residue) {
        public Pole {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(residue, "residue");
        }
    }

    /** Exponential decay of Gamma on vertical lines. */
    static final String GAMMA_DECAY = "|Gamma(sigma + i tau)| is sqrt(2 pi) |tau| to the power sigma - 1/2 times exp(-pi |tau|/2), (1 + o(1)),"
            + " uniformly in vertical strips (DLMF 5.11.9): exponential decay";
    /** Exponential decay of pi/sin(pi s) on vertical lines. */
    static final String SINE_DECAY = "|Pi/Sin(Pi (sigma + i tau))| <= 2 pi exp(-pi |tau|)/(1 - exp(-2 pi |tau|)) (DLMF 4.28.1,"
            + " |Sin(x + i y)| >= Sinh(|y|)): exponential decay";

    /** Gamma has no zeros. */
    static final String GAMMA_ZERO_FREE = "Gamma has no zeros (DLMF 5.2.1: 1/Gamma is entire, with zeros only at its poles)";

    public MellinPoles {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** The first {@code count} poles {@code at(j)} with residues {@code residue(j)}, j = 0, 1, ... */
    static List<Pole> series(int count, java.util.function.IntFunction<Expr> at,
            java.util.function.IntFunction<Expr> residue) {
        List<Pole> out = new java.util.ArrayList<>();
        for (int j = 0; j < count; j++) {
            out.add(new Pole(at.apply(j), residue.apply(j)));
        }
        return out;
    }

    /** {@code (-1)^j / j!} as a rational. */
    static Expr alternatingInverseFactorial(int j) {
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int i = 2; i <= j; i++) {
            f = f.multiply(java.math.BigInteger.valueOf(i));
        }
        return zipfscale.expr.Rational.of(java.math.BigInteger.valueOf(j % 2 == 0 ? 1 : -1), f);
    }
}
