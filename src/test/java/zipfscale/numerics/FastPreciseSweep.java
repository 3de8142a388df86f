package zipfscale.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;

/**
 * The honesty sweep of the 30-digit double-double path (issue 17): for every sum kind, random parameters
 * drawn across the supported ranges (README "supported ranges"; general sums: whole bounds up to 2^53,
 * exponents in [-3, 8], powers of the log up to 3) are evaluated with {@code --digits 30} semantics
 * ({@link PreciseZipfSums} / {@link PreciseGeneralSums} at 30 digits) and, whenever the double-double path
 * answered (its method names "double-double balls"), compared with the Apfloat path at 40 digits ({@code --reference-digits N}: N; which
 * never takes the double-double path: that stops at 30 digits), an independent computation in another
 * arithmetic (Apfloat Hurwitz zeta, Apfloat Euler-Maclaurin on automatic-differentiation jets, tanh-sinh
 * quadrature). A draw violates when {@code |fast - reference| > fast bound + reference bound}.
 *
 * <p>Run by {@code bench/honesty_sweep} (its {@link #main}) with thousands of draws per kind; a small
 * sample runs in {@code FastPreciseSweepTest}. Prints, per kind, the draws, how many the double-double
 * path answered, the worst ratio {@code |fast - reference|/(fast bound)}, and the first violations.
 */
final class FastPreciseSweep {
    /** What one draw gives: the 30-digit answer, or null when a domain check refused the draw. */
    record Draw(String label, PreciseEstimate fast, java.util.function.Supplier<PreciseEstimate> reference) {
    }

    /** Counts and the worst case of one kind. */
    static final class Result {
        final String kind;
        int draws;
        int answered;
        int refused;
        int referenceFailed;
        int violations;
        int crashed;
        double worstRatio;
        String worst = "";
        final List<String> failures = new ArrayList<>();
        long nanos;

