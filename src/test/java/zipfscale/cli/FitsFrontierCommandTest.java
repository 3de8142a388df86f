package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zipfscale.fit.FitsFile;
import zipfscale.fit.FitsFileReader;
import zipfscale.fit.Quantity;
import zipfscale.fit.Uncertainty;

/**
 * Issue 19, acceptance 3: {@code fits frontier} (Hoffmann et al.'s Approach 2) on synthetic runs of a
 * Chinchilla-form law recovers {@code a_N = beta/(alpha + beta)}; bad input is a positioned error (exit 2)
 * or a note, never a crash.
 */
class FitsFrontierCommandTest {
    // Hoffmann et al. (2022), Approach 3 fit (eq. (10)): the truth of the synthetic runs.
    private static final double E = 1.69;
    private static final double A = 406.4;
    private static final double B = 410.7;
    private static final double ALPHA = 0.34;
    private static final double BETA = 0.28;

    /**
     * Runs: 5 budgets C = 6e18 .. 6e22, 9 runs each with N log-spaced over 1.2 decades centred on the true
     * optimum {@code G (C/6)^a} (Hoffmann et al.'s eq. (4)), D = C/(6N), 1% multiplicative noise. Truth
     * {@code a_N = beta/(alpha + beta) = 0.28/0.62 = 0.4516}; it must lie inside the bootstrap 95% interval,
     * and {@code b_D} near {@code 1 - a_N} (D_opt = C/(6 N_opt) holds on every budget up to the noise).
     */
    @Test
    void frontierOfChinchillaRunsRecoversTheAllocationExponent(@TempDir Path tmp) throws IOException {
        Path runs = tmp.resolve("runs.csv");
        Files.writeString(runs, chinchillaRuns(9, 0.6, 0));
        Path out = tmp.resolve("o");
        var r = FitsCheckCommandTest.run("fits", "frontier", runs.toString(), "--resamples", "300", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        FitsFile f = FitsFileReader.read(out.resolve("frontier-runs.csv"));
        double truth = BETA / (ALPHA + BETA);
        Uncertainty.Interval i = (Uncertainty.Interval) f.get(Quantity.A_N).orElseThrow().uncertainty();
        assertTrue(i.lower() <= truth && truth <= i.upper(), r.out());
        assertEquals(1 - truth, f.get(Quantity.B_D).orElseThrow().value(), 0.05, "b_D = 1 - a_N to within the noise");
        assertTrue(f.joint().isPresent(), "the frontier's draws are named for fits check");
        String tex = Files.readString(out.resolve("frontier-runs.tex"));
        assertTrue(tex.contains("{\\small IsoFLOP profiles}") && tex.contains("N_{\\mathrm{opt}}") && !tex.contains("axis"), tex);
        var c = FitsCheckCommandTest.run("fits", "check", "--out", out.toString(), out.resolve("frontier-runs.csv").toString());
        assertEquals(ExitCodes.OK, c.code(), c.err());
        assertTrue(c.out().contains("joint draws: a_N, b_D"), c.out());
    }

    /** A budget whose runs all lie on one side of its optimum has no interior minimum: a note, not a crash. */
    @Test
    void budgetWithoutInteriorMinimumIsLeftOutWithANote(@TempDir Path tmp) throws IOException {
        Path runs = tmp.resolve("runs.csv");
        Files.writeString(runs, chinchillaRuns(9, 0.6, 2));
        var r = FitsCheckCommandTest.run("fits", "frontier", runs.toString(), "--resamples", "100", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains(": note: budget") && r.out().contains("left out"), r.out());
        assertFalse(r.err().contains("Exception"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one run per budget | N,D,loss,C\\n1e8,1e9,3,6e17\\n1e8,1e10,2.9,6e18\\n1e8,1e11,2.8,6e19\\n | error: fewer than 2 compute budgets with an interior minimum",
        "malformed CSV      | N,D,loss,C\\n1e8,\"1e9,3,6e17\\n                                  | r.csv:2:1: error: malformed CSV: a quoted field opened here is never closed",
        "not a number       | N,D,loss,C\\n1e8,1e9,x,6e17\\n                                    | r.csv:2:9: error: loss 'x' is not a number",
        "negative N         | N,D,loss,C\\n-1e8,1e9,3,6e17\\n                                   | r.csv:2:1: error: N = -1e8 must be a finite positive number",
        "missing loss       | N,D,C\\n1e8,1e9,6e17\\n                                            | r.csv:1:1: error: missing column 'loss'",
        "missing D          | N,loss,C\\n1e8,3,6e17\\n                                           | r.csv:1:1: error: missing column 'D'",
        "short row          | N,D,loss,C\\n1e8,1e9,3\\n                                          | r.csv:2:1: error: row has 3 fields",
    })
    void badRunsAreErrorsWithoutOutput(String name, String text, String expected, @TempDir Path tmp) throws IOException {
        Path runs = tmp.resolve("r.csv");
        Files.writeString(runs, text.strip().replace("\\n", "\n"));
        Path out = tmp.resolve("o");
        var r = FitsCheckCommandTest.run("fits", "frontier", runs.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), name + ": " + r.err());
        assertTrue(r.err().replace(tmp + "/", "").contains(expected), name + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out));
    }

    /**
     * The runs; {@code offBudget} budgets (the smallest ones) have their N grid shifted a decade above the
     * optimum, so their profile has no interior minimum.
     */
    static String chinchillaRuns(int perBudget, double halfWidth, int offBudget) {
        double a = BETA / (ALPHA + BETA);
        double g = Math.pow(ALPHA * A / (BETA * B), 1 / (ALPHA + BETA));
        SplittableRandom rng = new SplittableRandom(zipfscale.gen.FitGen.seed("chinchillaRuns"));
        StringBuilder s = new StringBuilder("N,D,loss,C\n");
        for (int k = 0; k < 5; k++) {
            double c = 6e18 * Math.pow(10, k);
            double nOpt = g * Math.pow(c / 6, a) * (k < offBudget ? 30 : 1);
            for (int j = 0; j < perBudget; j++) {
                double n = nOpt * Math.pow(10, -halfWidth + 2 * halfWidth * j / (perBudget - 1));
                double d = c / (6 * n);
                double l = E + A * Math.pow(n, -ALPHA) + B * Math.pow(d, -BETA);
                s.append(n).append(',').append(d).append(',').append(l * Math.exp(0.01 * rng.nextGaussian())).append(',')
                        .append(c).append('\n');
            }
        }
        return s.toString();
    }
}
