package zipfscale.check;

import zipfscale.asymptotic.ZipfWeight;
import zipfscale.asymptotic.StepText;

import java.math.BigDecimal;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.numerics.Estimate;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.ExprKernel;
import zipfscale.numerics.Kernel;
import zipfscale.numerics.PreciseEstimate;
import zipfscale.numerics.PreciseZipfSums;
import zipfscale.numerics.ZipfSums;
import zipfscale.asymptotic.ZipfSumLemmas;
import zipfscale.asymptotic.MellinTable;
import zipfscale.asymptotic.AsymptoticFailure;
import zipfscale.numerics.ExactApfloat;

/**
 * Numeric values of the Zipf sums of an asymptotic claim, with their error bounds, through the numeric
 * engine ({@link ZipfSums} in double, {@link PreciseZipfSums} at 40 or 60 digits; cost independent of x),
 * after recognising each sum's form ({@link ZipfSumLemmas#recognise}). A sum the engine cannot evaluate is
 * an {@link EvaluationException}. The parameters of a sum (alpha, the weight's constant, the factor, the
 * kernel's a and beta) are x-free and come from the caller at 40 digits.
 */
final class ZipfSumValues {
    /** {@link #evaluate}'s limit on each sum's relative error bound. */
    static final double MAX_RELATIVE_ERROR = 1e-7;

    private final ZipfSumLemmas lemmas;
    private final NumericBackend numeric;
    private final java.util.Map<String, Apfloat> zetas = new java.util.HashMap<>();

    ZipfSumValues(ZipfSumLemmas lemmas, NumericBackend numeric) {
        this.lemmas = lemmas;
        this.numeric = numeric;
    }

    /**
     * {@code e} at the point in double, each Zipf sum by the double engine (its relative error bound at most
     * {@link #MAX_RELATIVE_ERROR}, else an {@link EvaluationException}), the rest by the numeric backend:
     * for callers that need one value, not a bound ({@link ZipfSumEvaluation}).
     */
    double evaluate(Expr e, java.util.Map<String, Double> point) {
        Function<Expr, Apfloat> constant = c -> ExactApfloat.decimal(new BigDecimal(numeric.evaluateDouble(c,
                new java.util.HashMap<>(point))), 30);
        Expr replaced = new zipfscale.expr.Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                Bounded b = sum(s, point, 0, constant);
                if (!(b.relativeError() <= MAX_RELATIVE_ERROR)) {
                    throw EvaluationException.unsupported("numeric engine error too large: " + b.value() + " +- " + b.error());
                }
                return BoundedEvaluation.literal(b.value());
            }

