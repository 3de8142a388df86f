package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * exp, log and pow on {@link DDBall}s. Each is evaluated at the midpoint in ball arithmetic (so its
 * rounding is bounded by the balls themselves), plus an explicit truncation or Newton term, and then
 * widened by the input radius through a bound of the derivative.
 * <ul>
 * <li>exp: {@code x = k ln2 + j/64 + r}, {@code |r| <= 1/128 + tiny}; {@code k ln2} from a three-word ln2
 * whose first word has 42 bits (so {@code k L1} is exact); Taylor of degree 13 for {@code q = e^r - 1} with the
 * remainder {@code |r|^14/14! e^|r|}; {@code e^(j/64)} = T from a table of balls (70-digit decimal Taylor series); the
 * result {@code T + T q}, whose last rounding is one addition.</li>
 * <li>log: {@code x = 2^e m}, {@code m} in [0.70, 1.42]; one Newton step {@code y0 + m e^-y0 - 1} from
 * {@code y0 = log(m_hi) + m_lo/m_hi} (Java's log within 1 ulp), whose error is {@code e^d - 1 - d <=
 * 0.51 d^2} with {@code |d| <= 2 ulp(log m_hi) + ulp(y0) + 2^-100}.</li>
 * <li>pow: {@code x^y = 2^(e y) m^y} with {@code e y} split exactly (TwoProd of e with both words of y) into an integer and a fraction, so the
 * argument of exp stays below about 0.4 + |y| 0.35 whatever the size of x.</li>
 * </ul>
 */
final class DDElementary {
    private static final int DEGREE = 13;
    private static final double LN2_1;
    private static final double LN2_2;
    private static final double LN2_3;
    private static final double LN2_REST;
    static final DDBall LN2;
    private static final DDBall[] INV_FACT = new DDBall[DEGREE + 1];
    /** 1/n! as double-doubles, each within {@code u^2/n!} (nearest double-double to a 70-digit value). */
    private static final DoubleDouble[] INV_FACT_DD = new DoubleDouble[DEGREE + 1];
    private static final int TABLE_OFFSET = 24;
    private static final DDBall[] TABLE = new DDBall[2 * TABLE_OFFSET + 1];

