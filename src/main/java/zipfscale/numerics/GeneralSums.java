package zipfscale.numerics;

import java.util.Map;
import zipfscale.expr.Constant;
import zipfscale.expr.Sum;

/**
 * Any sum {@code Sum(f(k), {k, lo, hi})} with a smooth summand, in double with an error bound, at a cost
 * that does not grow with hi: a finite sum with hi up to 1e15 and beyond, and a convergent infinite sum.
 * The head {@code lo <= k < N} is summed directly, the rest by Euler-Maclaurin (DLMF 2.10.1):
 * <pre>
 *   sum_{k=N}^{M} f(k) = int_N^M f + (f(N) + f(M))/2 + sum_{j=1..m} B_2j/(2j)! (f^(2j-1)(M) - f^(2j-1)(N)) + R_m
 * </pre>
 * with the derivatives from Taylor jets ({@link CompiledSummand}) and the integral by Gauss-Kronrod in
 * log x; for {@code hi = Infinity} the M terms vanish ({@link EulerMaclaurin}). The cut-off N starts at
 * lo + 16 and is pushed out (x4) until the corrections decrease to below 1e-15 of the sum at both ends;
 * the error bound is the quadrature's + 4 |first omitted correction| + rounding, as in
 * {@link EulerMaclaurin}. Sums of at most {@value #DIRECT} terms are added directly.
 *
 * <p>An infinite sum is evaluated only where {@link SummandDecay} establishes its convergence at the
 * point; otherwise (and for a summand the jets cannot carry) an {@link EvaluationException} marked
 * unsupported says why: never a value by analytic continuation.
 */
public final class GeneralSums {
    static final int DIRECT = 64;
    private static final int M = 8;
    private static final double EPS = Math.ulp(1.0);
    private static final long MAX_HEAD = 1 << 16;
    /** Above this many terms a sum that Euler-Maclaurin cannot do is refused rather than added term by term. */
    private static final double MAX_TERMS = 1 << 20;

    private GeneralSums() {
    }

    /** The sum at the point {@code env} (values of every free symbol but the index). */
    public static Estimate sum(Sum s, Map<String, Double> env) {
        return prepare(s, env).evaluate();
    }

    /** A sum read for one point: its bounds, convergence and summand analysed once; evaluate() sums it. */
    @FunctionalInterface
    public interface Prepared {
        /** The value with its error bound. */
        Estimate evaluate();
    }

    /**
     * Reads the sum at the point {@code env}: bounds, convergence of an infinite sum (SummandDecay), the
     * summand compiled, and a summand {@code c k^-s (log k)^L} recognised for {@link PowerLogSum} (closed
     * form derivatives and integral; the general path when that refuses). Errors of reading are thrown here.
     */
    public static Prepared prepare(Sum s, Map<String, Double> env) {
        double lo = DoubleEvaluator.evaluate(s.lower(), env);
        if (lo != Math.rint(lo) || !Double.isFinite(lo)) {
            throw EvaluationException.undefined("the first index of a sum must be a whole number, not " + lo);
        }
        boolean infinite = s.upper() instanceof Constant c && c.kind() == Constant.Kind.INFINITY;
        double hi;
        if (infinite) {
            String why = SummandDecay.whyNotConvergent(s.body(), s.index(), env);
            if (why != null) {
                throw EvaluationException.unsupported("the infinite sum is not evaluated here: " + why);
            }
            hi = Double.POSITIVE_INFINITY;
        } else {
            // a last index that is not whole means its floor (Mathematica's and Symja's Sum: k = lo, lo + 1, ... <= hi)
            hi = Math.floor(DoubleEvaluator.evaluate(s.upper(), env));
            if (!Double.isFinite(hi)) {
                throw EvaluationException.undefined("the last index of a sum must be finite");
            }
        }
        CompiledSummand f = CompiledSummand.compile(s.body(), s.index(), env);
        Prepared general = infinite ? () -> infinite(f, lo) : () -> finite(f, lo, hi);
        PowerLogForm form = PowerLogForm.match(s.body(), s.index(), env);
        if (form == null || !PowerLogSum.supports(form.s(), form.logPower(), lo, hi)) {
            return general;
        }
        return () -> {
            Estimate e;
            try {
                e = PowerLogSum.sum(form.s(), form.logPower(), lo, hi);
            } catch (ArithmeticException ex) {
                return general.evaluate();
            }
            double v = form.c() * e.value();
            return new Estimate(v, Math.abs(form.c()) * e.error() + EPS * Math.abs(v), e.method());
        };
    }

