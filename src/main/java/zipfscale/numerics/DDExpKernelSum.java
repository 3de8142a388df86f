package zipfscale.numerics;

/**
 * {@code S = sum_{k>=1} p_k exp(-A p_k^beta)}, {@code p_k = k^-alpha / Z}, Z = zeta(alpha) (expsum: beta = 1,
 * A = D; dynsum: A = c tau) in {@link DDBall} arithmetic, with the scheme of {@link PreciseEulerMaclaurin}:
 * head {@code k < N}, {@code int_N^inf f = Z^(-1/alpha) A^(-s) gamma(s, u_N)/(alpha beta)}
 * ({@code s = (alpha-1)/(alpha beta)}, {@code u_N = A p_N^beta}, {@link DDIncompleteGamma}), {@code f(N)/2}
 * and the Bernoulli corrections {@code - sum_{j<=M} B_2j/(2j) f^(2j-1)(N)/(2j-1)!}, M = 30, from the
 * Taylor jet of {@code f(N(1+t)) = f(N) (1+t)^-alpha exp(-u_N ((1+t)^(-alpha beta) - 1))} (binomial series
 * and the exp recurrence, all balls). N runs 32, 128, 512, ... until the rigorous remainder bound of
 * {@link #remainder} is below {@code 2^-112} of the sum.
 */
final class DDExpKernelSum {
    private static final int M = 30;
    private static final int ORDER = 2 * M + 1;
    private static final long MAX_N = 1 << 14;

    private DDExpKernelSum() {
    }

    static DDBall sum(DDBall alpha, DDBall beta, DDBall amp, long minimumCutoff) {
        DDBall z = DDHurwitzZeta.value(alpha, DDBall.ONE);
        DDBall ab = alpha.mul(beta);
        DDBall c = amp.mul(DDElementary.pow(z, beta.negate()));
        DDBall minusAlpha = alpha.negate();
        DDBall minusAb = ab.negate();
        DDBall invZ = DDBall.ONE.div(z);
        double ad = alpha.hi();
        double abd = ab.hi() * (1 + 1e-15);
        double rho = Math.min(0.5, 0.99 * Math.sin(Math.PI / (2 * abd)));
        DDBall head = DDBall.ZERO;
        long done = 1;
        for (long n = Math.max(32, minimumCutoff); ; n *= 4) {
            for (long k = n - 1; k >= done; k--) {
                head = head.add(term(k, minusAlpha, minusAb, c, invZ));
            }
            done = n;
            DDBall un = c.mul(DDElementary.pow(DDBall.exact(n), minusAb));
            DDBall integral = integral(alpha, beta, ab, z, amp, un);
            boolean negligible = cauchyExponent(un, abd, rho) > 700 && rho * n >= 16;
            // without jets (negligible corrections) any M up to 60 may serve in the remainder bound
            double remainder = Double.POSITIVE_INFINITY;
            for (int m = negligible ? 10 : M; m <= (negligible ? 60 : M); m++) {
                remainder = Math.min(remainder, remainder(n, m, ad * (1 - 1e-15), rho, z.magDown()));
            }
            if (remainder > 0x1p-112 * Math.abs(head.hi() + integral.hi()) && n < MAX_N) {
                continue;
            }
            DDBall corr = negligible ? DDBall.of(DoubleDouble.ZERO, 1e-290)
                    : corrections(n, un, invZ, minusAlpha, minusAb);
            return head.add(integral).add(corr).widen(remainder);
        }
    }

    /**
     * Rigorous Euler-Maclaurin remainder after M corrections (DLMF 2.10.1):
     * {@code |R| <= 2 |B_2M|/(2M)! int_N^inf |f^(2M)| <= 4.04/(2 pi)^(2M) int_N^inf |f^(2M)|}, and by Cauchy's
     * estimate on the disk {@code |z - x| <= rho x} (where {@code |arg z| <= asin(rho) <= pi/(2 alpha beta)},
     * so {@code |exp(-c z^(-alpha beta))| <= 1} and {@code |z^-alpha| <= ((1-rho) x)^-alpha}):
     * {@code |f^(2M)(x)| <= (2M)! Z^-1 ((1-rho) x)^-alpha (rho x)^-2M}, whose integral from N is
     * {@code (2M)! Z^-1 (1-rho)^-alpha rho^-2M N^(1-alpha-2M)/(alpha+2M-1)}. In logs, 2% upward margin.
     */
    static double remainder(long n, int m, double alpha, double rho, double zLow) {
        double logFact = 0;
        for (int i = 2; i <= 2 * m; i++) {
            logFact += Math.log(i);
        }
        double log = Math.log(4.04) + logFact - 2 * m * Math.log(2 * Math.PI * rho) - Math.log(zLow)
                - alpha * Math.log(1 - rho) + (1 - alpha - 2 * m) * Math.log(n) - Math.log(alpha + 2 * m - 1);
        return Math.exp(log) * 1.02;
    }

