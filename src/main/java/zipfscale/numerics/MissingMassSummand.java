package zipfscale.numerics;

/**
 * The summand {@code f(k) = p_k (1 - p_k)^D} of the missing mass (paper eq. (11)).
 *
 * <p>Its integral from N is {@code (1/alpha) Z^(-1/alpha) B(y_N; 1-1/alpha, D+1)}, {@code y_N = p_N}, an
 * incomplete Beta function with a huge second parameter. Substituting {@code v = -D log(1-y)} turns it
 * into a gamma series that is accurate for every D:
 * {@code B(y_N; a, D+1) = D^-a sum_j phi_j D^-j gamma(a+j, V)}, {@code a = 1 - 1/alpha},
 * {@code V = -D log(1-y_N)}, where {@code phi(w) = ((1-e^-w)/w)^(-1/alpha) e^-w = sum_j phi_j w^j}
 * (Taylor coefficients by {@link Jet}). phi is analytic for {@code |w| < 2 pi} and {@code V/D <= 0.07}, so
 * the terms fall by a factor 80 or more each; the series is cut when a term is below 1e-17 of the sum,
 * and twice the last term is added to the error.
 */
final class MissingMassSummand implements Summand {
    private static final int SERIES = 24;
    private final double alpha;
    private final double d;
    private final double z;

    /** {@code log(1 - p_1) = log((Z - 1)/Z)} from {@code Z - 1 = zeta(alpha, 2)}, without cancellation. */
    private final double logOneMinusP1;

    MissingMassSummand(double alpha, double d, double z) {
        this.alpha = alpha;
        this.d = d;
        this.z = z;
        // 1 - p_1 = 1 - 1/Z cancels: for alpha = 50 it is 8.9e-16 and 1 - p_1 in double had no correct digit
        // (fuzz: missing(alpha = 50, D = 1) was 6% off with a bound of 1e-28)
        this.logOneMinusP1 = Math.log(HurwitzZeta.value(alpha, 2).value()) - Math.log(z);
    }

    @Override
    public double at(double k) {
        double p = Math.pow(k, -alpha) / z;
        return p * Math.exp(d * (k == 1 ? logOneMinusP1 : Math.log1p(-p)));
    }

    @Override
    public Jet at(Jet x) {
        Jet p = x.pow(-alpha).times(1 / z);
        return p.times(-1.0).log1p().times(d).exp().times(p);
    }

    @Override
    public double minimumCutoff() {
        return Math.ceil(4.6 * alpha);
    }

    @Override
    public Estimate integralFrom(double n) {
        double a = 1 - 1 / alpha;
        double yn = Math.pow(n, -alpha) / z;
        double w = -Math.log1p(-yn);
        double v = d * w;
        double[] psi = new double[SERIES + 1];
        double fact = 1;
        for (int k = 0; k <= SERIES; k++) {
            fact *= k + 1;
            psi[k] = (k % 2 == 0 ? 1 : -1) / fact;
        }
        Jet phi = Jet.of(psi).pow(-1 / alpha).times(Jet.variable(0, SERIES).times(-1.0).exp());
        double logD = Math.log(d);
        double sum = 0;
        double err = 0;
        double last = 0;
        for (int j = 0; j <= SERIES; j++) {
            Estimate gam = IncompleteGamma.lower(a + j, v);
            // phi_j D^-(a+j) gamma(a+j, V) formed in log space: for small D the power overflows while the
            // gamma function underflows (D = 1e-320 gave inf * 0 = NaN)
            double logScale = Math.log(Math.abs(phi.coefficient(j))) - (a + j) * logD;
            double term = Math.signum(phi.coefficient(j)) * Math.exp(logScale + Math.log(gam.value()));
            sum += term;
            err += Math.exp(logScale + Math.log(gam.error())) + 4 * Math.ulp(1.0) * Math.abs(term) * (1 + Math.abs((a + j) * logD))
                    + Double.MIN_NORMAL;
            last = term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum) && j >= 1) {
                break;
            }
        }
        err += 2 * Math.abs(last);
        double pref = Math.pow(z, -1 / alpha) / alpha;
        double value = pref * sum;
        return new Estimate(value, pref * err + 8 * Math.ulp(1.0) * Math.abs(value), "incomplete Beta by gamma series");
    }
}
