package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Hurwitz zeta {@code zeta(s, a) = sum_{k>=0} (k+a)^-s}, s > 1, a > 0 (and its continuation for
 * 0 < s < 1, where the same formula holds and the derivatives of x^-s still keep one sign), in
 * {@link DDBall} arithmetic: head
 * of n terms up to {@code x = a + n >= max(16, s + 8)}, then Euler-Maclaurin
 * {@code x^(1-s)/(s-1) + x^-s/2 + sum_j B_2j/(2j)! (s)_(2j-1) x^(-s-2j+1)} (DLMF 25.11.5 with the
 * remainder of 25.11.6), summed until a term is below {@code 2^-115} of the total; the error of the cut
 * is twice the first omitted term, as in {@link HurwitzZeta}'s Apfloat scheme. Rounding is in the balls.
 */
final class DDHurwitzZeta {
    private static final int MAX_J = 40;
    /** {@code B_2j/(2j)!}. */
    static final DDBall[] BERNOULLI_OVER_FACT = new DDBall[MAX_J + 2];
    /** {@code B_2j/(2j)}. */
    static final DDBall[] BERNOULLI_OVER_2J = new DDBall[MAX_J + 2];

    static {
        BigInteger fact = BigInteger.ONE;
        MathContext mc = new MathContext(70);
        for (int j = 1; j <= MAX_J; j++) {
            fact = fact.multiply(BigInteger.valueOf((2L * j - 1) * (2L * j)));
            BigDecimal v = new BigDecimal(Bernoulli.numerator(j)).divide(
                    new BigDecimal(Bernoulli.denominator(j).multiply(fact)), mc);
            DDBall b = DDBall.of(v);
            BERNOULLI_OVER_FACT[j] = b.widen(Math.abs(b.hi()) * 1e-65);
            BigDecimal w = new BigDecimal(Bernoulli.numerator(j)).divide(
                    new BigDecimal(Bernoulli.denominator(j).multiply(BigInteger.valueOf(2L * j))), mc);
            DDBall bw = DDBall.of(w);
            BERNOULLI_OVER_2J[j] = bw.widen(Math.abs(bw.hi()) * 1e-65);
        }
    }

    private DDHurwitzZeta() {
    }

    static DDBall value(DDBall s, DDBall a) {
        DDBall sm1 = s.add(-1.0);
        if (!s.isPositive() || sm1.magDown() <= 0 || !a.isPositive()) {
            throw new ArithmeticException("Hurwitz zeta needs s > 0, s != 1 and a > 0");
        }
        double x0 = Math.max(16, s.hi() + 8);
        int n = (int) Math.max(0, Math.ceil(x0 - a.hi()));
        DDBall minusS = s.negate();
        DDBall head = DDBall.ZERO;
        for (int k = n - 1; k >= 0; k--) {
            head = head.add(DDElementary.pow(a.add(k), minusS));
        }
        DDBall x = a.add(n);
        DDBall xs = DDElementary.pow(x, minusS);
        DDBall sum = x.mul(xs).div(sm1).add(xs.mul(0.5));
        DDBall invX2 = DDBall.ONE.div(x.mul(x));
        DDBall poch = s;
        DDBall xp = xs.div(x);
        double eps = 0x1p-115;
        for (int j = 1; j <= MAX_J; j++) {
            DDBall term = BERNOULLI_OVER_FACT[j].mul(poch).mul(xp);
            double size = Math.abs(term.hi());
            if (size < eps * Math.abs(head.hi() + sum.hi())) {
                return head.add(sum).widen(2 * term.magUp());
            }
            sum = sum.add(term);
            poch = poch.mul(s.add(2.0 * j - 1)).mul(s.add(2.0 * j));
            xp = xp.mul(invX2);
        }
        throw new ArithmeticException("Euler-Maclaurin for zeta(s, a) did not converge");
    }
}