            @Override
            public Expr visitCall(zipfscale.expr.Call c) {
                if (NumericArgMin.handles(c)) {
                    double v = NumericArgMin.minimise(c, point, numeric::evaluateDouble).n();
                    return new zipfscale.expr.Decimal(new BigDecimal(v), Double.toString(v));
                }
                return super.visitCall(c);
            }
        }.rewrite(e);
        return numeric.evaluateDouble(replaced, new java.util.HashMap<>(point));
    }

    /**
     * The sum at the point, at {@code digits} (0: double engine); {@code constant} evaluates x-free
     * expressions.
     */
    Bounded sum(Sum s, java.util.Map<String, Double> point, int digits, Function<Expr, Apfloat> constant) {
        ZipfSumLemmas.Form f;
        try {
            f = lemmas.recognise(s);
        } catch (AsymptoticFailure ex) {
            return general(lemmas.inlineWeights(s), point, digits, ex.getMessage());
        }
        long prec = (digits == 0 ? 30 : digits) + 10L;
        double xv = point.get(lemmas.variable());
        Apfloat xa = ExactApfloat.decimal(new BigDecimal(xv), prec);
        if (f instanceof ZipfSumLemmas.Tail t) {
            Apfloat alpha = constant.apply(t.w().alpha());
            // sum_{k >= L} c k^-alpha = c zeta(alpha) * tail(alpha, L - 1) = c zeta(alpha, L)
            Apfloat c = constant.apply(t.w().c());
            if (alpha.compareTo(new Apfloat(1)) <= 0 && c.signum() != 0) {
                // the Hurwitz zeta there is an analytic continuation, never the value of the sum
                throw new zipfscale.numerics.DivergentSumException("the infinite sum " + StepText.of(s)
                        + " diverges here: its exponent " + StepText.of(t.w().alpha()) + " = " + alpha.precision(12)
                        + " <= 1");
            }
            Apfloat scale = constant.apply(t.factor()).multiply(c);
            Apfloat m = numeric.evaluatePrecise(t.lower(), BoundedEvaluation.exact(point), (int) prec)
                    .subtract(new Apfloat(1));
            if (!m.isInteger()) {
                throw EvaluationException.unsupported("the first index of a tail is not a whole number");
            }
            if (t.logPower() != null) {
                if (digits != 0) {
                    throw EvaluationException.undefined("tails with a log factor are summed in double only");
                }
                return scaled(scale, zipfscale.numerics.RegularlyVaryingSums.logTail(dbl(alpha),
                        dbl(constant.apply(t.logPower())), dbl(m)), digits, prec);
            }
            if (digits == 0) {
                return scaled(scale.multiply(zeta(alpha, digits)), ZipfSums.tail(dbl(alpha), dbl(m)), digits, prec);
            }
            return scaled(scale, PreciseZipfSums.hurwitz(alpha, m.add(new Apfloat(1)), digits), digits, prec);
        }
        ZipfSumLemmas.Harmonic h = (ZipfSumLemmas.Harmonic) f;
        Apfloat alpha = constant.apply(h.w().alpha());
        if (alpha.compareTo(new Apfloat(1)) <= 0) {
            // the weights' normaliser sum k^-alpha diverges: zeta(alpha) would be its analytic continuation
            throw EvaluationException.unsupported("the weights' normaliser Sum(k^(-alpha)) diverges here: alpha = "
                    + alpha.precision(12) + " <= 1");
        }
        Apfloat cz = constant.apply(h.w().c()).multiply(zeta(alpha, digits));
        Apfloat b = constant.apply(h.factor());
        if (h.missing()) {
            // the weights' constant is known to the stage's precision: 1e-12 in double (as {@link #evaluate} gives it)
            if (ApfloatMath.abs(cz.subtract(new Apfloat(1))).doubleValue() > (digits == 0 ? 1e-12 : 1e-30)) {
                throw EvaluationException.unsupported("the missing-mass engine needs weights k^-alpha/zeta(alpha)");
            }
            if (digits == 0) {
                return scaled(b, ZipfSums.missing(dbl(alpha), xv), digits, prec);
            }
            return scaled(b, PreciseZipfSums.missing(alpha, xa, digits), digits, prec);
        }
        Apfloat beta = constant.apply(h.beta());
        Apfloat a = constant.apply(h.a());
        Expr sExp = Expr.mul(Expr.sub(h.w().alpha(), Expr.num(1)), Expr.pow(Expr.mul(h.w().alpha(), h.beta()), Expr.num(-1)));
        // a kernel of the table with a built-in engine kernel, else the expression itself on jets
        Kernel kernel = MellinTable.match(h.kernel(), h.u(), sExp).map(MellinTable.Entry::kernel).orElse(null);
        if (kernel == null) {
            kernel = new ExprKernel(h.kernel(), h.u());
        }
        Apfloat amp = a.multiply(ApfloatMath.pow(cz, beta));
        Apfloat scale = b.multiply(cz);
        if (digits == 0) {
            return scaled(scale, ZipfSums.kernelsum(dbl(alpha), dbl(beta), dbl(amp), xv,
                    kernel), digits, prec);
        }
        return scaled(scale, PreciseZipfSums.kernelsum(alpha, beta, amp, xa, kernel, digits), digits, prec);
    }

    /**
     * Whether each Zipf sum of {@code e} converges at the parameter point (x-free), its exponent evaluated
     * at 40 digits: a tail {@code sum c k^-s} with c != 0 and s <= 1 is a {@link
     * zipfscale.numerics.DivergentSumException} (certain divergence), a weighted sum whose normaliser
     * {@code sum k^-alpha} diverges is "cannot evaluate". Sums the lemmas do not recognise are left to the
     * evaluation itself.
     */
    void requireConvergence(Expr e, java.util.Map<String, BigDecimal> point) {
        java.util.List<Sum> sums = new java.util.ArrayList<>();
        new zipfscale.expr.Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                sums.add(s);
                return super.visitSum(s);
            }
        }.rewrite(e);
        for (Sum s : sums) {
            ZipfSumLemmas.Form f;
            try {
                f = lemmas.recognise(s);
            } catch (AsymptoticFailure ex) {
                continue;
            }
            ZipfWeight w = f instanceof ZipfSumLemmas.Tail t ? t.w() : ((ZipfSumLemmas.Harmonic) f).w();
            Apfloat alpha = numeric.evaluatePrecise(w.alpha(), point, 40);
            if (alpha.compareTo(new Apfloat(1)) > 0) {
                continue;
            }
            if (f instanceof ZipfSumLemmas.Tail t && numeric.evaluatePrecise(t.w().c(), point, 40).signum() != 0) {
                throw new zipfscale.numerics.DivergentSumException("the infinite sum " + StepText.of(s)
                        + " diverges here: its exponent " + StepText.of(w.alpha()) + " = " + alpha.precision(12)
                        + " <= 1");
            }
            throw EvaluationException.unsupported("the weights' normaliser Sum(k^(-alpha)) of " + StepText.of(s)
                    + " diverges here: alpha = " + alpha.precision(12) + " <= 1");
        }
    }

    /** Apfloat to double through its decimal text (Apfloat's own doubleValue is not always correctly rounded). */
    static double dbl(Apfloat a) {
        return new BigDecimal(a.toString(true)).doubleValue();
    }

    /**
     * zeta(alpha) at the precision of the constants (only its ratio to the weights' normaliser matters),
     * cached: the witness asks for it at every x of a parameter point.
     */
    private Apfloat zeta(Apfloat alpha, int digits) {
        int d = BoundedEvaluation.constantDigits(digits);
        return zetas.computeIfAbsent(alpha.toString(true) + "@" + d, key -> PreciseZipfSums.zeta(alpha, d).value());
    }

    /**
     * {@code scale * e}: the engine's bound times |scale|, plus 10^-(constant digits) relative for the
     * constants in the scale (evaluated to more digits than that: {@link BoundedEvaluation}).
     */
    /**
     * A sum that is not a Zipf sum of the lemma library (a finite sum with a growing bound, a kernel of
     * k/n, ...): the general engine (head + Euler-Maclaurin, each with its error bound), which refuses
     * an infinite sum whose convergence at the point it cannot establish.
     */
    private static Bounded general(Sum s, java.util.Map<String, Double> point, int digits, String notZipf) {
        long prec = (digits == 0 ? 30 : digits) + 10L;
        Apfloat one = new Apfloat(1, prec);
        try {
            if (digits == 0) {
                return scaled(one, zipfscale.numerics.GeneralSums.sum(s, point), digits, prec);
            }
            java.util.Map<String, Apfloat> env = new java.util.HashMap<>();
            point.forEach((k, v) -> env.put(k, ExactApfloat.decimal(new BigDecimal(v), prec)));
            return scaled(one, zipfscale.numerics.PreciseGeneralSums.sum(s, env, digits), digits, prec);
        } catch (EvaluationException ex) {
            throw EvaluationException.unsupported("numeric engine cannot evaluate this sum: " + notZipf
                    + "; as a general sum: " + ex.getMessage());
        }
    }

    private static Bounded scaled(Apfloat scale, Estimate e, int digits, long prec) {
        Apfloat v = ExactApfloat.decimal(new BigDecimal(e.value()), prec).multiply(scale);
        Apfloat err = ExactApfloat.decimal(new BigDecimal(e.error()), 20).multiply(ApfloatMath.abs(scale));
        return new Bounded(v, err.add(BoundedEvaluation.constantError(v, digits)));
    }

    private static Bounded scaled(Apfloat scale, PreciseEstimate e, int digits, long prec) {
        Apfloat v = e.value().precision(prec).multiply(scale);
        Apfloat err = e.error().multiply(ApfloatMath.abs(scale));
        return new Bounded(v, err.add(BoundedEvaluation.constantError(v, digits)));
    }
}