        Result(String kind) {
            this.kind = kind;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s draws %5d  double-double answered %5d  refused (domain) %4d  "
                    + "reference failed %3d  crashed %d  violations %d  worst |err|/bound %.6f (%s)  %.1f s", kind, draws, answered,
                    refused, referenceFailed, crashed, violations, worstRatio, worst, nanos / 1e9);
        }
    }

    private static final long PREC = 80;
    /** Digits of the Apfloat reference ({@code --reference-digits}; 40 unless asked). */
    static int referenceDigits = 40;

    static final Map<String, Function<SplittableRandom, Draw>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("zeta", r -> {
            String a = decimal(r, 1 + logUniform(r, 1e-4, 99), r.nextInt(1, 9));
            Apfloat alpha = ap(a);
            return draw("zeta(alpha=" + a + ")", d -> PreciseZipfSums.zeta(alpha, d));
        });
        KINDS.put("tail", r -> {
            String a = decimal(r, 1 + logUniform(r, 1e-4, 99), r.nextInt(1, 9));
            String m = whole(logUniform(r, 1, 1e30) - 1);
            Apfloat alpha = ap(a);
            Apfloat ma = ap(m);
            return draw("tail(alpha=" + a + ", M=" + m + ")", d -> PreciseZipfSums.tail(alpha, ma, d));
        });
        KINDS.put("missing", r -> {
            String a = decimal(r, alpha(r, 30), r.nextInt(1, 7));
            String d = decimal3(logUniform(r, 1e-6, 1e30));
            Apfloat alpha = ap(a);
            Apfloat da = ap(d);
            return draw("missing(alpha=" + a + ", D=" + d + ")", digits -> PreciseZipfSums.missing(alpha, da, digits));
        });
        KINDS.put("expsum", r -> {
            String a = decimal(r, alpha(r, 100), r.nextInt(1, 7));
            String d = decimal3(logUniform(r, 1e-6, 1e30));
            Apfloat alpha = ap(a);
            Apfloat da = ap(d);
            return draw("expsum(alpha=" + a + ", D=" + d + ")", digits -> PreciseZipfSums.expsum(alpha, da, digits));
        });
        KINDS.put("dynsum", r -> {
            double av = alpha(r, 100);
            double bv;
            do {
                bv = logUniform(r, 0.01, 100);
            } while (av * bv > 99.9);
            String a = decimal(r, av, r.nextInt(1, 7));
            String b = decimal3(bv);
            String c = r.nextBoolean() ? "1" : decimal3(logUniform(r, 1e-6, 1e6));
            String t;
            do {
                t = decimal3(logUniform(r, 1e-6, 1e30));
            } while (Double.parseDouble(c) * Double.parseDouble(t) > 1e30 || Double.parseDouble(c) * Double.parseDouble(t) < 1e-6);
            Apfloat alpha = ap(a);
            Apfloat beta = ap(b);
            Apfloat ca = ap(c);
            Apfloat ta = ap(t);
            return draw("dynsum(alpha=" + a + ", beta=" + b + ", c=" + c + ", tau=" + t + ")",
                    digits -> PreciseZipfSums.dynsum(alpha, beta, ca, ta, digits));
        });
        KINDS.put("power", r -> generalSum(r, 0));
        KINDS.put("powerlog", r -> generalSum(r, 1 + r.nextInt(3)));
    }

    /** The draw of {@code at}: at 30 digits now (the double-double path), at the reference's digits later. */
    private static Draw draw(String label, java.util.function.IntFunction<PreciseEstimate> at) {
        return new Draw(label, at.apply(30), () -> at.apply(referenceDigits));
    }

    /** {@code sum(c*k^(-s)*Log(k)^L, k, lo, hi)}: hi finite (s in [-3, 8]) or infinite (s in (1, 9]). */
    private static Draw generalSum(SplittableRandom r, int logPower) {
        boolean infinite = r.nextBoolean();
        String s = infinite ? decimal(r, 1 + logUniform(r, 1e-3, 8), r.nextInt(0, 7))
                : r.nextInt(8) == 0 ? Integer.toString(r.nextInt(-3, 4)) : decimal(r, -3 + 11 * r.nextDouble(), r.nextInt(1, 7));
        if (infinite && new BigDecimal(s).compareTo(BigDecimal.ONE) <= 0) {
            s = "2";
        }
        String c = r.nextInt(3) == 0 ? "1" : decimal(r, -10 + 20 * r.nextDouble(), r.nextInt(1, 5));
        if (new BigDecimal(c).signum() == 0) {
            c = "1";
        }
        long lo = r.nextBoolean() ? 1 : 1 + (long) Math.floor(logUniform(r, 1, 1e9));
        long hi = infinite ? 0 : lo + (long) Math.floor(logUniform(r, 1, 1e15));
        String body = "(" + c + ")*k^(-(" + s + "))" + (logPower == 0 ? "" : "*Log(k)^" + logPower);
        Expr e = ExpressionReader.read(body, "<sweep>", 1, 1);
        Sum sum = new Sum(e, "k", Rational.of(java.math.BigInteger.valueOf(lo), java.math.BigInteger.ONE),
                infinite ? Constant.INFINITY : Rational.of(java.math.BigInteger.valueOf(hi), java.math.BigInteger.ONE));
        String label = "sum(" + body + ", k, " + lo + ", " + (infinite ? "Infinity" : Long.toString(hi)) + ")";
        PreciseEstimate fast = PreciseGeneralSums.sum(sum, new HashMap<>(), 30);
        // the Apfloat path's quadrature tolerance was absolute (10^-(digits+5)), and its bound false for a tiny
        // sum (seen: 4.5e-46 with an error of 8e-73 against a bound of 5e-91; now relative, see
        // PreciseGeneralSums.relativeTolerance): so that the reference does not rest on that alone, it sums
        // 10^E times the summand, E making it of order one, and scales back exactly (powers of ten are exact
        // in Apfloat's radix 10)
        double magnitude = Math.abs(fast.doubleValue());
        int scale = magnitude == 0 || !Double.isFinite(magnitude) ? 0 : (int) -Math.floor(Math.log10(magnitude));
        Sum scaled = scale == 0 ? sum : new Sum(Expr.mul(Expr.pow(Expr.num(10), Expr.num(scale)), e), "k", sum.lower(), sum.upper());
        return new Draw(label, fast, () -> {
            PreciseEstimate ref = PreciseGeneralSums.sum(scaled, new HashMap<>(), referenceDigits);
            Apfloat back = ExactApfloat.tenToThe(-scale, PREC);
            return new PreciseEstimate(ref.value().multiply(back), ref.error().multiply(back), ref.digits(), ref.method());
        });
    }

    private static Apfloat ap(String v) {
        return new Apfloat(v, PREC);
    }

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.pow(10, Math.log10(lo) + (Math.log10(hi) - Math.log10(lo)) * r.nextDouble());
    }

    /** alpha in (1.001, hi): half near 1 (log-uniform distance), half uniform. */
    private static double alpha(SplittableRandom r, double hi) {
        return r.nextBoolean() ? 1.001 + logUniform(r, 1e-4, hi - 1.0011) : 1.0011 + (hi - 1.0012) * r.nextDouble();
    }

    /** v with the given decimal places (rounded half-even), as a plain string. */
    private static String decimal(SplittableRandom r, double v, int places) {
        return new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** v to three significant digits. */
    private static String decimal3(double v) {
        return new BigDecimal(v).round(new MathContext(3)).toString().replace("E+", "e").replace("E", "e");
    }

    private static String whole(double v) {
        return new BigDecimal(Math.floor(Math.max(0, v))).toBigInteger().toString();
    }

    /** {@code draws} draws of one kind from the given seed. */
    static Result run(String kind, int draws, long seed) {
        return run(kind, draws, seed, false);
    }

    /** As {@link #run(String, int, long)}, printing a line every 250 draws when {@code progress}. */
    static Result run(String kind, int draws, long seed, boolean progress) {
        Result res = new Result(kind);
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + kind.hashCode());
        long t0 = System.nanoTime();
        for (int i = 0; i < draws; i++) {
            if (progress && i > 0 && i % 250 == 0) {
                System.out.printf(Locale.ROOT, "  ... %s: %d draws, %d answered, %d violations, %.1f s%n", kind, i, res.answered,
                        res.violations, (System.nanoTime() - t0) / 1e9);
                System.out.flush();
            }
            res.draws++;
            Draw d;
            try {
                d = KINDS.get(kind).apply(r);
            } catch (zipfscale.diag.DomainException | EvaluationException ex) {
                res.refused++;
                continue;
            } catch (RuntimeException ex) {
                // the 30-digit evaluation itself broke (not a refusal): a failure like a violation
                res.crashed++;
                if (res.failures.size() < 10) {
                    res.failures.add("draw " + i + ": the 30-digit evaluation threw " + ex);
                }
                continue;
            }
            if (!d.fast().method().contains("double-double")) {
                continue;
            }
            res.answered++;
            PreciseEstimate ref;
            try {
                ref = d.reference().get();
            } catch (RuntimeException ex) {
                res.referenceFailed++;
                if (res.failures.size() < 10) {
                    res.failures.add(d.label() + ": the " + referenceDigits + "-digit reference failed: " + ex);
                }
                continue;
            }
            Apfloat gap = ApfloatMath.abs(d.fast().value().subtract(ref.value()));
            Apfloat allowed = d.fast().error().add(ref.error());
            double ratio = d.fast().error().signum() == 0 ? (gap.signum() == 0 ? 0 : Double.POSITIVE_INFINITY)
                    : gap.divide(d.fast().error().precision(20)).doubleValue();
            if (ratio > res.worstRatio) {
                res.worstRatio = ratio;
                res.worst = d.label();
            }
            if (gap.compareTo(allowed) > 0) {
                res.violations++;
                if (res.failures.size() < 10) {
                    res.failures.add(d.label() + ": |" + d.fast().value().toString(true) + " - " + ref.value().toString(true)
                            + "| = " + gap.precision(4) + " > " + d.fast().error() + " + " + ref.error().precision(4));
                }
            }
        }
        res.nanos = System.nanoTime() - t0;
        return res;
    }

    /** {@code [--draws N] [--seed N] [kind ...]}: exit 1 on any violation or failed reference. */
    public static void main(String[] args) {
        int draws = 2000;
        long seed = 17;
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--draws" -> draws = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reference-digits" -> referenceDigits = Integer.parseInt(args[++i]);
                default -> {
                    if (!KINDS.containsKey(args[i])) {
                        System.err.println("unknown kind " + args[i] + "; kinds: " + KINDS.keySet());
                        System.exit(2);
                    }
                    kinds.add(args[i]);
                }
            }
        }
        if (kinds.isEmpty()) {
            kinds.addAll(KINDS.keySet());
        }
        System.out.printf(Locale.ROOT, "honesty sweep of the 30-digit double-double path: %d draws per kind, seed %d, "
                + "load average %.2f on %d cores%n", draws, seed,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        boolean bad = false;
        for (String k : kinds) {
            Result res = run(k, draws, seed, true);
            System.out.println(res);
            res.failures.forEach(f -> System.out.println("  " + f));
            System.out.flush();
            bad |= res.violations > 0 || res.referenceFailed > 0 || res.crashed > 0;
        }
        System.out.printf(Locale.ROOT, "total %.1f s; %s%n", (System.nanoTime() - t0) / 1e9, bad ? "FAILED" : "no bound below a true error");
        System.exit(bad ? 1 : 0);
    }
}
