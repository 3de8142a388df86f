package zipfscale.numerics;

/**
 * The missing mass {@code sum_k p_k (1 - p_k)^D}, {@code p_k = k^-alpha/Z}, in {@link DDBall} arithmetic:
 * head {@code k < N}, the integral from N as the incomplete Beta series of {@link PreciseMissingMassSummand}
 * ({@code (1/alpha) Z^(-1/alpha) D^(1/alpha-1) sum_j phi_j D^-j gamma(1-1/alpha+j, V)},
 * {@code V = -D log(1 - p_N)}, {@code phi(w) = ((1-e^-w)/w)^(-1/alpha) e^-w}), and no Bernoulli corrections:
 * N is taken where they are negligible and bounded, with the Euler-Maclaurin remainder, by Cauchy's
 * estimate on the disks {@code |z - x| <= rho x}, {@code rho = min(1/2, 0.99 sin(pi/(3 alpha)))}: there
 * {@code |arg p(z)| <= pi/3}, so {@code Re p >= |p|/2}, {@code |1 - p| <= 1} and
 * {@code log|1 - p| <= -|p| (1 - |p|)/2}. Otherwise the path refuses (ArithmeticException).
 * <p>Truncation of the phi series: {@code |phi_j| <= Phi pi^-j} with {@code Phi = 82 >= max_{|w|=pi} |phi|}
 * ({@code |1 - e^-w| >= 0.9} on that circle, so {@code |h|^(-1/alpha) <= (pi/0.9)^(1/alpha) <= 3.5},
 * {@code |e^-w| <= e^pi}), hence the rest after J is at most {@code 2 Phi (pi D)^-(J+1) Gamma(a+J+1)} when
 * {@code V/(pi D) <= 1/2}.
 */
final class DDMissingMass {
    private static final double PHI = 82;
    private static final int MAX_J = 60;

    private DDMissingMass() {
    }

    static DDBall sum(DDBall alpha, DDBall d) {
        DDBall z = DDHurwitzZeta.value(alpha, DDBall.ONE);
        DDBall invZ = DDBall.ONE.div(z);
        DDBall minusAlpha = alpha.negate();
        double ad = alpha.hi();
        double dd = d.hi();
        double rho = Math.min(0.5, 0.99 * Math.sin(Math.PI / (3 * ad * (1 + 1e-15))));
        double zLow = z.magDown();
        double zHigh = z.magUp();
        DDBall head = DDBall.ZERO;
        long done = 1;
        for (long n = 32; n <= 2048; n *= 4) {
            for (long k = n - 1; k >= done; k--) {
                head = head.add(term(k, minusAlpha, invZ, d));
            }
            done = n;
            DDBall pn = DDElementary.pow(DDBall.exact(n), minusAlpha).mul(invZ);
            DDBall integral = integral(alpha, z, d, pn);
            double size = Math.abs(head.hi() + integral.hi());
            double remainder = Double.POSITIVE_INFINITY;
            for (int m = 10; m <= 60; m++) {
                remainder = Math.min(remainder, DDExpKernelSum.remainder(n, m, ad * (1 - 1e-15), rho, zLow));
            }
            double pMin = Math.pow((1 + rho) * n, -ad * (1 + 1e-15)) / zHigh;
            double pMax = Math.pow((1 - rho) * n, -ad * (1 - 1e-15)) / zLow;
            double f = pMax * Math.exp(-dd * pMin * (1 - pMax) / 2);
            double corrections = f * correctionFactor(rho * n) * 1.02;
            if (remainder <= 0x1p-112 * size && corrections <= 0x1p-112 * size) {
                return head.add(integral).widen(DDBall.up(remainder + corrections));
            }
        }
        throw new ArithmeticException("missing mass: no cut-off with negligible corrections");
    }

    /** {@code 1/2 + sum_{j<=60} |B_2j/(2j)| r^-(2j-1)}: the Bernoulli corrections per unit of the Cauchy bound. */
    private static double correctionFactor(double r) {
        double s = 0.5;
        for (int j = 1; j <= 40; j++) {
            s += Math.abs(DDHurwitzZeta.BERNOULLI_OVER_2J[j].hi()) * 1.001 * Math.pow(r, -(2 * j - 1));
        }
        return s;
    }

