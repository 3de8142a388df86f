package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The lower incomplete gamma function {@code gamma(a, x)} in high precision: for {@code x <= 120} the
 * series {@code x^a e^-x sum_n x^n / (a (a+1) ... (a+n))} (positive terms, no cancellation, summed to a
 * term below {@code 10^-(prec+2)} of the sum); for larger x, {@code Gamma(a) - Gamma(a, x)} with Apfloat's
 * upper incomplete gamma (the difference loses no digits since {@code Gamma(a, x) < e^-100 Gamma(a)}),
 * and {@code Gamma(a)} alone once {@code Gamma(a, x)} is below the working precision.
 */
final class PreciseIncompleteGamma {
    private PreciseIncompleteGamma() {
    }

    static Apfloat lower(Apfloat a, Apfloat x, long prec) {
        if (x.signum() <= 0) {
            return new Apfloat(0, prec);
        }
        double xd = x.doubleValue();
        double ad = a.doubleValue();
        if (xd <= 120) {
            Apfloat term = new Apfloat(1, prec).divide(a);
            Apfloat sum = term;
            Apfloat eps = ExactApfloat.tenToThe(-(prec + 2), prec);
            for (int n = 1; n < 100_000; n++) {
                term = term.multiply(x).divide(a.add(new Apfloat(n, prec)));
                sum = sum.add(term);
                if (term.compareTo(sum.multiply(eps)) < 0) {
                    break;
                }
            }
            return Elementary.exp(a.multiply(Elementary.log(x)).subtract(x)).multiply(sum);
        }
        Apfloat gammaA = ApfloatMath.gamma(a.precision(prec));
        double logUpper = -xd + (ad - 1) * Math.log(xd) + Math.log(2);
        double logGamma = Math.abs(ad) < 170 ? Math.log(Math.abs(gammaA.doubleValue())) : ad * Math.log(ad);
        if (logUpper - logGamma < -(prec + 5) * Math.log(10)) {
            return gammaA;
        }
        return gammaA.subtract(ApfloatMath.gamma(a.precision(prec), x.precision(prec)));
    }
}
