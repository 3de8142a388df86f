import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.numerics.GeneralSums;

/**
 * Benchmark of the general-sum engine in double (issue 14: sum(k^(-1/2), k, 1, 1e15) under 50 microseconds).
 * Run: bench/sum_bench.sh (builds the classes, then java -cp target/classes:DEPS bench/SumBench.java).
 * Reports, per sum, the median over 21 batches of the mean wall-clock AND thread-CPU microseconds per call
 * (the machine is shared: CPU time is what the code costs, wall time what a user waits), and the load average.
 */
public final class SumBench {
    public static void main(String[] args) {
        Expr k = Expr.sym("k");
        Map<String, Expr[]> sums = new java.util.LinkedHashMap<>();
        sums.put("sum(k^(-1/2), k, 1, 1e15)", new Expr[] {Expr.pow(k, Expr.frac(-1, 2)), Expr.num(1), Expr.num(1_000_000_000_000_000L)});
        sums.put("sum(Log(k), k, 1, 1e12)", new Expr[] {Expr.call("Log", k), Expr.num(1), Expr.num(1_000_000_000_000L)});
        sums.put("sum(1/k, k, 1, 1e15)", new Expr[] {Expr.pow(k, Expr.num(-1)), Expr.num(1), Expr.num(1_000_000_000_000_000L)});
        sums.put("sum(k^2*Exp(-k/1000), k, 1, Infinity)", new Expr[] {Expr.mul(Expr.pow(k, Expr.num(2)),
                Expr.call("Exp", Expr.mul(Expr.frac(-1, 1000), k))), Expr.num(1), Constant.INFINITY});
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("load average before: %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| sum | value | wall us (median) | CPU us (median) |");
        System.out.println("| --- | --- | --- | --- |");
        for (var e : sums.entrySet()) {
            Sum s = new Sum(e.getValue()[0], "k", e.getValue()[1], e.getValue()[2]);
            double sink = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 2_000_000_000L) {
                sink += GeneralSums.sum(s, Map.of()).value();
            }
            int batch = 200;
            double[] wall = new double[21];
            double[] cpu = new double[21];
            for (int b = 0; b < wall.length; b++) {
                long w0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    sink += GeneralSums.sum(s, Map.of()).value();
                }
                cpu[b] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / batch;
                wall[b] = (System.nanoTime() - w0) / 1e3 / batch;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("| %s | %.17g | %.1f | %.1f |%n", e.getKey(), GeneralSums.sum(s, Map.of()).value(), wall[10], cpu[10]);
            if (Double.isNaN(sink)) {
                throw new IllegalStateException();
            }
        }
        System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
