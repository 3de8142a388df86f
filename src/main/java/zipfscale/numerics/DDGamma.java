package zipfscale.numerics;

import org.apfloat.ApfloatMath;

/**
 * Gamma and sine on {@link DDBall}s for the closed-form Mellin transforms and the incomplete gamma
 * function of the fast path.
 * <ul>
 * <li>{@code Gamma(x)}, {@code 0 < x <= 60}: shifted to {@code Gamma(1+t)}, {@code |t| <= 1/2}, by the
 * recurrence; {@code log Gamma(1+t) = -gamma t + sum_{k>=2} (-1)^k zeta(k) t^k/k} (DLMF 5.7.3) summed to
 * k = 110 with the remainder {@code zeta(111) |t|^111/(111 (1-|t|))}; zeta(k) from {@link DDHurwitzZeta}
 * (k <= 40) or the direct sum of 8 terms plus its integral tail (k > 40), all balls.</li>
 * <li>{@code sin(pi s)}: reduced to {@code z = pi y}, {@code y = min(s, 1 - s)} for s in (0, 1), Taylor to
 * degree 41 with the next term as remainder.</li>
 * </ul>
 */
final class DDGamma {
    private static final int TERMS = 110;
    static final DDBall PI = DDElementary.fromApfloat(ApfloatMath.pi(70));
    private static final DDBall EULER = DDElementary.fromApfloat(ApfloatMath.euler(70));

    private DDGamma() {
    }

    /** Series coefficients {@code (-1)^k zeta(k)/k}, computed once on first use. */
    private static final class Coefficients {
        static final DDBall[] C = new DDBall[TERMS + 1];

        static {
            C[1] = EULER.negate();
            for (int k = 2; k <= TERMS; k++) {
                DDBall z = k <= 40 ? DDHurwitzZeta.value(DDBall.exact(k), DDBall.ONE) : zetaDirect(k);
                DDBall c = z.div(k);
                C[k] = k % 2 == 0 ? c : c.negate();
            }
        }

        /** {@code sum_{n<=8} n^-k} plus {@code int_8^inf x^-k dx = 8^(1-k)/(k-1)} as the radius. */
        private static DDBall zetaDirect(int k) {
            DDBall s = DDBall.ONE;
            for (int n = 8; n >= 2; n--) {
                s = s.add(DDElementary.pow(DDBall.exact(n), DDBall.exact(-k)));
            }
            return s.widen(Math.pow(8, 1 - k) / (k - 1) * 1.01);
        }
    }

    static DDBall gamma(DDBall x) {
        double xd = x.hi();
        if (!(xd > 0) || xd > 60 || !x.isPositive()) {
            throw new ArithmeticException("Gamma outside (0, 60]");
        }
        int shift = (int) Math.rint(xd - 1);
        DDBall t = x.add(-1.0 - shift);
        if (t.magUp() > 0.5 + 1e-9) {
            throw new ArithmeticException("Gamma reduction failed");
        }
        DDBall g = gammaNearOne(t);
        if (shift > 0) {
            DDBall p = x.add(-1.0);
            DDBall prod = p;
            for (int i = 2; i <= shift; i++) {
                prod = prod.mul(x.add(-(double) i));
            }
            return g.mul(prod);
        }
        DDBall prod = DDBall.ONE;
        for (int i = 0; i < -shift; i++) {
            prod = prod.mul(x.add(i));
        }
        return g.div(prod);
    }

    /** {@code Gamma(1+t)} for |t| <= 1/2. */
    private static DDBall gammaNearOne(DDBall t) {
        DDBall[] c = Coefficients.C;
        DDBall s = c[TERMS];
        for (int k = TERMS - 1; k >= 1; k--) {
            s = s.mul(t).add(c[k]);
        }
        s = s.mul(t);
        double a = t.magUp();
        double rest = 1.01 * Math.pow(a, TERMS + 1) / ((TERMS + 1) * (1 - a));
        return DDElementary.exp(s.widen(rest));
    }

    /** {@code sin(pi s)} for 0 < s < 1. */
    static DDBall sinPi(DDBall s) {
        if (!(s.hi() > 0 && s.hi() < 1)) {
            throw new ArithmeticException("sin(pi s) needs 0 < s < 1");
        }
        DDBall y = s.hi() <= 0.5 ? s : DDBall.ONE.subtract(s);
        DDBall z = PI.mul(y);
        DDBall z2 = z.mul(z);
        int deg = 41;
        DDBall p = DDBall.ONE;
        for (int n = deg; n >= 3; n -= 2) {
            p = DDBall.ONE.subtract(p.mul(z2).div((double) n * (n - 1)));
        }
        double a = z.magUp();
        double next = Math.pow(a, deg + 2) / factorial(deg + 2);
        return p.mul(z).widen(next);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
