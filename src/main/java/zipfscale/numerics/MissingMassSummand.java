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

    /** The jet from the closed-form jet of {@code x^-alpha} (O(order)). */
    @Override
    public Jet jetAt(double n, int order) {
        Jet p = Jet.power(n, -alpha, order).times(1 / z);
        return p.times(-1.0).log1p().times(d).exp().times(p);
    }

    /**
     * From the first index 1: {@code k^-alpha} by {@link NegativePowers} (one exp per prime), so each term
     * costs a log1p and an exp. Rounding per term: p_k within {@code rP = rel(alpha) + 1.5 ulp};
     * {@code (1 - p)^D = exp(D log1p(-p))} moves by {@code D p/(1-p) rP} relative through p, and by
     * {@code |D log1p(-p)| 2.5 ulp} through log1p (one ulp), the product and exp's argument, plus one ulp
     * for exp and one for the product with p (k = 1 takes {@code log(1 - p_1)} as computed at construction,
     * whose rounding is counted the same way, 4 ulp of it).
     */
    @Override
    public void addHead(double first, double end, double[] acc) {
        if (first != 1 || end - first > 4 * NegativePowers.TABLE) {
            Summand.super.addHead(first, end, acc);
            return;
        }
        int top = (int) end - 1;
        double[] pk = NegativePowers.upTo(alpha, top);
        double invZ = 1 / z;
        double eps = Math.ulp(1.0);
        double rP = NegativePowers.relativeError(alpha, top) + 1.5 * eps;
        double sum = 0;
        double err = 0;
        for (int k = top; k >= 1; k--) {
            double p = pk[k] * invZ;
            double lg = k == 1 ? logOneMinusP1 : Math.log1p(-p);
            double t = p * Math.exp(d * lg);
            sum += t;
            err += t * (rP * (1 + d * p / (1 - p)) + Math.abs(d * lg) * 4 * eps + 2 * eps);
        }
        acc[0] += sum;
        acc[1] += sum;
        acc[2] += err;
    }

    /** {@code psi_k = (-1)^k/(k+1)!}: the Taylor coefficients of {@code (1 - e^-w)/w}. */
    private static final double[] PSI = new double[SERIES + 1];

    static {
        double fact = 1;
        for (int k = 0; k <= SERIES; k++) {
            fact *= k + 1;
            PSI[k] = (k % 2 == 0 ? 1 : -1) / fact;
        }
    }

    /** Orders of the phi series tried: a few terms suffice when D is large (they fall like j/D). */
    private static final int SHORT = 6;

    @Override
    public Estimate integralFrom(double n) {
        Estimate e = integralFrom(n, SHORT);
        return e != null ? e : integralFrom(n, SERIES);
    }

    /** The gamma series with phi to the given order; null when it has not converged by then (order < SERIES). */
    private Estimate integralFrom(double n, int order) {
        double a = 1 - 1 / alpha;
        double yn = Math.pow(n, -alpha) / z;
        double w = -Math.log1p(-yn);
        double v = d * w;
        Jet phi = Jet.of(java.util.Arrays.copyOf(PSI, order + 1)).pow(-1 / alpha)
                .times(Jet.variable(0, order).times(-1.0).exp());
        double logD = Math.log(d);
        double logV = Math.log(v);
        double sum = 0;
        double err = 0;
        double last = 0;
        boolean converged = false;
        // gamma(a+j, V) by the recurrence gamma(s+1, V) = s gamma(s, V) - V^s e^-V when V is well above every
        // a + j (no cancellation to speak of), with its absolute error carried along; otherwise one by one
        boolean recur = v >= 2 * (a + SERIES) + 10;
        Estimate g0 = IncompleteGamma.lower(a, v);
        double gam = g0.value();
        double gamErr = g0.error();
        for (int j = 0; j <= order; j++) {
            if (j > 0) {
                double s = a + j - 1;
                if (recur) {
                    // V^s e^-V within (|s log V| + V + 1) 2 ulp relative (the argument's rounding, exp); when it
                    // underflows to 0 it is below 1e-300
                    double arg = s * logV - v;
                    double tj = Math.exp(arg);
                    double tErr = tj * 2 * Math.ulp(1.0) * (Math.abs(s * logV) + v + 1) + 1e-300;
                    double next = s * gam - tj;
                    gamErr = s * gamErr + tErr + Math.ulp(1.0) * (s * Math.abs(gam) + tj + Math.abs(next));
                    gam = next;
                } else {
                    Estimate gj = IncompleteGamma.lower(a + j, v);
                    gam = gj.value();
                    gamErr = gj.error();
                }
            }
            // phi_j D^-(a+j) gamma(a+j, V) formed in log space: for small D the power overflows while the
            // gamma function underflows (D = 1e-320 gave inf * 0 = NaN)
            double logScale = Math.log(Math.abs(phi.coefficient(j))) - (a + j) * logD;
            double term = Math.signum(phi.coefficient(j)) * Math.exp(logScale + Math.log(gam));
            sum += term;
            err += Math.exp(logScale + Math.log(gamErr)) + 4 * Math.ulp(1.0) * Math.abs(term) * (1 + Math.abs((a + j) * logD))
                    + Double.MIN_NORMAL;
            last = term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum) && j >= 1) {
                converged = true;
                break;
            }
        }
        if (!converged && order < SERIES) {
            return null;
        }
        err += 2 * Math.abs(last);
        double pref = Math.pow(z, -1 / alpha) / alpha;
        double value = pref * sum;
        return new Estimate(value, pref * err + 8 * Math.ulp(1.0) * Math.abs(value), "incomplete Beta by gamma series");
    }
}
