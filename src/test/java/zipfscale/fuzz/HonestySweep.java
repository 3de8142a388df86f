package zipfscale.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import zipfscale.cli.InProcessCommandLine;

/**
 * The honesty sweep of issue 21: for every {@code eval} function, random arguments drawn across the whole
 * supported range (README "Supported ranges", {@code numerics.SupportedRange}) are evaluated in double and
 * compared with the 40-digit mode ({@code --digits 40}, whose own bound is added); and, for about one
 * draw in a hundred (at least one per function), one argument just outside its range must give a domain
 * error (exit 2 naming the range), never a value.
 *
 * <p>A draw inside the range may also be refused (exit 2) when the result underflows double precision;
 * those are counted, not compared. The variants with the slowly varying factor ({@code c} of tail and
 * expsum) have no 40-digit mode and are left out.
 */
final class HonestySweep {
    /** One function: how to draw a call inside the range, and one just outside it. */
    record Spec(String name, Function<SplittableRandom, String> inside, Function<SplittableRandom, String> outside) {
    }

    /** Counts and the first failures. */
    static final class Result {
        int compared;
        int refused;
        int outsideRefused;
        int referenceUnavailable;
        final List<String> failures = new ArrayList<>();
    }

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.pow(10, Math.log10(lo) + (Math.log10(hi) - Math.log10(lo)) * r.nextDouble());
    }

    private static String num(double v) {
        return Double.toString(v).replace("E", "e");
    }

    /** alpha in [1.001, hi]: half near 1 (log-uniform distance), half uniform. */
    private static double alpha(SplittableRandom r, double hi) {
        return r.nextBoolean() ? 1 + logUniform(r, 1e-3, hi - 1) : 1.001 + (hi - 1.001) * r.nextDouble();
    }

    /** A size: 0 sometimes, else log-uniform in [1e-6, 1e30]. */
    private static double size(SplittableRandom r) {
        return r.nextInt(20) == 0 ? 0 : logUniform(r, 1e-6, 1e30);
    }

    static final List<String> KERNELS = List.of("exp", "gauss", "inv1pu", "inv1pu2", "step", "poisson3");

    static final List<Spec> SPECS = List.of(
            new Spec("zeta", r -> "zeta(alpha=" + num(1 + logUniform(r, 1e-6, 1e3)) + ")", r -> "zeta(alpha=0.999)"),
            new Spec("tail", r -> "tail(alpha=" + num(1 + logUniform(r, 1e-4, 100)) + ", M="
                    + String.format(Locale.ROOT, "%.0f", Math.floor(logUniform(r, 1, 1e300))) + ")",
                    r -> r.nextBoolean() ? "tail(alpha=1.5, M=-1)" : "tail(alpha=1.5, M=2.5)"),
            new Spec("missing", r -> "missing(alpha=" + num(alpha(r, 30)) + ", D=" + num(size(r)) + ")",
                    r -> List.of("missing(alpha=30.3, D=10)", "missing(alpha=2, D=1.01e30)",
                            "missing(alpha=2, D=9.9e-7)", "missing(alpha=1.00099, D=10)").get(r.nextInt(4))),
            new Spec("expsum", r -> "expsum(alpha=" + num(alpha(r, 100)) + ", D=" + num(size(r)) + ")",
                    r -> List.of("expsum(alpha=101, D=10)", "expsum(alpha=2, D=1.01e30)").get(r.nextInt(2))),
            new Spec("threshold", r -> "threshold(alpha=" + num(alpha(r, 6)) + ", D="
                    + String.format(Locale.ROOT, "%.0f", Math.floor(logUniform(r, 1, 1e30))) + ", m0="
                    + (1 + r.nextInt(r.nextBoolean() ? 5 : 20)) + ")",
                    r -> List.of("threshold(alpha=6.06, D=100, m0=2)", "threshold(alpha=2, D=1.01e30, m0=2)",
                            "threshold(alpha=2, D=100, m0=21)").get(r.nextInt(3))),
            new Spec("dynsum", r -> kernelCall(r, "dynsum", "c", null),
                    r -> List.of("dynsum(alpha=2, beta=0.0099, tau=10)", "dynsum(alpha=2, beta=101, tau=10)",
                            "dynsum(alpha=20, beta=5.1, tau=10)", "dynsum(alpha=2, beta=1, c=1.01e6, tau=10)",
                            "dynsum(alpha=2, beta=1, tau=1.01e30)").get(r.nextInt(5))),
            new Spec("kernelsum", r -> kernelCall(r, "kernelsum", "a", KERNELS.get(r.nextInt(KERNELS.size()))),
                    r -> List.of("kernelsum(alpha=101, beta=1, tau=10, g=gauss)",
                            "kernelsum(alpha=2, beta=1, a=9.9e-7, tau=10, g=inv1pu)").get(r.nextInt(2))),
            new Spec("mellin", HonestySweep::mellinCall,
                    r -> List.of("mellin(g=exp, s=20.2)", "mellin(g=inv1pu, s=0.9995)", "mellin(g=gauss, s=0.0009)")
                            .get(r.nextInt(3))));

    private static String kernelCall(SplittableRandom r, String f, String scaleName, String kernel) {
        double a = alpha(r, 100);
        double beta;
        do {
            beta = logUniform(r, 0.01, 100);
        } while (a * beta > 100);
        double scale = r.nextBoolean() ? 1 : logUniform(r, 1e-6, 1e6);
        double tau;
        do {
            tau = size(r);
        } while (tau != 0 && (scale * tau > 1e30 || scale * tau < 1e-6));
        return f + "(alpha=" + num(a) + ", beta=" + num(beta) + (scale == 1 ? "" : ", " + scaleName + "=" + num(scale))
                + ", tau=" + num(tau) + (kernel == null ? "" : ", g=" + kernel) + ")";
    }

    private static String mellinCall(SplittableRandom r) {
        String g = KERNELS.get(r.nextInt(KERNELS.size()));
        double hi = switch (g) {
            case "inv1pu" -> 1 - 1e-3;
            case "inv1pu2" -> 2 - 1e-3;
            default -> 20;
        };
        double s = r.nextBoolean() ? logUniform(r, 1e-3, hi) : 1e-3 + (hi - 1e-3) * r.nextDouble();
        return "mellin(g=" + g + ", s=" + num(s) + ")";
    }

    private final InProcessCommandLine cli = new InProcessCommandLine();
    private final ObjectMapper json = new ObjectMapper();

    /** {@code perFunction} draws inside the range for every function, and the outside draws. */
    Result run(long seed, int perFunction) {
        Result res = new Result();
        for (Spec spec : SPECS) {
            SplittableRandom r = new SplittableRandom(seed * 31 + spec.name().hashCode());
            int outside = Math.max(1, perFunction / 100);
            for (int k = 0; k < perFunction; k++) {
                inside(spec.inside().apply(r), res);
            }
            for (int k = 0; k < outside; k++) {
                outside(spec.outside().apply(r), res);
            }
        }
        return res;
    }

    private void inside(String call, Result res) {
        InProcessCommandLine.Result d = cli.run("eval", call, "--json");
        if (d.exit() == 2 && d.err().contains("underflows double precision")) {
            res.refused++;
            return;
        }
        if (d.exit() != 0) {
            res.failures.add(call + ": inside the supported range, exit " + d.exit() + ": " + Probe.firstLine(d.err()));
            return;
        }
        InProcessCommandLine.Result p = cli.run("eval", call, "--json", "--digits", "40");
        if (p.exit() != 0) {
            res.referenceUnavailable++;
            res.failures.add(call + ": the 40-digit reference failed, exit " + p.exit() + ": " + Probe.firstLine(p.err()));
            return;
        }
        try {
            JsonNode dj = json.readTree(d.out());
            JsonNode pj = json.readTree(p.out());
            BigDecimal v = new BigDecimal(dj.get("value").asText());
            BigDecimal e = new BigDecimal(dj.get("error").asText());
            BigDecimal pv = new BigDecimal(pj.get("value").asText());
            BigDecimal pe = new BigDecimal(pj.get("error").asText());
            res.compared++;
            BigDecimal gap = v.subtract(pv).abs();
            if (gap.compareTo(e.add(pe)) > 0) {
                res.failures.add(call + ": false bound: |" + v + " - " + pv + "| = " + gap.round(new java.math.MathContext(3))
                        + " > " + e + " + " + pe);
            }
        } catch (IOException | RuntimeException ex) {
            res.failures.add(call + ": unreadable output " + ex);
        }
    }

    private void outside(String call, Result res) {
        InProcessCommandLine.Result d = cli.run("eval", call, "--json");
        if (d.exit() == 2 && d.err().contains("outside")) {
            res.outsideRefused++;
        } else {
            res.failures.add(call + ": outside the supported range but exit " + d.exit() + " " + d.out().strip()
                    + Probe.firstLine(d.err()));
        }
    }
}
