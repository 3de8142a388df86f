package zipfscale.numerics;

/**
 * A smooth summand f(k) of a series {@code sum_{k>=1} f(k)}, evaluated in double at integers (the head)
 * and as a Taylor jet at the Euler–Maclaurin cut-off, together with the closed form (or quadrature) of
 * {@code int_N^inf f(x) dx}.
 */
interface Summand {
    double at(double k);

    Jet at(Jet x);

    /** The jet of f at the point n with {@code order} derivatives (summands may compute it in closed form). */
    default Jet jetAt(double n, int order) {
        return at(Jet.variable(n, order));
    }

    /**
     * Adds {@code f(k)} for {@code first <= k < end} (whole numbers, summed from the top) to {@code acc[0]},
     * their absolute values to {@code acc[1]}, and to {@code acc[2]} a bound on the rounding of the terms
     * beyond the few ulp each that {@link EulerMaclaurin} allows for (0 when each term is within a few ulp).
     */
    default void addHead(double first, double end, double[] acc) {
        // counted, not stepped: beyond 2^53 k - 1 == k (then first == end and nothing is added)
        long count = Math.round(end - first);
        for (long i = count - 1; i >= 0; i--) {
            double t = at(first + i);
            acc[0] += t;
            acc[1] += Math.abs(t);
        }
    }

    /**
     * The smallest admissible cut-off. For {@code f(x) = x^-alpha G(x^(-alpha beta))} the summand is
     * analytic and bounded only in a sector of half-angle about {@code pi/(2 alpha beta)} around the real
     * axis, so near x it is smooth on the scale {@code x pi/(2 alpha beta)}; by Poisson summation the
     * Euler–Maclaurin remainder beyond N is then about {@code exp(-pi^2 N/(alpha beta))}, invisible at
     * N = 16 (only the derivatives at N are seen) when the transition lies just beyond N. Requiring
     * {@code pi^2 N/(alpha beta) >= 45} (below 1e-19) gives {@code N >= 4.6 alpha beta}.
     */
    default double minimumCutoff() {
        return 16;
    }

    /** {@code int_N^inf f(x) dx} with its error bound. */
    Estimate integralFrom(double n);
}
