package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * High-precision (incomplete) Mellin integrals {@code int_0^U u^(s-1) g(u) du} by {@link TanhSinh} on
 * panels of {@code t = log u} (breakpoints 0, +-3, +-8, +-32, 128, ...), with the ends beyond
 * {@code u0 = 10^-(digits+8)} (and, for U infinite, beyond the point where the integrand has fallen
 * below {@code 10^-(digits+8)} of its peak) added from the local power law, as in
 * {@link MellinQuadrature}; half of such an end is added to the error bound as a safety margin.
 */
final class PreciseMellinQuadrature {
    private static final double[] BREAKS = {-32, -8, -3, 0, 3, 8, 32, 128, 512, 2048, 8192};

    private PreciseMellinQuadrature() {
    }

    /** {@code upper == null} means infinity. */
    static PreciseEstimate integrate(Kernel g, Apfloat s, Apfloat upper, int digits) {
        long prec = PreciseDigits.working(digits);
        Apfloat sp = s.precision(prec);
        double ln10 = Math.log(10);
        double cut = (digits + 8) * ln10;
        Function<Apfloat, Apfloat> h = t -> integrand(g, sp, t, prec);
        double tHi;
        Apfloat tail = new Apfloat(0, prec);
        Apfloat tailErr = new Apfloat(0, prec);
        if (upper == null) {
            double peak = 0;
            for (double t = -4; t <= 4; t += 0.5) {
                peak = Math.max(peak, Math.abs(h.apply(PreciseDigits.exact(t, prec)).doubleValue()));
            }
            tHi = 1;
            while (Math.abs(h.apply(PreciseDigits.exact(tHi, prec)).doubleValue()) > peak * Math.exp(-cut) && tHi < 1e5) {
                tHi *= 2;
            }
            Apfloat[] end = powerEnd(g, sp, PreciseDigits.exact(tHi, prec), false, prec);
            tail = end[0];
            tailErr = end[1];
        } else {
            tHi = Elementary.log(upper.precision(prec)).doubleValue();
        }
        double tLo = Math.min(-cut, tHi - cut);
        List<Apfloat> pts = new ArrayList<>();
        pts.add(PreciseDigits.exact(tLo, prec));
        for (double b : BREAKS) {
            if (b > tLo && b < tHi) {
                pts.add(PreciseDigits.exact(b, prec));
            }
        }
        pts.sort(Apfloat::compareTo);
        pts.add(upper == null ? PreciseDigits.exact(tHi, prec) : Elementary.log(upper.precision(prec)));
        Apfloat tol = ExactApfloat.tenToThe(-(digits + 6L), prec);
        Apfloat sum = new Apfloat(0, prec);
        Apfloat err = new Apfloat(0, prec);
        for (int i = 0; i + 1 < pts.size(); i++) {
            Apfloat[] r = TanhSinh.integrate(h, pts.get(i), pts.get(i + 1), tol, prec);
            sum = sum.add(r[0]);
            err = err.add(r[1]);
        }
        Apfloat[] left = powerEnd(g, sp, pts.get(0), true, prec);
        Apfloat value = sum.add(left[0]).add(tail);
        err = err.add(left[1]).add(tailErr).add(ApfloatMath.abs(value).multiply(tol));
        return new PreciseEstimate(value, err, digits, "tanh-sinh in log u, " + (pts.size() - 1) + " panels");
    }

    static Apfloat integrand(Kernel g, Apfloat s, Apfloat t, long prec) {
        Apfloat u = Elementary.exp(t);
        Apfloat v = g.value(u, prec);
        if (v.signum() == 0) {
            return v;
        }
        return Elementary.exp(s.multiply(t)).multiply(v);
    }

    private static Apfloat[] powerEnd(Kernel g, Apfloat s, Apfloat t, boolean left, long prec) {
        Apfloat u = Elementary.exp(t);
        ApJet j = g.value(ApJet.variable(u, 1, prec));
        if (j.value().signum() == 0) {
            return new Apfloat[] {new Apfloat(0, prec), new Apfloat(0, prec)};
        }
        Apfloat a = u.multiply(j.coefficient(1)).divide(j.value());
        Apfloat sa = s.add(a);
        if (left ? sa.signum() <= 0 : sa.signum() >= 0) {
            throw new ArithmeticException("Mellin integrand does not decay at the " + (left ? "0" : "inf") + " end");
        }
        Apfloat piece = integrand(g, s, t, prec).divide(ApfloatMath.abs(sa));
        Apfloat rel = left ? u.multiply(new Apfloat(100, prec)) : new Apfloat("0.5", prec);
        return new Apfloat[] {piece, ApfloatMath.abs(piece).multiply(rel)};
    }
}