    /**
     * {@code f(N)/2 - sum_j B_2j/(2j) f^(2j-1)(N)/(2j-1)!}. When {@code G = u_N (1+rho)^(-alpha beta)
     * cos(alpha beta asin rho) > 700} and {@code rho N >= 16}, Cauchy's estimate on the disk of radius rho N bounds every term by
     * {@code 4 (2j-1)!/(2 pi)^2j (rho N)^-(2j-1) Z^-1 ((1-rho) N)^-alpha e^-G < e^-690}, and the at most 61 of
     * them by 1e-290 (the jet would overflow); the remainder may then use any M up to 60.
     */
    /** {@code G = u_N (1+rho)^(-alpha beta) cos(alpha beta asin rho)}, see {@link #corrections}. */
    private static double cauchyExponent(DDBall un, double abd, double rho) {
        return un.hi() * (1 - 1e-12) * Math.pow(1 + rho, -abd) * Math.cos(abd * Math.asin(rho));
    }

    private static DDBall corrections(long n, DDBall un, DDBall invZ, DDBall minusAlpha, DDBall minusAb) {
        DDBall fn = invZ.mul(DDElementary.pow(DDBall.exact(n), minusAlpha)).mul(DDElementary.exp(un.negate()));
        DDBall[] a = jet(fn, minusAlpha, minusAb, un);
        DDBall corr = fn.mul(0.5);
        DDBall invN = DDBall.ONE.div(DDBall.exact(n));
        DDBall pw = invN;
        for (int j = 1; j <= M; j++) {
            corr = corr.subtract(DDHurwitzZeta.BERNOULLI_OVER_2J[j].mul(a[2 * j - 1]).mul(pw));
            pw = pw.mul(invN).mul(invN);
        }
        return corr;
    }

    private static DDBall term(long k, DDBall minusAlpha, DDBall minusAb, DDBall c, DDBall invZ) {
        DDBall kb = DDBall.exact(k);
        DDBall u = c.mul(DDElementary.pow(kb, minusAb));
        if (u.hi() > 800) {
            // exp(-u) < 2^-1150: the term is below TINY
            return DDBall.of(DoubleDouble.ZERO, DDBall.TINY);
        }
        return invZ.mul(DDElementary.pow(kb, minusAlpha)).mul(DDElementary.exp(u.negate()));
    }

    /** Taylor coefficients in t of {@code f(N(1+t))}, orders 0..ORDER. */
    private static DDBall[] jet(DDBall fn, DDBall minusAlpha, DDBall minusAb, DDBall un) {
        DDBall[] p = binomial(minusAlpha);
        DDBall[] q = binomial(minusAb);
        DDBall[] w = new DDBall[ORDER + 1];
        w[0] = DDBall.ZERO;
        DDBall minusU = un.negate();
        for (int k = 1; k <= ORDER; k++) {
            w[k] = minusU.mul(q[k]);
        }
        DDBall[] e = new DDBall[ORDER + 1];
        e[0] = DDBall.ONE;
        for (int k = 1; k <= ORDER; k++) {
            DDBall s = DDBall.ZERO;
            for (int j = 1; j <= k; j++) {
                s = s.add(w[j].mul(e[k - j]).mul(j));
            }
            e[k] = s.div(k);
        }
        DDBall[] a = new DDBall[ORDER + 1];
        for (int k = 0; k <= ORDER; k++) {
            DDBall s = DDBall.ZERO;
            for (int i = 0; i <= k; i++) {
                s = s.add(p[i].mul(e[k - i]));
            }
            a[k] = fn.mul(s);
        }
        return a;
    }

    /** Coefficients of {@code (1+t)^g}: {@code b_k = b_(k-1) (g - k + 1)/k}. */
    private static DDBall[] binomial(DDBall g) {
        DDBall[] b = new DDBall[ORDER + 1];
        b[0] = DDBall.ONE;
        for (int k = 1; k <= ORDER; k++) {
            b[k] = b[k - 1].mul(g.add(1.0 - k)).div(k);
        }
        return b;
    }

    /** {@code int_N^inf f = Z^(-1/alpha) A^(-s) gamma(s, u_N)/(alpha beta)}, s = (alpha-1)/(alpha beta). */
    private static DDBall integral(DDBall alpha, DDBall beta, DDBall ab, DDBall z, DDBall amp, DDBall un) {
        DDBall s = alpha.add(-1.0).div(ab);
        DDBall g = DDIncompleteGamma.lower(s, un);
        DDBall pref = DDElementary.pow(z, DDBall.ONE.div(alpha).negate()).mul(DDElementary.pow(amp, s.negate())).div(ab);
        return pref.mul(g);
    }
}