    private static DDBall term(long k, DDBall minusAlpha, DDBall invZ, DDBall d) {
        DDBall p = DDElementary.pow(DDBall.exact(k), minusAlpha).mul(invZ);
        if (d.hi() * p.hi() > 800) {
            // (1-p)^D <= e^(-D p) < e^-800: the term is below TINY
            return DDBall.of(DoubleDouble.ZERO, DDBall.TINY);
        }
        return p.mul(DDElementary.exp(d.mul(log1pNeg(p))));
    }

    /** {@code log(1 - p)}, 0 < p < 1: the series {@code -sum p^n/n} for p <= 1/4 (remainder {@code p^(n+1)/((n+1)(1-p))}), else log. */
    static DDBall log1pNeg(DDBall p) {
        double pd = p.magUp();
        if (pd > 0.25) {
            return DDElementary.log(DDBall.ONE.subtract(p));
        }
        DDBall sum = DDBall.ZERO;
        DDBall pw = p;
        for (int n = 1; n < 200; n++) {
            DDBall t = pw.div(n);
            sum = sum.add(t);
            double rest = Math.pow(pd, n + 1) / ((n + 1) * (1 - pd)) * 1.01;
            if (rest < 0x1p-120 * Math.abs(sum.hi())) {
                return sum.widen(rest).negate();
            }
            pw = pw.mul(p);
        }
        throw new ArithmeticException("log1p series did not converge");
    }

    private static DDBall integral(DDBall alpha, DDBall z, DDBall d, DDBall pn) {
        DDBall c = DDBall.ONE.div(alpha).negate();
        DDBall a = DDBall.ONE.add(c);
        DDBall v = d.mul(log1pNeg(pn)).negate();
        double dd = d.hi();
        if (!(v.magUp() / (Math.PI * dd) <= 0.5)) {
            throw new ArithmeticException("missing mass: V/(pi D) > 1/2");
        }
        DDBall[] h = new DDBall[MAX_J + 1];
        DDBall fact = DDBall.ONE;
        for (int k = 0; k <= MAX_J; k++) {
            fact = fact.mul(k + 1.0);
            h[k] = k % 2 == 0 ? DDBall.ONE.div(fact) : DDBall.ONE.div(fact).negate();
        }
        DDBall[] g = new DDBall[MAX_J + 1];
        g[0] = DDBall.ONE;
        DDBall cp1 = c.add(1.0);
        DDBall sum = DDBall.ZERO;
        DDBall invD = DDBall.ONE.div(d);
        DDBall dPow = DDBall.ONE;
        for (int j = 0; j <= MAX_J; j++) {
            if (j > 0) {
                DDBall s = DDBall.ZERO;
                for (int i = 1; i <= j; i++) {
                    s = s.add(cp1.mul(i).add(-(double) j).mul(h[i]).mul(g[j - i]));
                }
                g[j] = s.div(j);
            }
            // phi_j = sum_i g_i (-1)^(j-i)/(j-i)!
            DDBall phi = DDBall.ZERO;
            DDBall inv = DDBall.ONE;
            for (int i = j; i >= 0; i--) {
                int e = j - i;
                if (e > 0) {
                    inv = inv.div(e);
                }
                DDBall t = g[i].mul(inv);
                phi = e % 2 == 0 ? phi.add(t) : phi.subtract(t);
            }
            DDBall aj = a.add(j);
            sum = sum.add(phi.mul(dPow).mul(DDIncompleteGamma.lower(aj, v)));
            double rest = 2 * PHI * Math.pow(Math.PI * dd, -(j + 1)) * DDIncompleteGamma.gammaOnePlusUpper(aj.hi() + 1e-12);
            if (rest < 0x1p-118 * Math.abs(sum.hi())) {
                DDBall pref = DDElementary.pow(z, c).mul(DDElementary.pow(d, c.negate().add(-1.0)))
                        .div(alpha);
                return pref.mul(sum.widen(rest));
            }
            dPow = dPow.mul(invD);
        }
        throw new ArithmeticException("missing mass: phi series did not converge");
    }
}