    static Estimate infinite(CompiledSummand f, double lo) {
        try {
            return EulerMaclaurin.sum(f, lo, "general sum: head");
        } catch (ArithmeticException ex) {
            throw EvaluationException.unsupported("the infinite sum could not be evaluated: " + ex.getMessage());
        }
    }

    static Estimate finite(CompiledSummand f, double lo, double hi) {
        if (hi < lo) {
            return new Estimate(0, 0, "empty sum");
        }
        if (hi - lo < DIRECT) {
            return direct(f, lo, hi);
        }
        try {
            return eulerMaclaurin(f, lo, hi);
        } catch (ArithmeticException ex) {
            throw EvaluationException.unsupported("the sum could not be evaluated: " + ex.getMessage());
        }
    }

    private static Estimate direct(CompiledSummand f, double lo, double hi) {
        if (hi - lo >= MAX_TERMS) {
            throw EvaluationException.unsupported("Euler-Maclaurin does not converge for this summand, and "
                    + (hi - lo + 1) + " terms are too many to add");
        }
        double s = 0;
        double abs = 0;
        for (double k = hi; k >= lo; k--) {
            double t = f.at(k);
            s += t;
            abs += Math.abs(t);
        }
        return new Estimate(s, (hi - lo + 2) * EPS * abs, "added term by term");
    }

    private static Estimate eulerMaclaurin(CompiledSummand f, double lo, double hi) {
        double head = 0;
        double headAbs = 0;
        double done = lo;
        for (double n = Math.max(16, lo + 16); ; n = Math.max(16, lo + 4 * (n - lo))) {
            if (n >= hi - 2 || n - lo > MAX_HEAD) {
                return direct(f, lo, hi);
            }
            for (double k = n - 1; k >= done; k--) {
                double t = f.at(k);
                head += t;
                headAbs += Math.abs(t);
            }
            done = n;
            Jet a = f.at(Jet.variable(n, 2 * M + 1));
            Jet b = f.at(Jet.variable(hi, 2 * M + 1));
            double corr = 0.5 * (a.value() + b.value());
            double last = Double.MAX_VALUE;
            boolean decreasing = true;
            for (int j = 1; j <= M; j++) {
                double ta = Bernoulli.over2j(j) * a.coefficient(2 * j - 1);
                double tb = Bernoulli.over2j(j) * b.coefficient(2 * j - 1);
                corr += tb - ta;
                double size = Math.abs(ta) + Math.abs(tb);
                if (j > 2 && size > last && size > 0) {
                    decreasing = false;
                }
                last = size;
            }
            double omitted = Math.abs(Bernoulli.over2j(M + 1))
                    * (Math.abs(a.coefficient(2 * M + 1)) + Math.abs(b.coefficient(2 * M + 1)));
            if (!Double.isFinite(corr) || !Double.isFinite(omitted)) {
                throw new ArithmeticException("the summand's derivatives are not finite at " + n + " or " + hi);
            }
            Estimate integral = f.integral(n, hi);
            double total = head + integral.value() + corr;
            double scale = headAbs + Math.abs(integral.value()) + Math.abs(corr);
            double small = 1e-15 * Math.abs(total);
            boolean converged = omitted <= small && (decreasing || last <= small);
            if (converged) {
                double err = integral.error() + 4 * omitted + (n - lo + 20) * EPS * scale;
                return new Estimate(total, err, "general sum: head " + (long) lo + ".." + (long) (n - 1)
                        + " + Euler-Maclaurin on [" + (long) n + ", " + hi + "], integral by " + integral.method());
            }
        }
    }
}
