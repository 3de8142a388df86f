package zipfscale.numerics;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * {@link MissingMassSummand} in high precision: the same gamma series for the incomplete Beta
 * integral, {@code D^-a sum_j phi_j D^-j gamma(a+j, V)}, with {@code phi_j} from an {@link ApJet} and
 * {@code gamma} from {@link PreciseIncompleteGamma}; cut when a term is below {@code 10^-(prec+2)} of the
 * sum, twice the last term added to the error.
 */
final class PreciseMissingMassSummand implements PreciseSummand {
    private static final int SERIES = 60;
    private final Apfloat alpha;
    private final Apfloat d;
    private final Apfloat z;
    private final long prec;

    PreciseMissingMassSummand(Apfloat alpha, Apfloat d, Apfloat z, int digits) {
        this.prec = PreciseDigits.working(digits);
        this.alpha = alpha.precision(prec);
        this.d = d.precision(prec);
        this.z = z.precision(prec);
    }

    private Apfloat p(long k) {
        return Elementary.pow(new Apfloat(k, prec), alpha.negate()).divide(z);
    }

    @Override
    public Apfloat at(long k) {
        Apfloat p = p(k);
        return p.multiply(Elementary.exp(d.multiply(Elementary.log1p(p.negate()))));
    }

    @Override
    public ApJet at(ApJet x) {
        ApJet p = x.pow(alpha.negate()).times(new Apfloat(1, prec).divide(z));
        return p.times(new Apfloat(-1, prec)).log1p().times(d).exp().times(p);
    }

    /** {@code pi^2 N/(alpha beta) >= (digits + 5) ln 10}, see {@link Summand#minimumCutoff()}. */
    @Override
    public long minimumCutoff(int digits) {
        return (long) Math.ceil((digits + 5) * Math.log(10) / (Math.PI * Math.PI) * alpha.doubleValue());
    }

    @Override
    public Apfloat[] integralFrom(long n) {
        Apfloat one = new Apfloat(1, prec);
        Apfloat invAlpha = one.divide(alpha);
        Apfloat a = one.subtract(invAlpha);
        Apfloat yn = p(n);
        Apfloat w = Elementary.log1p(yn.negate()).negate();
        Apfloat v = d.multiply(w);
        Apfloat[] psi = new Apfloat[SERIES + 1];
        Apfloat fact = one;
        for (int k = 0; k <= SERIES; k++) {
            fact = fact.multiply(new Apfloat(k + 1L, prec));
            psi[k] = (k % 2 == 0 ? one : one.negate()).divide(fact);
        }
        ApJet phi = ApJet.of(psi, prec).pow(invAlpha.negate())
                .times(ApJet.variable(new Apfloat(0, prec), SERIES, prec).times(one.negate()).exp());
        Apfloat logD = Elementary.log(d);
        Apfloat sum = new Apfloat(0, prec);
        Apfloat last = sum;
        Apfloat eps = ExactApfloat.tenToThe(-(prec + 2), prec);
        for (int j = 0; j <= SERIES; j++) {
            Apfloat aj = a.add(new Apfloat(j, prec));
            Apfloat term = phi.coefficient(j).multiply(Elementary.exp(aj.multiply(logD).negate()))
                    .multiply(PreciseIncompleteGamma.lower(aj, v, prec));
            sum = sum.add(term);
            last = term;
            if (j >= 1 && ApfloatMath.abs(term).compareTo(eps.multiply(ApfloatMath.abs(sum))) < 0) {
                break;
            }
        }
        Apfloat pref = Elementary.pow(z, invAlpha.negate()).multiply(invAlpha);
        Apfloat value = pref.multiply(sum);
        Apfloat err = ApfloatMath.abs(pref.multiply(last)).multiply(new Apfloat(2, prec))
                .add(ApfloatMath.abs(value).multiply(ExactApfloat.tenToThe(-(prec - 4), prec)));
        return new Apfloat[] {value, err};
    }
}
