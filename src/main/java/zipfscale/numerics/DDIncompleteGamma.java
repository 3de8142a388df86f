package zipfscale.numerics;

/**
 * The lower incomplete gamma function {@code gamma(s, u) = int_0^u t^(s-1) e^-t dt}, s > 0, u >= 0, in
 * {@link DDBall} arithmetic. It is evaluated at the midpoints of s and u, then widened by the radii times
 * bounds of the partial derivatives (so that the cancelling dependence of {@code u^s e^-u} and the series
 * on u is not counted twice): {@code |d gamma/d u| = u^(s-1) e^-u} at the lower end of the u ball (times
 * {@code (u_hi/u_lo)^max(0, s-1)}), {@code |d gamma/d s| <= int_0^u t^(s-1) |log t| e^-t dt}, at most
 * {@code u^s (-log(u)/s + 1/s^2)} for u <= 1 and {@code 1/s^2 + Gamma(s+1)} otherwise (log t <= t on [1, inf)).
 * <ul>
 * <li>{@code u <= 100}: {@code u^s e^-u sum_n u^n/(s (s+1) ... (s+n))} (DLMF 8.7.1, positive terms), cut
 * after a term t_n with {@code u/(s+n+1) <= 1/2} and {@code t_n < 2^-115} of the sum; the rest is at most t_n.</li>
 * <li>{@code u > 100}: {@code Gamma(s)} when {@code Gamma(s, u) <= u^(s-1) e^-u / (1 - max(0, s-1)/u)} is below
 * {@code 2^-120 Gamma(s)}; that bound joins the radius. Otherwise the function refuses (ArithmeticException).</li>
 * </ul>
 */
final class DDIncompleteGamma {
    private DDIncompleteGamma() {
    }

    static DDBall lower(DDBall s, DDBall u) {
        if (!s.isPositive() || u.hi() < 0) {
            throw new ArithmeticException("incomplete gamma needs s > 0, u >= 0");
        }
        DDBall core = lowerAt(DDBall.of(s.mid, 0), DDBall.of(u.mid, 0));
        double extra = 0;
        if (u.rad > 0) {
            double lo = Math.max(u.hi() - u.rad, 0) * (1 - 1e-15);
            double hi = (u.hi() + u.rad) * (1 + 1e-15);
            double sm1 = s.hi() - 1;
            if (lo <= 0) {
                throw new ArithmeticException("incomplete gamma: u ball reaches 0");
            }
            double slope = Math.exp(sm1 * Math.log(lo) - lo) * (sm1 > 0 ? Math.pow(hi / lo, sm1) : 1);
            extra += slope * u.rad * 1.01;
        }
        if (s.rad > 0) {
            double sl = s.magDown();
            double sh = s.magUp();
            double ud = (u.hi() + u.rad) * (1 + 1e-15);
            double ul = (u.hi() - u.rad) * (1 - 1e-15);
            double slope = ud <= 1 && ul > 0
                    ? Math.pow(ud, sl) * (-Math.log(ul) / sl + 1 / (sl * sl))
                    : 1 / (sl * sl) + gammaOnePlusUpper(sh);
            extra += slope * s.rad * 1.01;
        }
        return core.widen(DDBall.up(extra));
    }

    /** {@code Gamma(1+x) <= sqrt(2 pi x) (x/e)^x e^(1/(12x))} (Robbins) for x >= 1, and {@code <= 1} on [0, 1]; 1% margin. */
    static double gammaOnePlusUpper(double x) {
        if (x <= 1) {
            return 1;
        }
        return Math.sqrt(2 * Math.PI * x) * Math.exp(x * Math.log(x / Math.E) + 1 / (12 * x)) * 1.01;
    }

    private static DDBall lowerAt(DDBall s, DDBall u) {
        double ud = u.hi();
        if (ud == 0) {
            return DDBall.ZERO;
        }
        if (ud <= 100) {
            DDBall term = DDBall.ONE.div(s);
            DDBall sum = term;
            for (int n = 1; n < 10_000; n++) {
                term = term.mul(u).div(s.add(n));
                sum = sum.add(term);
                if (ud / (s.hi() + n + 1) <= 0.5 && Math.abs(term.hi()) < 0x1p-115 * Math.abs(sum.hi())) {
                    DDBall pre = DDElementary.pow(u, s).mul(DDElementary.exp(u.negate()));
                    return pre.mul(sum.widen(term.magUp()));
                }
            }
            throw new ArithmeticException("incomplete gamma series did not converge");
        }
        double sd = s.hi();
        DDBall g = DDGamma.gamma(s);
        double upper = Math.exp((sd - 1) * Math.log(ud) - ud) / (1 - Math.max(0, sd - 1) / ud) * 1.01;
        if (!(upper < 0x1p-120 * g.magDown())) {
            throw new ArithmeticException("incomplete gamma: upper part not negligible");
        }
        return g.widen(upper);
    }
}
