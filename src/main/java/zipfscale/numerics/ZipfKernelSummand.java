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
    /** {@code A Z^-beta}: {@code u(x) = A p(x)^beta = ampZ x^(-alpha beta)}, formed once per sum. */
    private final double ampZ;
    /** A kernel argument beyond which {@code exp(-u)} is below e^-800: the term vanishes in double. */
    private static final double VANISHING = 800;

    ZipfKernelSummand(double alpha, double beta, double amp, double z, Kernel g) {
        this.alpha = alpha;
        this.beta = beta;
        this.amp = amp;
        this.z = z;
        this.g = g;
        this.ampZ = amp * Math.pow(z, -beta);
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

    /** The jet from the closed-form jets of {@code x^-alpha} and {@code x^(-alpha beta)} (O(order) each). */
    @Override
    public Jet jetAt(double n, int order) {
        if (g == NamedKernel.EXP && Math.exp(-(Math.pow(n, -alpha * beta) * ampZ)) == 0) {
            // exp(-u(n)) underflows: every coefficient of exp(-u) is exp(-u(n)) times a polynomial in those of
            // u, so the jet below would be all zeros; the same zeros without the two power jets (u(n) is the
            // same product as Jet.power's c[0] times ampZ)
            return Jet.constant(0, order);
        }
        Jet p = Jet.power(n, -alpha, order).times(1 / z);
        Jet u = Jet.power(n, -alpha * beta, order).times(ampZ);
        return g.value(u).times(p);
    }

    /**
     * For g = exp(-u) from the first index 1: {@code k^-alpha} and {@code k^(-alpha beta)} by
     * {@link NegativePowers} (one exp per prime), so each term costs one exp. Rounding per term: p_k is
     * within {@code rP = rel(alpha) + 1.5 ulp} (the quotient by Z; Z's own error is added by the caller),
     * {@code u_k = A Z^-beta k^(-alpha beta)} within {@code rU = rel(alpha beta) + ulp alpha beta log k/2}
     * (the rounded product alpha*beta) {@code + 2.5 ulp} (pow, two products), {@code exp(-u_k)} within
     * {@code u_k rU + 1 ulp}: the term within {@code rP + u_k rU + 2 ulp} relative, added to acc[2].
     */
    @Override
    public void addHead(double first, double end, double[] acc) {
        if (g != NamedKernel.EXP || first != 1 || end - first > 4 * NegativePowers.TABLE) {
            Summand.super.addHead(first, end, acc);
            return;
        }
        int top = (int) end - 1;
        double ab = alpha * beta;
        if (ampZ * Math.pow(top, -ab) > VANISHING) {
            // u_k >= u_top > 800 (within rounding) for every k <= top: each term p_k exp(-u_k) < e^-745, below
            // the smallest double; none is summed (each would be 0 or Double.MIN_VALUE), each is counted as
            // one MIN_VALUE of error
            acc[2] += top * Double.MIN_VALUE;
            return;
        }
        double[] pk = NegativePowers.upTo(alpha, top);
        double[] qk = NegativePowers.upTo(ab, top);
        double invZ = 1 / z;
        double eps = Math.ulp(1.0);
        double rP = NegativePowers.relativeError(alpha, top) + 1.5 * eps;
        double rU = NegativePowers.relativeError(ab, top) + eps * (ab * Math.log(top) / 2 + 2.5);
        double sum = 0;
        double abs = 0;
        double err = 0;
        for (int k = top; k >= 1; k--) {
            double u = ampZ * qk[k];
            double t = pk[k] * invZ * Math.exp(-u);
            sum += t;
            abs += t;
            err += t * (rP + u * rU + 2 * eps);
        }
        acc[0] += sum;
        acc[1] += abs;
        acc[2] += err;
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
        double logAmp = Math.log(amp);
        double logPref = -Math.log(z) / alpha - Math.log(alpha * beta) - s * logAmp;
        double v = Math.signum(m.value()) * Math.exp(logPref + Math.log(Math.abs(m.value())));
        // v is within kappa of prefactor * m (relative): the exponent's roundings, counted below
        double kappa = 8 * Math.ulp(1.0) * (1 + Math.abs(s * logAmp));
        double ratio = m.error() / Math.abs(m.value());
        // the prefactor times m's bound: as |v| times m's relative bound (one exp and one log fewer) where v
        // did not underflow, raised by 2 kappa + 4 ulp so that v's own rounding and the quotient's cannot
        // bring it below prefactor * m.error(); else in log space as v
        double e = v != 0 && Double.isFinite(ratio)
                ? Math.abs(v) * ratio * (1 + 2 * kappa + 4 * Math.ulp(1.0))
                : Math.exp(logPref + Math.log(m.error()));
        return new Estimate(v, e + kappa * Math.abs(v) + Double.MIN_NORMAL, m.method());
    }
}
