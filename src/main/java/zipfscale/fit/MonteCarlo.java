package zipfscale.fit;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Seeded Monte Carlo draws of every measured quantity of a fits file, and the 95% intervals of functions
 * of them.
 *
 * <p>Each quantity draws {@code value + z sd} ({@link Uncertainty#draw}) with its own random stream,
 * split from {@code new SplittableRandom(seed)} in the fixed order of {@link Quantity}: the draws of one
 * quantity do not change when another row is added or removed, and the same seed gives the same numbers
 * on every JVM. Quantities are drawn independently (the papers report no covariances), except those of
 * the file's {@link JointDraws}: for each draw one bootstrap row is picked (a stream split after every
 * quantity's) and gives all of them at once, so the correlation of the exponents of one fit is kept.
 */
public final class MonteCarlo {
    /** The default number of draws (the issue asks for at least 100 000). */
    public static final int DEFAULT_SAMPLES = 100_000;
    /** The default seed, printed with every report. */
    public static final long DEFAULT_SEED = 20_260_707L;

    private final Map<Quantity, double[]> draws = new EnumMap<>(Quantity.class);
    private final int samples;

    private MonteCarlo(int samples) {
        this.samples = samples;
    }

    /** Draws {@code samples} values of every measurement of {@code file}. */
    public static MonteCarlo draw(FitsFile file, long seed, int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1: " + samples);
        }
        MonteCarlo mc = new MonteCarlo(samples);
        SplittableRandom root = new SplittableRandom(seed);
        for (Quantity q : Quantity.values()) {
            SplittableRandom stream = root.split();
            Measurement m = file.measurements().get(q);
            if (m == null || !q.isMeasurement() || file.joint().map(j -> j.quantities().contains(q)).orElse(false)) {
                continue;
            }
            double[] d = new double[samples];
            double below = m.uncertainty().sdBelow(m.value());
            double above = m.uncertainty().sdAbove(m.value());
            for (int i = 0; i < samples; i++) {
                double z = stream.nextGaussian();
                d[i] = m.value() + z * (z < 0 ? below : above); // Uncertainty.draw, scales computed once
            }
            mc.draws.put(q, d);
        }
        file.joint().ifPresent(joint -> {
            SplittableRandom stream = root.split();
            double[][] columns = new double[joint.quantities().size()][samples];
            for (int i = 0; i < samples; i++) {
                double[] row = joint.rows()[stream.nextInt(joint.rows().length)];
                for (int k = 0; k < columns.length; k++) {
                    columns[k][i] = row[k];
                }
            }
            for (int k = 0; k < columns.length; k++) {
                mc.draws.put(joint.quantities().get(k), columns[k]);
            }
        });
        return mc;
    }

    public int samples() {
        return samples;
    }

    /** The draws of {@code q} (a copy). */
    public double[] drawsOf(Quantity q) {
        return draws.get(q).clone();
    }

    /**
     * The distribution of {@code f} over the draws: the plug-in value {@code plugIn} with the 2.5% and
     * 97.5% points of the draws where {@code f} is defined (not NaN).
     */
    public Outcome propagate(double plugIn, List<Quantity> uses, ToDoubleFunction<Exponents> f) {
        for (Quantity q : uses) {
            if (!draws.containsKey(q)) {
                throw new IllegalArgumentException("no draws of " + q.key());
            }
        }
        double[][] columns = new double[Quantity.values().length][];
        draws.forEach((q, d) -> columns[q.ordinal()] = d);
        Cursor at = new Cursor(columns);
        double[] out = new double[samples];
        int n = 0;
        for (int i = 0; i < samples; i++) {
            at.index = i;
            double v = f.applyAsDouble(at);
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        if (n == 0) {
            return new Outcome(Estimate.of(plugIn, plugIn, plugIn), 0);
        }
        double[] valid = Arrays.copyOf(out, n);
        Arrays.sort(valid);
        double lo = Math.min(plugIn, quantile(valid, 0.025));
        double hi = Math.max(plugIn, quantile(valid, 0.975));
        return new Outcome(Estimate.of(plugIn, lo, hi), n / (double) samples);
    }

    /** The draws at one index, read without boxing. */
    private static final class Cursor implements Exponents {
        private final double[][] columns;
        private int index;

        Cursor(double[][] columns) {
            this.columns = columns;
        }

        @Override
        public double get(Quantity q) {
            return columns[q.ordinal()][index];
        }
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }

    /**
     * A propagated estimate and the fraction of draws inside the domain.
     *
     * @param estimate the plug-in value with the 95% interval of the valid draws (widened to contain the
     *     plug-in value when the distribution is very skewed)
     * @param validFraction share of draws where the function was defined
     */
    public record Outcome(Estimate estimate, double validFraction) {
    }
}
