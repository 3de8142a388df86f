package zipfscale.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.numerics.ZipfSums;
import zipfscale.render.JsonText;

/**
 * {@code zipfscale bench}: median wall-clock microseconds per double-precision evaluation of
 * {@code missing}, {@code dynsum}, {@code tail} and {@code expsum} over a grid alpha in [1.05, 5],
 * beta in [0.2, 5], D and tau in [1, 1e18]. Each grid point is warmed up, then timed over
 * {@code --reps} calls; the table gives the median and the maximum over grid points of the
 * per-point mean. Target (issue 4): median <= 20 microseconds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the double-precision Zipf sums over a parameter grid.")
public final class BenchCommand implements Runnable {
    static final double[] ALPHAS = {1.05, 1.1, 1.5, 2, 3, 5};
    static final double[] BETAS = {0.2, 0.5, 1, 2, 5};
    static final double[] SCALES = {1, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18};

    @Option(names = "--reps", description = "timed calls per grid point (default ${DEFAULT-VALUE})")
    int reps = 50;

    @Option(names = "--warmup", description = "untimed passes over the whole grid first (default ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--json", description = "print the table as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private record Row(String function, int points, double median, double p90, double max) {
    }

    @Override
    public void run() {
        List<Row> rows = new ArrayList<>();
        rows.add(time("missing(alpha, D)", grid2((a, d) -> () -> ZipfSums.missing(a, d).value())));
        rows.add(time("expsum(alpha, D)", grid2((a, d) -> () -> ZipfSums.expsum(a, d).value())));
        rows.add(time("tail(alpha, M)", grid2((a, m) -> () -> ZipfSums.tail(a, m).value())));
        List<DoubleSupplier> dyn = new ArrayList<>();
        for (double a : ALPHAS) {
            for (double b : BETAS) {
                for (double t : SCALES) {
                    dyn.add(() -> ZipfSums.dynsum(a, b, 1, t).value());
                }
            }
        }
        rows.add(time("dynsum(alpha, beta, 1, tau)", dyn));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode arr = JsonText.array();
            for (Row r : rows) {
                ObjectNode n = arr.addObject();
                n.put("function", r.function);
                n.put("points", r.points);
                n.put("median_us", r.median);
                n.put("p90_us", r.p90);
                n.put("max_us", r.max);
            }
            out.println(JsonText.compact(arr));
        } else {
            out.printf(Locale.ROOT, "%-30s %7s %12s %10s %10s%n", "function", "points", "median(us)", "p90(us)", "max(us)");
            for (Row r : rows) {
                out.printf(Locale.ROOT, "%-30s %7d %12.2f %10.2f %10.2f%n", r.function, r.points, r.median, r.p90, r.max);
            }
            out.printf(Locale.ROOT, "grid: alpha %s, beta %s, D/tau/M %s; %d reps per point after %d warm-up passes%n",
                    Arrays.toString(ALPHAS), Arrays.toString(BETAS), Arrays.toString(SCALES), reps, warmup);
        }
        out.flush();
    }

    private interface Point2 {
        DoubleSupplier at(double alpha, double x);
    }

    private static List<DoubleSupplier> grid2(Point2 p) {
        List<DoubleSupplier> list = new ArrayList<>();
        for (double a : ALPHAS) {
            for (double x : SCALES) {
                list.add(p.at(a, x));
            }
        }
        return list;
    }

    private Row time(String name, List<DoubleSupplier> points) {
        double sink = 0;
        for (int w = 0; w < warmup; w++) {
            for (DoubleSupplier s : points) {
                for (int i = 0; i < 20; i++) {
                    sink += s.getAsDouble();
                }
            }
        }
        double[] micros = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            DoubleSupplier s = points.get(i);
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                sink += s.getAsDouble();
            }
            micros[i] = (System.nanoTime() - t0) / 1e3 / reps;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("NaN in benchmark");
        }
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Row(name, micros.length, sorted[sorted.length / 2], sorted[(int) Math.floor(0.9 * (sorted.length - 1))],
                sorted[sorted.length - 1]);
    }
}
