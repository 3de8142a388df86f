package zipfscale.numerics;

/**
 * Double-precision Euler–Maclaurin summation of {@code sum_{k>=1} f(k)} for a smooth, eventually
 * monotone f: the head {@code k < N} summed directly, then
 * {@code sum_{k>=N} f(k) = int_N^inf f + f(N)/2 - sum_{j=1..m} B_2j/(2j)! f^(2j-1)(N) + R_m}
 * (Olver, Asymptotics and Special Functions, 8.1), with the derivatives from Taylor jets.
 *
 * <p>The cut-off N starts at 16 and is multiplied by 4 while the correction terms do not decrease to
 * below 1e-15 of the sum (a sharp transition near N, e.g. alpha*beta large); the cost depends on the
 * shape of f, not on D or tau. Error bound: integral error + 4 |first omitted term| (the remainder is of
 * the order of the first omitted term when the terms decrease geometrically, which is checked) +
 * rounding {@code (N + 20) ulp * sum |f|}.
 */
final class EulerMaclaurin {
    private static final double EPS = Math.ulp(1.0);
    private static final int M = 8;
    private static final int START = 16;
    private static final int MAX_N = 1 << 16;

    private EulerMaclaurin() {
    }

    /** A method text built once: most calls repeat it (the same method, the same N). */
    private record Described(String method, double n, String text) {
    }

    private static volatile Described lastMethod = new Described("", 0, "");

    private static String describe(String method, double n) {
        Described last = lastMethod;
        if (last.n() == n && last.method().equals(method)) {
            return last.text();
        }
        Described d = new Described(method, n, method + ", Euler-Maclaurin at N=" + n);
        lastMethod = d;
        return d.text();
    }

    static Estimate sum(Summand f, String method) {
        return sum(f, 1, method);
    }

    /** {@code sum_{k >= first} f(k)}; for a large first the cut-off is first itself (no head). */
    static Estimate sum(Summand f, double first, String method) {
        if (first > 0x1p50 && first < START) {
            throw new IllegalArgumentException("first = " + first);
        }
        double[] acc = new double[3]; // head, sum of |terms|, extra rounding bound of the terms
        double done = first; // terms first..done-1 are in head
        for (double n = Math.max(Math.max(START, Math.ceil(f.minimumCutoff())), first); ; n = first + 4 * Math.max(n - first, START)) {
            f.addHead(done, n, acc);
            double head = acc[0];
            double headAbs = acc[1];
            done = n;
            Jet jet = f.jetAt(n, 2 * M + 1);
            double corr = 0.5 * jet.value();
            double last = Double.MAX_VALUE;
            boolean decreasing = true;
            for (int j = 1; j <= M; j++) {
                double term = Bernoulli.over2j(j) * jet.coefficient(2 * j - 1);
                corr -= term;
                if (j > 2 && Math.abs(term) > Math.abs(last) && Math.abs(term) > 0) {
                    decreasing = false;
                }
                last = term;
            }
            double omitted = Math.abs(Bernoulli.over2j(M + 1) * jet.coefficient(2 * M + 1));
            Estimate integral = f.integralFrom(n);
            double total = head + integral.value() + corr;
            double scale = headAbs + Math.abs(integral.value()) + Math.abs(corr);
            double small = 1e-15 * Math.abs(total);
            // terms may grow while all being negligible (f ~ exp(-huge) at N)
            boolean converged = omitted <= small && (decreasing || Math.abs(last) <= small);
            // beyond 2^50 integers are not exactly representable: no head is ever summed there
            if (converged || n - first >= MAX_N || first > 0x1p50) {
                double err = integral.error() + 4 * omitted + Math.abs(last) * (converged ? 0 : 1)
                        + (n - first + 20) * EPS * scale + acc[2];
                return new Estimate(total, err, describe(method, n));
            }
        }
    }
}
