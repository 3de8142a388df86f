package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apfloat.Apfloat;

/**
 * exp, log and log1p of a decimal {@link Apfloat} in binary fixed point, the way mpmath computes them with
 * Python integers: a value {@code v} is held as the {@link BigInteger} {@code V = floor(v 2^wp)} (one
 * <em>unit</em> is {@code u = 2^-wp}), products are {@code (A B) >> wp}, and each such operation errs by
 * less than one unit. The argument comes in exactly (its decimal text is parsed by {@link BigDecimal}); the
 * result goes out as {@code M 2^e}, converted exactly to a decimal with at least {@code prec + 3} digits
 * and rounded to nearest at {@code prec} digits. About ten times faster than Apfloat arithmetic at 40
 * digits, where BigInteger operations cost well under a microsecond.
 *
 * <p><b>Accuracy contract.</b> With {@code B = ceil((prec + 3) log2 10)}, each function below carries a
 * working precision {@code wp} such that the fixed-point result has relative error below
 * {@code 2^-(B+7)} (shown per function); the conversion adds the rounding to {@code prec} digits (half a
 * unit in the last place) and the truncation of the decimal quotient (below {@code 10^-(prec+2)} relative).
 * So the returned value is within 0.51 of a unit in its last ({@code prec}-th) digit of the exact value
 * of the function at the (exact) argument. A function returns null where it does not apply (see each);
 * {@link Elementary} then uses its Apfloat code.
 */
final class BinaryElementary {
    /** Above this many digits the Apfloat code of {@link Elementary} is used. */
    static final long MAX_DIGITS = 200;
    private static final double MAX_EXP_ARGUMENT = 1e12;
    /** Above this |x|, exp splits off a power of ten first (2^k in decimal would need 5^k). */
    private static final double BINARY_EXP_ARGUMENT = 5000;
    private static final double LOG10_2 = 0.30102999566398120;
    private static final double LOG2_10 = 3.3219280948873623;
    private static final Map<Integer, BigInteger> LN2 = new ConcurrentHashMap<>();
    private static final Map<Integer, BigInteger> LN10 = new ConcurrentHashMap<>();
    private static final int CACHED_POWERS = 2048;
    private static final BigInteger[] POW5 = new BigInteger[CACHED_POWERS];
    private static final BigInteger[] POW10 = new BigInteger[CACHED_POWERS];
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private BinaryElementary() {
    }

    /** Bits of the contract: {@code ceil((prec + 3) log2 10)}. */
    private static int contractBits(long prec) {
        return (int) Math.ceil((prec + 3) * LOG2_10);
    }

