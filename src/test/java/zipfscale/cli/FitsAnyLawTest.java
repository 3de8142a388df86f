package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, acceptance 1: {@code fits fit} recovers the parameters of the seed's new laws from synthetic
 * rows with a known truth and 1% noise (seeded {@link SplittableRandom}): the truth lies inside the 95%
 * bootstrap interval of every parameter. The truths are the test's own (illustrative, of the size the papers
 * report); the noise (seed {@code FitGen.seed(law text)}, the suite's convention) is 1% of each value (relative) for positive curves and 1% of the largest |value|
 * (absolute) for the reward curve that crosses zero. 200 resamples keep the test short.
 */
class FitsAnyLawTest {

    /** Gao et al.'s best-of-n form R = d (a - b d): negative beyond d = a/b, so linear residuals are chosen. */
    @Test
    void bestOfNRewardThatGoesNegativeFitsWithLinearResiduals(@TempDir Path tmp) throws IOException {
        double a = 1.0;
        double b = 0.15; // peak at d = a/(2b) = 3.33, zero at 6.67; d runs to 10
        Map<String, double[]> fit = fit(tmp, "d,reward", 40, i -> 0.25 * (i + 1), d -> d * (a - b * d), 0.01 * 1.6667,
                false, "d*(a - b*d)", "--y", "reward");
        assertInside("a", a, fit);
        assertInside("b", b, fit);
    }

    /** Gao et al.'s RL form R = d (a - b log d), positive on the range: log residuals, chosen automatically. */
    @Test
    void reinforcementLearningRewardFormIsRecovered(@TempDir Path tmp) throws IOException {
        double a = 1.0;
        double b = 0.3;
        Map<String, double[]> fit = fit(tmp, "d,reward", 40, i -> 0.5 * (i + 1), d -> d * (a - b * Math.log(d)), 0.01,
                true, "d*(a - b*Log(d))", "--y", "reward");
        assertInside("a", a, fit);
        assertInside("b", b, fit);
    }

    /** ScaleRL's sigmoid R = R0 + (A - R0)/(1 + (Cmid/C)^B): C_mid is a scale of C (implied positive). */
    @Test
    void sigmoidalComputeCurveIsRecovered(@TempDir Path tmp) throws IOException {
        Map<String, double[]> fit = fit(tmp, "C,reward", 30, i -> Math.pow(10, 18 + 4.0 * i / 29),
                c -> 0.2 + (0.6 - 0.2) / (1 + Math.pow(1e20 / c, 1.5)), 0.01, true, "R0 + (A - R0)/(1 + (Cmid/C)^B)",
                "--y", "reward", "--bound", "B > 0");
        assertInside("A", 0.6, fit);
        assertInside("B", 1.5, fit);
        assertInside("Cmid", 1e20, fit);
        assertInside("R0", 0.2, fit);
    }

    /** Repeated sampling: pass@k = 1 - (1 - p)^k, with the bound 0 < p < 1. */
    @Test
    void passAtKIsRecovered(@TempDir Path tmp) throws IOException {
        Map<String, double[]> fit = fit(tmp, "k,pass", 25, i -> Math.round(Math.pow(10, 2.5 * i / 24)),
                k -> 1 - Math.pow(1 - 0.03, k), 0.01, true, "1 - (1 - p)^k", "--y", "pass", "--bound", "0 < p < 1");
        assertInside("p", 0.03, fit);
    }

    private static void assertInside(String name, double truth, Map<String, double[]> fit) {
        double[] v = fit.get(name);
        assertTrue(v[1] <= truth && truth <= v[2], name + " = " + v[0] + " [" + v[1] + ", " + v[2] + "], truth " + truth);
    }

    /** Writes the rows, runs {@code fits fit}, and reads every parameter's estimate and interval from the fits file. */
    private static Map<String, double[]> fit(Path tmp, String header, int rows, java.util.function.IntToDoubleFunction x,
            DoubleUnaryOperator truth, double noise, boolean relative, String law, String... extra) throws IOException {
        SplittableRandom rng = new SplittableRandom(zipfscale.gen.FitGen.seed(law)); // the suite's convention: seed from a name
        StringBuilder s = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            double xi = x.applyAsDouble(i);
            double y = truth.applyAsDouble(xi);
            double e = noise * (relative ? y : 1) * rng.nextGaussian();
            s.append(xi).append(',').append(y + e).append('\n');
        }
        Path data = tmp.resolve("curve.csv");
        Files.writeString(data, s.toString());
        String[] head = {"fits", "fit", data.toString(), "--law", law, "--resamples", "200", "--out",
                tmp.resolve("o").toString()};
        String[] fixed = new String[head.length + extra.length];
        System.arraycopy(head, 0, fixed, 0, head.length);
        System.arraycopy(extra, 0, fixed, head.length, extra.length);
        var r = FitsCheckCommandTest.run(fixed);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        boolean anyNonPositive = s.toString().lines().skip(1).anyMatch(l -> Double.parseDouble(l.split(",")[1]) <= 0);
        assertTrue(r.out().contains("residuals: " + (anyNonPositive ? "linear" : "log")), r.out());
        Map<String, double[]> out = new LinkedHashMap<>();
        Pattern p = Pattern.compile("#   (\\w+) = (\\S+), 95% bootstrap interval \\[(\\S+), (\\S+)\\]");
        for (String line : Files.readAllLines(tmp.resolve("o/fit-curve.csv"))) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                out.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4))});
            }
        }
        return out;
    }
}
