package zipfscale.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * High-precision tanh-sinh (double-exponential) quadrature on a finite interval (Takahasi and Mori
 * 1974; Bailey, Jeyabalan and Li 2005): {@code x = tanh((pi/2) sinh t)} on [-1, 1], step halved level by
 * level until two successive levels agree to the tolerance. For an integrand analytic near the interval
 * the number of correct digits doubles with each level (Bailey, Jeyabalan and Li 2005, section 3), so
 * the error of a level is about {@code diff^2/|I|}, diff the change from the previous level; ten times
 * that is reported, and a level is accepted only once diff is below 1e-6 relative (so that the
 * quadratic regime has been reached). Nodes and weights on [-1, 1] are cached per working precision.
 */
final class TanhSinh {
    static final int MAX_LEVEL = 9;
    private static final Map<Long, List<List<Apfloat[]>>> CACHE = new ConcurrentHashMap<>();

    private TanhSinh() {
    }

    /** {value, error} of {@code int_a^b f}. */
    static Apfloat[] integrate(Function<Apfloat, Apfloat> f, Apfloat a, Apfloat b, Apfloat tol, long prec) {
        List<List<Apfloat[]>> levels = nodes(prec);
        Apfloat half = new Apfloat(1, prec).divide(new Apfloat(2, prec));
        Apfloat c = a.add(b).multiply(half);
        Apfloat h = b.subtract(a).multiply(half);
        Apfloat sum = new Apfloat(0, prec);
        Apfloat prev = null;
        Apfloat step = new Apfloat(1, prec);
        for (int level = 0; level <= MAX_LEVEL; level++) {
            for (Apfloat[] node : levels.get(level)) {
                Apfloat y = node[0];
                Apfloat w = node[1];
                // the node is where it is: restore full precision lost to cancellation near an end
                Apfloat term = f.apply(c.add(h.multiply(y)).precision(prec));
                if (y.signum() != 0) {
                    term = term.add(f.apply(c.subtract(h.multiply(y)).precision(prec)));
                }
                sum = sum.add(w.multiply(term));
            }
            Apfloat estimate = sum.multiply(step).multiply(h);
            if (prev != null && level >= 2) {
                Apfloat absEst = ApfloatMath.abs(estimate);
                Apfloat diff = ApfloatMath.abs(estimate.subtract(prev));
                // quadratic convergence: the error of this level is about diff^2/|I|; x10 for safety
                Apfloat err = diff.multiply(diff).multiply(new Apfloat(10, prec))
                        .divide(absEst.add(tol)).add(absEst.multiply(tol).divide(new Apfloat(1000, prec)));
                if (diff.compareTo(absEst.multiply(new Apfloat("1e-6", prec)).add(tol)) <= 0
                        && err.compareTo(tol.multiply(absEst).add(tol.multiply(tol))) <= 0) {
                    return new Apfloat[] {estimate, err};
                }
            }
            prev = estimate;
            step = step.multiply(half);
        }
        throw new ArithmeticException("tanh-sinh quadrature did not converge on [" + a + ", " + b + "]");
    }

    /** Level 0: t = 0, +-1, +-2, ...; level k adds the odd multiples of 2^-k. Each node {y, w}, y >= 0. */
    private static List<List<Apfloat[]>> nodes(long prec) {
        return CACHE.computeIfAbsent(prec, p -> {
            Apfloat one = new Apfloat(1, p);
            Apfloat two = new Apfloat(2, p);
            Apfloat halfPi = ApfloatMath.pi(p).divide(two);
            Apfloat tiny = ExactApfloat.tenToThe(-(p + 5), p);
            List<List<Apfloat[]>> all = new ArrayList<>();
            for (int level = 0; level <= MAX_LEVEL; level++) {
                List<Apfloat[]> list = new ArrayList<>();
                double h = Math.pow(2, -level);
                int start = level == 0 ? 0 : 1;
                int inc = level == 0 ? 1 : 2;
                for (int k = start; ; k += inc) {
                    Apfloat t = PreciseDigits.exact(k * h, p);
                    Apfloat et = Elementary.exp(t);
                    Apfloat sinh = et.subtract(one.divide(et)).divide(two);
                    Apfloat cosh = et.add(one.divide(et)).divide(two);
                    Apfloat e = Elementary.exp(halfPi.multiply(sinh));
                    Apfloat ei = one.divide(e);
                    Apfloat ch = e.add(ei).divide(two);
                    Apfloat y = e.subtract(ei).divide(e.add(ei));
                    Apfloat w = halfPi.multiply(cosh).divide(ch.multiply(ch));
                    if (w.compareTo(tiny) < 0) {
                        break;
                    }
                    list.add(new Apfloat[] {y, w});
                }
                all.add(list);
            }
            return all;
        });
    }
}
