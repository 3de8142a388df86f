package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, acceptance 2: {@code fits check} of what a two-variable {@code fits fit} wrote draws
 * {@code alpha_N} and {@code alpha_D} jointly (from the bootstrap draws named in {@code # draws:}), says so,
 * and the interval of the predicted {@code a_N = alpha_D/(alpha_N + alpha_D)} differs visibly from the one
 * of independent draws.
 */
class FitsJointDrawsTest {
    private static final Pattern A_N = Pattern.compile("a_N\\s+\\(50\\)\\s+(\\S+) \\[(\\S+), (\\S+)\\]");

    /**
     * By construction: every joint row has {@code alpha_N = alpha_D}, so every joint draw of {@code a_N} is
     * exactly 1/2 (interval [0.5, 0.5]); drawn independently from the rows' intervals the same numbers
     * give an interval about 0.1 wide (two independent normals of sd 0.05/1.96 around 0.3).
     */
    @Test
    void jointDrawsKeepTheCorrelationThatIndependentDrawsLose(@TempDir Path tmp) throws IOException {
        StringBuilder draws = new StringBuilder("alpha_N,param:E,alpha_D\n");
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            double a = 0.3 + 0.025 * r.nextGaussian();
            draws.append(a).append(",1.7,").append(a).append('\n');
        }
        Files.writeString(tmp.resolve("d.csv"), draws.toString());
        String rows = "quantity,value,lower,upper,stderr,source\nalpha_N,0.3,0.25,0.35,,x\nalpha_D,0.3,0.25,0.35,,x\n"
                + "a_N,0.5,0.45,0.55,,x\n";
        Files.writeString(tmp.resolve("joint.csv"), "# draws: d.csv\n" + rows);
        Files.writeString(tmp.resolve("indep.csv"), rows);
        var joint = FitsCheckCommandTest.run("fits", "check", "--out", tmp.resolve("o").toString(),
                tmp.resolve("joint.csv").toString());
        assertEquals(ExitCodes.OK, joint.code(), joint.err());
        assertTrue(joint.out().contains("joint draws: alpha_N, alpha_D drawn together from the 500 bootstrap rows"),
                joint.out());
        double[] j = aN(joint.out());
        assertEquals(0.5, j[1], 1e-12, "every joint draw is 0.3/(0.3 + 0.3) up to rounding");
        assertEquals(0.5, j[2], 1e-12);
        var indep = FitsCheckCommandTest.run("fits", "check", "--out", tmp.resolve("o").toString(),
                tmp.resolve("indep.csv").toString());
        assertTrue(indep.out().contains("rows drawn independently"), indep.out());
        double[] i = aN(indep.out());
        assertTrue(i[2] - i[1] > 0.05, "independent draws spread a_N: " + indep.out());
    }

    /**
     * From raw runs: 40 runs near the line D = 20 N (N from 1e7 to 1e10, D within half a decade of it;
     * Hoffmann et al.'s Approach 3 constants as truth, 1% noise, seed FitGen.seed of the test's name).
     * Along such a band the two exponents trade off, so the bootstrap draws of alpha_N and alpha_D are
     * correlated and the joint interval of a_N differs from the independent one by more than 10% of its
     * width (a Python-generated analogue of these runs gave 0.245 against 0.190).
     */
    @Test
    void twoVariableFitOutputIsCheckedWithItsJointDraws(@TempDir Path tmp) throws IOException {
        SplittableRandom rng = new SplittableRandom(zipfscale.gen.FitGen.seed("twoVariableFitOutputIsCheckedWithItsJointDraws"));
        StringBuilder s = new StringBuilder("N,D,loss\n");
        for (int i = 0; i < 40; i++) {
            double n = Math.pow(10, 7 + 3.0 * i / 39);
            double d = 20 * n * Math.pow(10, rng.nextDouble() - 0.5);
            double l = 1.69 + 406.4 * Math.pow(n, -0.34) + 410.7 * Math.pow(d, -0.28);
            s.append(n).append(',').append(d).append(',').append(l * Math.exp(0.01 * rng.nextGaussian())).append('\n');
        }
        Files.writeString(tmp.resolve("band.csv"), s.toString());
        Path out = tmp.resolve("o");
        var fit = FitsCheckCommandTest.run("fits", "fit", tmp.resolve("band.csv").toString(), "--law",
                "E + A*N^(-alpha) + B*D^(-beta)", "--resamples", "300", "--out", out.toString());
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        Path written = out.resolve("fit-band.csv");
        List<String> lines = Files.readAllLines(written);
        assertTrue(lines.contains("# draws: fit-band-draws.csv"), String.join("\n", lines));
        assertTrue(Files.exists(out.resolve("fit-band-draws.csv")));
        // a reported a_N row so that the relation a_N (50) is evaluated (the prediction is what we compare)
        String aN = "a_N,0.45,0.44,0.46,,\"test row\"\n";
        Files.writeString(tmp.resolve("joint.csv"), String.join("\n", lines).replace("# draws: fit-band-draws.csv",
                "# draws: o/fit-band-draws.csv") + "\n" + aN);
        Files.writeString(tmp.resolve("indep.csv"), String.join("\n", lines.stream()
                .filter(l -> !l.startsWith("# draws:")).toList()) + "\n" + aN);
        var joint = FitsCheckCommandTest.run("fits", "check", "--out", out.toString(), tmp.resolve("joint.csv").toString());
        var indep = FitsCheckCommandTest.run("fits", "check", "--out", out.toString(), tmp.resolve("indep.csv").toString());
        assertTrue(joint.out().contains("joint draws: alpha_N, alpha_D"), joint.out());
        assertFalse(indep.out().contains("joint draws"), indep.out());
        double[] j = aN(joint.out());
        double[] i = aN(indep.out());
        assertEquals(j[0], i[0], 1e-12, "the plug-in value does not depend on the draws");
        double wj = j[2] - j[1];
        double wi = i[2] - i[1];
        assertTrue(Math.abs(wj - wi) > 0.1 * wi, "joint " + wj + " vs independent " + wi);
    }

    /** A draws file that is missing or has an unknown column is a positioned error (exit 2). */
    @Test
    void badDrawsFilesArePositionedErrors(@TempDir Path tmp) throws IOException {
        String rows = "quantity,value,lower,upper,stderr,source\nalpha_N,0.3,0.25,0.35,,x\n";
        Files.writeString(tmp.resolve("missing.csv"), "# draws: nowhere.csv\n" + rows);
        var r = FitsCheckCommandTest.run("fits", "check", "--out", tmp.resolve("o").toString(),
                tmp.resolve("missing.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("missing.csv:1:3: error: cannot read the bootstrap draws 'nowhere.csv'"), r.err());
        Files.writeString(tmp.resolve("d.csv"), "alpha_N,bogus\n0.3,1\n0.31,1\n");
        Files.writeString(tmp.resolve("bad.csv"), "# draws: d.csv\n" + rows);
        r = FitsCheckCommandTest.run("fits", "check", "--out", tmp.resolve("o").toString(), tmp.resolve("bad.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("d.csv:1:9: error: unknown column 'bogus'"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    private static double[] aN(String out) {
        Matcher m = A_N.matcher(out);
        assertTrue(m.find(), out);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }
}
