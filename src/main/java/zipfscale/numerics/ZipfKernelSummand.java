package zipfscale.numerics;

/**
 * The summand {@code f(k) = p_k g(A p_k^beta)}, {@code p_k = k^-alpha / Z}, of the kernel sums (paper
 * eq. (26); eq. (18) for g = exp(-u), eq. (14) for beta = 1), with {@code A = a tau}.
 *
 * <p>Its integral from N is, substituting {@code u = A p(x)^beta},
 * {@code int_N^inf f = (1/(alpha beta)) Z^(-1/alpha) A^(-s) int_0^{u_N} u^(s-1) g(u) du},
 * {@code s = (alpha-1)/(alpha beta)}, {@code u_N = A p_N^beta}: the incomplete Mellin transform of g, in
 * closed form for g = exp(-u) (incomplete gamma) and by quadrature otherwise. This is the finite-D
 * version of eq. (27)-(29).
 */
final class ZipfKernelSummand implements Summand {
    private final double alpha;
    private final double beta;
    private final double amp;
    private final double z;
    private final Kernel g;

    ZipfKernelSummand(double alpha, double beta, double amp, double z, Kernel g) {
        this.alpha = alpha;
        this.beta = beta;
        this.amp = amp;
        this.z = z;
        this.g = g;
    }

    @Override
    public double at(double k) {
        double p = Math.pow(k, -alpha) / z;
        return p * g.value(amp * Math.pow(p, beta));
    }

    @Override
    public Jet at(Jet x) {
        Jet p = x.pow(-alpha).times(1 / z);
        return g.value(p.pow(beta).times(amp)).times(p);
    }

    @Override
    public double minimumCutoff() {
        return Math.ceil(4.6 * g.growthOrder() * alpha * beta);
    }

    @Override
    public Estimate integralFrom(double n) {
        double s = (alpha - 1) / (alpha * beta);
        double pn = Math.pow(n, -alpha) / z;
        double un = amp * Math.pow(pn, beta);
        Estimate m = g == NamedKernel.EXP ? IncompleteGamma.lower(s, un) : MellinQuadrature.integrate(g, s, un);
        // the prefactor A^-s overflows for a small amplitude A while the incomplete Mellin integral
        // underflows: the product is formed in log space
        double logPref = -Math.log(z) / alpha - Math.log(alpha * beta) - s * Math.log(amp);
        double v = Math.signum(m.value()) * Math.exp(logPref + Math.log(Math.abs(m.value())));
        double e = Math.exp(logPref + Math.log(m.error()));
        return new Estimate(v, e + 8 * Math.ulp(1.0) * Math.abs(v) * (1 + Math.abs(s * Math.log(amp)))
                + Double.MIN_NORMAL, m.method());
    }
}