    /**
     * {@code e^x} for {@code 1e-300 <= |x| <= 1e12}, else null. Beyond {@code |x| = 5000} first
     * {@code e^x = 10^N e^y}, {@code N = floor(x / ln 10)}, {@code y = x - N ln 10} formed with
     * {@code b = bitLength(|N|) + 2} extra bits (x within 1, {@code N ln 10} within {@code 2|N| < 2^(b-1)} units
     * of {@code 2^-(wp+b)}), so y is within 1.6 units of {@code 2^-wp}, and {@code 10^N} is exact in the decimal
     * exponent. Then {@code y} (or {@code x}) {@code = k ln 2 + r} with {@code |r| <= 0.35},
     * {@code e^r = (e^(r/2^s))^(2^s)}, the Taylor series of {@code e^(r/2^s)} summed until a term is zero in
     * fixed point. Error, in units {@code u = 2^-wp}: the argument {@code < 1}, {@code k ln 2} (ln 2 within
     * 2 units) {@code < 2|k| <= 2^14}, the shift by {@code s} 1 more; each of the {@code N <= 64} Taylor terms
     * errs by at most 2.05 units ({@code |r / 2^s| < 0.022}: errors do not grow along the recurrence) and
     * the tail after the first zero term by 3, so before squaring the relative error is at most
     * {@code (3N + 3 + 2^14 / 2^s) u}; each squaring doubles it plus 1.5 units and a factor 1.01 for its
     * square, so after {@code s <= 30} squarings it is at most {@code 1.4 (2^(s+8) + 2^14) u}. With
     * {@code wp = B + s + 24} and {@code s >= 4} that is below {@code 2^-(B+12)}.
     */
    static Apfloat exp(Apfloat x, long prec) {
        double xd = x.doubleValue();
        if (!(Math.abs(xd) <= MAX_EXP_ARGUMENT && Math.abs(xd) >= 1e-300) || x.radix() != 10 || prec > MAX_DIGITS) {
            return null;
        }
        int bits = contractBits(prec);
        int s = Math.max(4, Math.min(30, (int) (0.6 * Math.sqrt(bits))));
        int wp = bits + s + 24;
        BigInteger one = BigInteger.ONE.shiftLeft(wp);
        long tens = 0;
        BigInteger y;
        double yd = xd;
        if (Math.abs(xd) > BINARY_EXP_ARGUMENT) {
            tens = (long) Math.floor(xd / Math.log(10));
            int extra = 66 - Long.numberOfLeadingZeros(Math.abs(tens));
            y = fixed(decimal(x), wp + extra).subtract(ln10(wp + extra).multiply(BigInteger.valueOf(tens)))
                    .shiftRight(extra);
            yd = Math.scalb(y.doubleValue(), -wp);
        } else {
            y = fixed(decimal(x), wp);
        }
        long k = Math.round(yd / Math.log(2));
        BigInteger r = y.subtract(ln2(wp).multiply(BigInteger.valueOf(k))).shiftRight(s);
        BigInteger term = one;
        BigInteger sum = one;
        // a floor of a negative product can stay at -1, but the division by n >= 2 then truncates it to 0
        for (int n = 1; term.signum() != 0; n++) {
            term = term.multiply(r).shiftRight(wp).divide(BigInteger.valueOf(n));
            sum = sum.add(term);
        }
        for (int i = 0; i < s; i++) {
            sum = sum.multiply(sum).shiftRight(wp);
        }
        return toApfloat(sum, k - wp, tens, prec);
    }

    /**
     * {@code ln x} for {@code 1e-300 <= x <= 1e300}, else null; next to 1 ({@code |x - 1| < 1/8}) it is
     * {@link #log1p} of the exact {@code x - 1}. Otherwise {@code x = m 2^e} with {@code m} in
     * {@code [1/sqrt 2, sqrt 2]}, {@code ln m = 2 atanh((m-1)/(m+1))} by its series ({@code |u| <= 0.172},
     * {@code u^2 <= 0.0295}). Error in units: {@code m} 1, {@code u} 1.69 (|du/dm| <= 0.69 plus the
     * division), each of the {@code N <= wp/5 + 1} terms 3 and the tail 2, so {@code 2 atanh} is within
     * {@code 6N + 8 <= 1000} units for {@code wp <= 800}, and {@code e ln 2} ({@code |e| <= 998}) within 2000:
     * 3000 units absolute, and as {@code |ln x| >= 0.1177} here, below {@code 2^14.7 u} relative. With
     * {@code wp = B + 26} that is below {@code 2^-(B+11)}.
     */
    static Apfloat log(Apfloat x, long prec) {
        double xd = x.doubleValue();
        if (!(xd >= 1e-300 && xd <= 1e300) || x.radix() != 10 || prec > MAX_DIGITS) {
            return null;
        }
        BigDecimal d = decimal(x);
        if (Math.abs(xd - 1) < 0.125) {
            BigDecimal dm1 = d.subtract(BigDecimal.ONE);
            return dm1.signum() == 0 ? new Apfloat(0) : log1p(dm1, prec);
        }
        int e = Math.getExponent(xd);
        if (xd / Math.scalb(1.0, e) > Math.sqrt(2)) {
            e++;
        }
        int wp = contractBits(prec) + 26;
        BigInteger one = BigInteger.ONE.shiftLeft(wp);
        BigInteger m = fixed(d, wp - e);
        BigInteger signed = m.subtract(one).shiftLeft(wp).divide(m.add(one));
        // atanh is odd: the series of |u| (a floor of a negative power would stay at -1 and never end)
        BigInteger u = signed.abs();
        BigInteger u2 = u.multiply(u).shiftRight(wp);
        BigInteger power = u;
        BigInteger sum = u;
        for (int n = 1; power.signum() != 0; n++) {
            power = power.multiply(u2).shiftRight(wp);
            sum = sum.add(power.divide(BigInteger.valueOf(2L * n + 1)));
        }
        if (signed.signum() < 0) {
            sum = sum.negate();
        }
        BigInteger result = sum.shiftLeft(1).add(ln2(wp).multiply(BigInteger.valueOf(e)));
        return toApfloat(result, -wp, prec);
    }