    static {
        MathContext mc = new MathContext(70);
        // ln 2 = 2 atanh(1/3) = 2 sum_k 3^-(2k+1)/(2k+1): terms below 1e-66 after k = 70
        BigDecimal l = BigDecimal.ZERO;
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc);
        BigDecimal ninth = BigDecimal.ONE.divide(BigDecimal.valueOf(9), mc);
        BigDecimal p = third;
        for (int k = 0; k <= 70; k++) {
            l = l.add(p.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
            p = p.multiply(ninth, mc);
        }
        l = l.multiply(BigDecimal.valueOf(2), mc);
        double l1 = l.doubleValue();
        l1 = Math.scalb(Math.rint(Math.scalb(l1, 42)), -42);
        BigDecimal r1 = l.subtract(new BigDecimal(l1));
        double l2 = r1.doubleValue();
        BigDecimal r2 = r1.subtract(new BigDecimal(l2));
        double l3 = r2.doubleValue();
        BigDecimal r3 = r2.subtract(new BigDecimal(l3)).abs();
        LN2_1 = l1;
        LN2_2 = l2;
        LN2_3 = l3;
        LN2_REST = r3.doubleValue() * 2 + 1e-63;
        LN2 = fromDecimal(l);
        BigDecimal fact = BigDecimal.ONE;
        for (int n = 0; n <= DEGREE; n++) {
            if (n > 0) {
                fact = fact.multiply(BigDecimal.valueOf(n));
            }
            INV_FACT[n] = fromDecimal(BigDecimal.ONE.divide(fact, mc));
            INV_FACT_DD[n] = INV_FACT[n].mid;
            if (INV_FACT[n].rad > DoubleDouble.U2 * INV_FACT[n].hi()) {
                throw new IllegalStateException("1/n! not within u^2");
            }
        }
        for (int j = -TABLE_OFFSET; j <= TABLE_OFFSET; j++) {
            TABLE[j + TABLE_OFFSET] = fromDecimal(expSeries(BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64)), mc));
        }
    }

    /** e^r for |r| <= 1 by its Taylor series in 70-digit decimals, to a term below 1e-68. */
    private static BigDecimal expSeries(BigDecimal r, MathContext mc) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = new BigDecimal("1e-68");
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }

    /**
     * A 70-digit decimal as a ball: the representation error plus 10^-60 relative, which covers the
     * decimal's own error (70-digit roundings in a few hundred operations and series cut at 1e-66).
     */
    static DDBall fromDecimal(BigDecimal v) {
        DDBall b = DDBall.of(v);
        return b.widen(Math.abs(b.hi()) * 1e-60);
    }

    private DDElementary() {
    }

    /** A 70-digit Apfloat as a ball: the representation error plus 10^-65 relative for the Apfloat value. */
    static DDBall fromApfloat(Apfloat v) {
        DDBall b = DDBall.of(v);
        return b.widen(Math.abs(b.hi()) * 1e-65);
    }

    /** {@code k ln 2} as a ball, |k| < 2^11. */
    static DDBall kLn2(int k) {
        if (k == 0) {
            return DDBall.ZERO;
        }
        DDBall a = DDBall.of(DoubleDouble.twoProd(k, LN2_2), 0).add(k * LN2_1);
        double c = k * LN2_3;
        return a.add(DDBall.of(DoubleDouble.of(c), DDBall.up(Math.ulp(c) + Math.abs(k) * LN2_REST)));
    }

    static DDBall exp(DDBall x) {
        DDBall r = expAt(x.mid);
        if (x.rad == 0) {
            return r;
        }
        return r.widen(r.magUp() * DDBall.up(Math.expm1(x.rad) * (1 + 0x1p-40)));
    }

    private static DDBall expAt(DoubleDouble x) {
        if (x.hi() > 709) {
            throw new ArithmeticException("exp overflow");
        }
        if (x.hi() < -740) {
            return DDBall.of(DoubleDouble.ZERO, 0x1p-1000);
        }
        int k = (int) Math.rint(x.hi() / 0.6931471805599453);
        // x - k ln2 from the small end: x_hi - k L1 is exact (TwoSum), then the low words; every rounding is
        // relative to |r| <= 0.35, not to |x|
        double c = k * LN2_3;
        DDBall r = DDBall.of(DoubleDouble.twoSum(x.hi(), -k * LN2_1), 0).add(x.lo())
                .subtract(DDBall.of(DoubleDouble.twoProd(k, LN2_2), 0))
                .subtract(DDBall.of(DoubleDouble.of(c), DDBall.up(Math.ulp(c) + Math.abs(k) * LN2_REST)));
        int j = (int) Math.rint(r.hi() * 64);
        r = r.add(-j / 64.0);
        DDBall q = expm1Small(r);
        DDBall t = TABLE[j + TABLE_OFFSET];
        return t.add(t.mul(q)).scalb(k);
    }

    /**
     * {@code e^r - 1} for {@code |r| <= 1/64}: Horner in plain double-double at the midpoint, then one ball.
     * A priori bound of the Horner rounding: with {@code p_13 = 1/13!}, {@code p_n = p_(n+1) r + 1/n!}, each
     * step errs by at most {@code 5u^2 |p_(n+1) r| + 3u^2 |p_n| + u^2/n!} (product, sum, constant) plus the
     * previous error times |r| <= 1/64, so {@code |err p_1| <= 3.2 u^2} (|p_n| <= 1/n! (1 + 1/64)); the last
     * product {@code q = r p_1} adds {@code 5u^2 |q|}: in all {@code 9 u^2 |r|}, with |p_1| <= 1.01. The
     * Taylor remainder {@code |r|^14/14! e^|r|} and {@code e^|r| rad(r)} for the radius of r join the radius.
     */
    private static DDBall expm1Small(DDBall r) {
        double a = r.magUp();
        if (a > 1.0 / 64) {
            throw new ArithmeticException("exp reduction failed");
        }
        DoubleDouble x = r.mid;
        DoubleDouble q = INV_FACT_DD[DEGREE];
        for (int n = DEGREE - 1; n >= 1; n--) {
            q = q.mul(x).add(INV_FACT_DD[n]);
        }
        q = q.mul(x);
        double remainder = Math.pow(a, DEGREE + 1) * INV_FACT[DEGREE].hi() / (DEGREE + 1) * 1.1;
        return DDBall.of(q, DDBall.up(9 * DoubleDouble.U2 * a + remainder + 1.02 * r.rad + DDBall.TINY));
    }

    static DDBall log(DDBall x) {
        double low = x.magDown();
        if (!(x.hi() > 0) || low <= 0) {
            throw new ArithmeticException("log of a ball not inside (0, inf)");
        }
        DDBall r = logAt(x.mid);
        return x.rad == 0 ? r : r.widen(DDBall.up(x.rad / low));
    }

    /** {@code e} such that {@code x 2^-e} lies in [0.70, 1.42]. */
    private static int exponent(double hi) {
        int e = Math.getExponent(hi);
        return Math.scalb(hi, -e) > 1.4142135623730951 ? e + 1 : e;
    }

    private static DDBall logAt(DoubleDouble x) {
        int e = exponent(x.hi());
        DDBall y = logReduced(x.scalb(-e));
        return e == 0 ? y : y.add(kLn2(e));
    }

    /**
     * log m for m in [0.70, 1.42]: the Newton step {@code y0 + (m e^-y0 - 1)} with {@code e^-y0 = T (1 + q)}
     * and {@code w = m T - 1} formed from exact products (TwoProd) so that its rounding is relative to
     * |w| <= 1/64, not to 1.
     */
    private static DDBall logReduced(DoubleDouble m) {
        if (!(m.hi() >= 0.7 && m.hi() <= 1.42)) {
            // a subnormal x reaches here with m far outside [0.70, 1.42] (getExponent is -1023 for all of them)
            throw new ArithmeticException("log of a number outside the normal double range");
        }
        double lh = Math.log(m.hi());
        double y0 = lh + m.lo() / m.hi();
        int j = (int) Math.rint(-y0 * 64);
        DDBall q = expm1Small(DDBall.of(DoubleDouble.twoSum(-y0, -j / 64.0), 0));
        DDBall t = TABLE[j + TABLE_OFFSET];
        DoubleDouble th = t.mid;
        DoubleDouble p = DoubleDouble.twoProd(m.hi(), th.hi());
        double c = m.lo() * th.lo();
        DDBall w = DDBall.exact(p.hi() - 1).add(p.lo())
                .add(DDBall.of(DoubleDouble.twoProd(m.hi(), th.lo()), 0))
                .add(DDBall.of(DoubleDouble.twoProd(m.lo(), th.hi()), 0))
                .add(DDBall.of(DoubleDouble.of(c), DDBall.up(Math.ulp(c))))
                .widen(DDBall.up(m.magnitudeUp() * t.rad));
        DDBall step = w.add(q.mul(w.add(1.0))).add(y0);
        double d = 2 * Math.ulp(lh) + Math.ulp(y0) + 0x1p-100;
        return step.widen(d * d * 0.51);
    }

    /** {@code x^y} for x > 0. */
    static DDBall pow(DDBall x, DDBall y) {
        double low = x.magDown();
        if (!(x.hi() > 0) || low <= 0) {
            throw new ArithmeticException("pow of a ball not inside (0, inf)");
        }
        double xd = x.hi();
        int e;
        DDBall logM;
        if (x.rad == 0 && x.mid.lo() == 0 && xd >= 1 && xd < IntegerLogs.SIZE && xd == Math.rint(xd)) {
            e = IntegerLogs.EXPONENT[(int) xd];
            logM = IntegerLogs.LOG_M[(int) xd];
        } else {
            e = exponent(xd);
            logM = logReduced(x.mid.scalb(-e));
        }
        DoubleDouble p = DoubleDouble.twoProd(e, y.hi());
        double i = Math.rint(p.hi());
        if (Math.abs(i) > 1e6) {
            throw new ArithmeticException("pow out of range");
        }
        DoubleDouble c = DoubleDouble.twoProd(e, y.mid.lo());
        DDBall frac = DDBall.exact(p.hi() - i).add(p.lo()).add(DDBall.of(c, Math.abs(e) * y.rad));
        DDBall arg = frac.mul(LN2).add(y.mul(logM));
        DDBall r = exp(arg);
        if (Math.abs(i) > 1000) {
            // two steps keep each scaling in range
            r = r.scalb((int) (i / 2)).scalb((int) (i - (int) (i / 2)));
        } else {
            r = r.scalb((int) i);
        }
        if (x.rad == 0) {
            return r;
        }
        double dlog = DDBall.up(x.rad / low);
        return r.widen(r.magUp() * DDBall.up(Math.expm1(y.magUp() * dlog) * (1 + 0x1p-40)));
    }

    /** {@code e} and the ball of {@code log(k 2^-e)} for the whole numbers k < SIZE, computed once (the heads of the sums). */
    private static final class IntegerLogs {
        static final int SIZE = 160;
        static final int[] EXPONENT = new int[SIZE];
        static final DDBall[] LOG_M = new DDBall[SIZE];
        /** {@code log k}: {@code LOG_M[k] + EXPONENT[k] ln 2} in ball arithmetic. */
        static final DDBall[] LOG = new DDBall[SIZE];

        static {
            for (int k = 1; k < SIZE; k++) {
                EXPONENT[k] = exponent(k);
                LOG_M[k] = logReduced(DoubleDouble.of(k).scalb(-EXPONENT[k]));
                LOG[k] = EXPONENT[k] == 0 ? LOG_M[k] : LOG_M[k].add(kLn2(EXPONENT[k]));
            }
        }
    }

    /** {@code log k} for a whole k >= 1: from a table below 160, else {@link #log}. */
    static DDBall logOfWhole(double k) {
        if (k >= 1 && k < IntegerLogs.SIZE && k == Math.rint(k)) {
            return IntegerLogs.LOG[(int) k];
        }
        return log(DDBall.exact(k));
    }

    static DDBall pow(double x, DDBall y) {
        return pow(DDBall.exact(x), y);
    }
}
