package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * {@link EulerMaclaurin} in high precision: head in Apfloat, up to 30 Bernoulli corrections from an
 * {@link ApJet} of order 61, cut-off N from 32 upwards (x4) until the first omitted correction is below
 * {@code 10^-(digits+4)} of the sum. Error bound: integral error + 4 |first omitted term| + rounding
 * {@code (N + 100) 10^-prec * sum |f|}.
 */
final class PreciseEulerMaclaurin {
    private static final int M = 30;
    private static final long START = 32;
    private static final long MAX_N = 1 << 14;

    private PreciseEulerMaclaurin() {
    }

    static PreciseEstimate sum(PreciseSummand f, int digits, String method) {
        long prec = PreciseDigits.working(digits);
        Apfloat zero = new Apfloat(0, prec);
        Apfloat head = zero;
        Apfloat headAbs = zero;
        long done = 1;
        Apfloat target = ExactApfloat.tenToThe(-(digits + 4L), prec);
        for (long n = Math.max(START, f.minimumCutoff(digits)); ; n *= 4) {
            for (long k = n - 1; k >= done; k--) {
                Apfloat t = f.at(k);
                head = head.add(t);
                headAbs = headAbs.add(ApfloatMath.abs(t));
            }
            done = n;
            ApJet jet = f.at(ApJet.variable(new Apfloat(n, prec), 2 * M + 1, prec));
            Apfloat corr = jet.value().divide(new Apfloat(2, prec));
            Apfloat last = zero;
            boolean decreasing = true;
            for (int j = 1; j <= M; j++) {
                Apfloat term = Bernoulli.over2j(j, prec).multiply(jet.coefficient(2 * j - 1));
                corr = corr.subtract(term);
                if (j > 2 && ApfloatMath.abs(term).compareTo(ApfloatMath.abs(last)) > 0) {
                    decreasing = false;
                }
                last = term;
            }
            Apfloat omitted = ApfloatMath.abs(Bernoulli.over2j(M + 1, prec).multiply(jet.coefficient(2 * M + 1)));
            Apfloat[] integral = f.integralFrom(n);
            Apfloat total = head.add(integral[0]).add(corr);
            Apfloat small = target.multiply(ApfloatMath.abs(total));
            // terms may grow while all being negligible (f ~ exp(-huge) at N)
            boolean converged = omitted.compareTo(small) <= 0
                    && (decreasing || ApfloatMath.abs(last).compareTo(small) <= 0);
            if (converged || n >= MAX_N) {
                Apfloat scale = headAbs.add(ApfloatMath.abs(integral[0])).add(ApfloatMath.abs(corr));
                Apfloat rounding = scale.multiply(new Apfloat(n + 100, prec))
                        .multiply(ExactApfloat.tenToThe(-prec + 2, prec));
                Apfloat err = integral[1].add(omitted.multiply(new Apfloat(4, prec))).add(rounding);
                if (!converged) {
                    err = err.add(ApfloatMath.abs(last));
                }
                return new PreciseEstimate(total, err, digits, method + ", Euler-Maclaurin at N=" + n);
            }
        }
    }
}