    /** {@code ln(1 + x)} for {@code 1e-300 <= |x| < 1/8}, else null; see {@link #log1p(BigDecimal, long)}. */
    static Apfloat log1p(Apfloat x, long prec) {
        double xd = x.doubleValue();
        if (!(Math.abs(xd) < 0.125 && Math.abs(xd) >= 1e-300) || x.radix() != 10 || prec > MAX_DIGITS) {
            return null;
        }
        return log1p(decimal(x), prec);
    }

    /**
     * {@code ln(1 + d) = 2 u S}, {@code u = d/(2 + d)}, {@code S = sum u^(2n)/(2n+1)}, for exact
     * {@code 0 < |d| < 1/8} (so {@code |u| < 1/15}, {@code u^2 < 1/225}); relative throughout, so a tiny
     * {@code d} keeps its digits. {@code u} is held as {@code U 2^-h} with {@code 2^(wp-2) <= |U|}, so
     * relative within {@code 2^-(wp-2)}; {@code S >= 1} is fixed point, within {@code 3N + 3} units with
     * {@code N <= wp/7.8 + 1 <= 100} terms for {@code wp <= 760} ({@code u^2} itself within 1.1 units);
     * the product {@code U S} is exact. Relative error below {@code 310 u <= 2^8.3 u}; with
     * {@code wp = B + 16}, below {@code 2^-(B+7)}.
     */
    static Apfloat log1p(BigDecimal d, long prec) {
        double dd = d.doubleValue();
        if (!(Math.abs(dd) < 0.125 && Math.abs(dd) >= 1e-300) || d.scale() <= 0 || prec > MAX_DIGITS) {
            return null;
        }
        int wp = contractBits(prec) + 16;
        // u = D / (2 10^s + D) for d = D 10^-s; h puts |U| = |u| 2^h in [2^(wp-2), 2^(wp+1))
        int h = wp - Math.getExponent(dd / (2 + dd));
        BigInteger den = pow10(d.scale()).shiftLeft(1).add(d.unscaledValue());
        BigInteger u = d.unscaledValue().shiftLeft(h).divide(den);
        BigInteger u2 = u.multiply(u).shiftRight(2 * h - wp);
        BigInteger power = BigInteger.ONE.shiftLeft(wp);
        BigInteger sum = power;
        for (int n = 1; power.signum() != 0; n++) {
            power = power.multiply(u2).shiftRight(wp);
            sum = sum.add(power.divide(BigInteger.valueOf(2L * n + 1)));
        }
        return toApfloat(u.multiply(sum), 1L - h - wp, prec);
    }

    /** The exact value of {@code x}: its decimal digits as Apfloat holds them. */
    private static BigDecimal decimal(Apfloat x) {
        return new BigDecimal(x.toString());
    }

    /** {@code d 2^q} truncated to an integer (error below 1), for any sign of {@code q} and of the scale. */
    static BigInteger fixed(BigDecimal d, int q) {
        BigInteger num = d.unscaledValue();
        int scale = d.scale();
        if (scale < 0) {
            num = num.multiply(pow10(-scale));
        }
        if (q >= 0) {
            num = num.shiftLeft(q);
        }
        BigInteger den = scale > 0 ? pow10(scale) : BigInteger.ONE;
        if (q < 0) {
            den = den.shiftLeft(-q);
        }
        return den.equals(BigInteger.ONE) ? num : num.divide(den);
    }

    /**
     * {@code m 2^e2} ({@code m != 0}) as a {@code prec}-digit Apfloat, rounded to nearest: first the exact
     * truncation {@code Q = floor(|m| 2^e2 / 10^t)} with {@code t} chosen so that {@code Q >= 10^(prec+2)},
     * then {@code Q 10^t} rounded half-even to {@code prec} digits.
     */
    static Apfloat toApfloat(BigInteger m, long e2, long prec) {
        return toApfloat(m, e2, 0, prec);
    }

    /** {@code m 2^e2 10^tens} as a {@code prec}-digit Apfloat, rounded to nearest (the power of ten is exact). */
    static Apfloat toApfloat(BigInteger m, long e2, long tens, long prec) {
        BigInteger a = m.abs();
        long bits = a.bitLength() + e2;
        long t = (long) Math.floor((bits - 1) * LOG10_2) - (prec + 2);
        // Q = a 2^(e2 - t) 5^(-t)
        BigInteger num = a;
        BigInteger den = BigInteger.ONE;
        if (t < 0) {
            num = num.multiply(pow5(-t));
        } else if (t > 0) {
            den = pow5(t);
        }
        long twos = e2 - t;
        if (twos >= 0) {
            num = num.shiftLeft((int) twos);
        } else {
            den = den.shiftLeft((int) -twos);
        }
        BigInteger q = num.divide(den);
        BigDecimal rounded = new BigDecimal(m.signum() < 0 ? q.negate() : q, (int) -t)
                .round(new MathContext((int) prec, RoundingMode.HALF_EVEN));
        return new Apfloat(rounded.unscaledValue().toString() + "e" + (tens - rounded.scale()), prec);
    }

    /** ln 2 in fixed point at {@code wp} bits, within 2 units: {@code 2 atanh(1/3)} at {@code wp + 16} bits. */
    private static BigInteger ln2(int wp) {
        return LN2.computeIfAbsent(wp, w -> atanhOfInverse(3, w + 16).shiftRight(15));
    }

    /**
     * ln 10 in fixed point at {@code wp} bits, within 2 units: {@code 3 ln 2 + ln(5/4)} with
     * {@code ln 2 = 2 atanh(1/3)} and {@code ln(5/4) = 2 atanh(1/9)} at {@code wp + 16} bits.
     */
    private static BigInteger ln10(int wp) {
        return LN10.computeIfAbsent(wp, w -> atanhOfInverse(3, w + 16).multiply(BigInteger.valueOf(3))
                .add(atanhOfInverse(9, w + 16)).shiftRight(15));
    }

    /** {@code atanh(1/q) 2^p} for {@code q >= 3}, within {@code 2 p} units (each of at most p terms errs by 2). */
    private static BigInteger atanhOfInverse(int q, int p) {
        BigInteger power = BigInteger.ONE.shiftLeft(p).divide(BigInteger.valueOf(q));
        BigInteger sum = power;
        BigInteger q2 = BigInteger.valueOf((long) q * q);
        for (int n = 1; power.signum() != 0; n++) {
            power = power.divide(q2);
            sum = sum.add(power.divide(BigInteger.valueOf(2L * n + 1)));
        }
        return sum;
    }

    private static BigInteger pow5(long n) {
        return power(POW5, FIVE, n);
    }

    private static BigInteger pow10(long n) {
        return power(POW10, BigInteger.TEN, n);
    }

    /** {@code base^n}, cached below {@link #CACHED_POWERS} (a racy cache of immutable values is safe). */
    private static BigInteger power(BigInteger[] cache, BigInteger base, long n) {
        if (n >= CACHED_POWERS) {
            return base.pow(Math.toIntExact(n));
        }
        BigInteger v = cache[(int) n];
        if (v == null) {
            v = base.pow((int) n);
            cache[(int) n] = v;
        }
        return v;
    }
}
