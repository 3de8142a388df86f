package zipfscale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zipfscale.fit.FitsFile;
import zipfscale.fit.FitsFileReader;
import zipfscale.fit.Quantity;
import zipfscale.fit.Uncertainty;

/**
 * {@code fits fit}: the shipped synthetic curves (examples/fits-data, generated from known truths, see their
 * headers) are fitted, the written fits file is read back by {@code fits check}, and its intervals contain
 * the truths. Fewer resamples than the default 1000 keep the test short (the interval ends move by a few
 * percent of their width).
 */
class FitsFitCommandTest {

    @Test
    void oneVariableFitWritesAFitsFileThatCheckReads(@TempDir Path tmp) {
        Path out = tmp.resolve("o");
        var r = FitsCheckCommandTest.run("fits", "fit", "examples/fits-data/zipf-alpha1.5-D.csv", "--law", "E + A*x^(-a)",
                "--resamples", "200", "--seed", "9", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("seed 9") && r.out().contains("alpha_D"), r.out());
        Path written = out.resolve("fit-zipf-alpha1.5-D.csv");
        FitsFile f = FitsFileReader.read(written);
        // Truth: alpha = 1.5 gives alpha_D = (alpha - 1)/alpha = 1/3 (eq. (56)).
        Uncertainty.Interval i = (Uncertainty.Interval) f.get(Quantity.ALPHA_D).orElseThrow().uncertainty();
        assertTrue(i.lower() <= 1.0 / 3 && 1.0 / 3 <= i.upper(), i.toString());
        var c = FitsCheckCommandTest.run("fits", "check", "--out", out.toString(), written.toString());
        assertEquals(ExitCodes.OK, c.code(), c.err());
        assertTrue(c.out().contains("alpha      1.5"), c.out());
    }

    @Test
    void twoVariableFitRecoversBothExponents(@TempDir Path tmp) {
        Path out = tmp.resolve("o");
        var r = FitsCheckCommandTest.run("fits", "fit", "examples/fits-data/chinchilla-form-ND.csv", "--law",
                "E + A*N^(-alpha) + B*D^(-beta)", "--resamples", "100", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        FitsFile f = FitsFileReader.read(out.resolve("fit-chinchilla-form-ND.csv"));
        // Truth (the file's header): alpha = 0.34 -> alpha_N, beta = 0.28 -> alpha_D.
        Uncertainty.Interval n = (Uncertainty.Interval) f.get(Quantity.ALPHA_N).orElseThrow().uncertainty();
        Uncertainty.Interval d = (Uncertainty.Interval) f.get(Quantity.ALPHA_D).orElseThrow().uncertainty();
        assertTrue(n.lower() <= 0.34 && 0.34 <= n.upper(), n.toString());
        assertTrue(d.lower() <= 0.28 && 0.28 <= d.upper(), d.toString());
    }

    @Test
    void quantityOverridesTheColumnMapping(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("tokens.csv");
        StringBuilder s = new StringBuilder("tokens,loss\n");
        for (int i = 0; i < 20; i++) {
            double x = Math.pow(10, 3 + 0.3 * i);
            s.append(x).append(',').append(0.5 + 3 * Math.pow(x, -0.4)).append('\n');
        }
        Files.writeString(data, s.toString());
        var refused = FitsCheckCommandTest.run("fits", "fit", data.toString(), "--law", "E + A*x^(-a)", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("--quantity"), refused.err());
        assertFalse(Files.exists(tmp.resolve("o")));
        var ok = FitsCheckCommandTest.run("fits", "fit", data.toString(), "--law", "E+A*tokens^(-a)", "--quantity",
                "alpha_tau", "--resamples", "50", "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        FitsFile f = FitsFileReader.read(tmp.resolve("o/fit-tokens.csv"));
        // Noise-free data from a = 0.4: the fit returns it to the optimiser's tolerance.
        assertEquals(0.4, f.get(Quantity.ALPHA_TAU).orElseThrow().value(), 1e-4);
    }

    /**
     * Laws outside the two recognised forms go through the expression reader: {@code c0 + c1/D^p} and
     * Kaplan's {@code (Dc/D)^aD} on noise-free rows of {@code 0.5 + 3 D^-0.4} and {@code (5.4e13/D)^0.095}
     * (Kaplan et al.'s L(D) constants, as a known truth) return the exponents to 1e-3.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "c0 + c1/D^p | p  | 0.4   | floor",
        "(Dc/D)^aD   | aD | 0.095 | kaplan"})
    void generalExpressionLawsAreFitted(String lawText, String exponent, double truth, String kind, @TempDir Path tmp)
            throws IOException {
        StringBuilder s = new StringBuilder("D,loss\n");
        for (int i = 0; i < 25; i++) {
            double d = Math.pow(10, 3 + 0.25 * i);
            double l = kind.equals("floor") ? 0.5 + 3 * Math.pow(d, -0.4) : Math.pow(5.4e13 / d, 0.095);
            s.append(d).append(',').append(l).append('\n');
        }
        Path data = tmp.resolve("g.csv");
        Files.writeString(data, s.toString());
        var r = FitsCheckCommandTest.run("fits", "fit", data.toString(), "--law", lawText, "--resamples", "50", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains(exponent), r.out());
        assertEquals(truth, FitsFileReader.read(tmp.resolve("o/g.csv".replace("g.csv", "fit-g.csv")))
                .get(Quantity.ALPHA_D).orElseThrow().value(), 1e-3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "law syntax        | D,loss\\n1,2\\n             | E + A*x^(    |  | --law:1:",
        "law without data  | D,loss\\n1,2\\n             | c + k*M^(-p)  |  | --law:1:1: error: the law 'c + k*M^(-p)' uses none of the data columns",
        "non-numeric loss  | D,loss\\n1e3,abc\\n         | E + A*x^(-a)  |  | d.csv:2:5: error: loss 'abc' is not a number",
        "log of a negative | #c\\nD,loss\\n1e3,-1\\n     | E + A*x^(-a)  | --residuals log | d.csv:3:5: error: loss = -1 must be a finite positive number (log residuals",
        "power of negative | D,loss\\n-1e3,1\\n          | E + A*x^(-a)  |  | d.csv:2:1: error: D = -1e3 must be a finite positive number (the law is a power law in it)",
        "missing column    | N,loss\\n1e3,1\\n           | E + A*D^(-a)  |  | d.csv:1:1: error: missing column 'D'",
        "missing response  | d,R\\n1,1\\n                | d*(a - b*d)   |  | d.csv:1:1: error: missing column 'loss'",
        "unknown residuals | D,loss\\n1e3,1\\n           | E + A*x^(-a)  | --residuals square | --residuals:1:1: error: --residuals must be log or linear",
        "bad bound         | D,loss\\n1e3,1\\n           | E + A*x^(-a)  | --bound B=0 | --bound:1:1: error: cannot read the bound 'B=0'",
        "bound of nothing  | D,loss\\n1e3,1\\n           | E + A*x^(-a)  | --bound Q>0 | --bound:1:1: error: --bound names 'Q', not a parameter",
        "too few rows      | D,loss\\n1e3,1\\n1e4,0.9\\n  | E + A*x^(-a)  |  | d.csv: error: the law has 3 parameters",
    })
    void badInputExitsTwoAndWritesNothing(String name, String text, String lawText, String extra, String expected,
            @TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("d.csv");
        Files.writeString(data, text.strip().replace("\\n", "\n"));
        Path out = tmp.resolve("o");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("fits", "fit", data.toString(), "--law",
                lawText, "--out", out.toString()));
        if (extra != null) {
            args.addAll(java.util.List.of(extra.split(" ", 2)));
        }
        var r = FitsCheckCommandTest.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), name);
        assertTrue(r.err().replace(tmp + "/", "").startsWith(expected), name + ": " + r.err());
        assertFalse(Files.exists(out));
    }

    /**
     * Issue 20: every input error at once. A header without the response, a --quantity that is not an
     * exponent and a bad --bound are all reported in one run (before, the missing column came only after
     * --quantity was fixed).
     */
    @Test
    void everyInputErrorIsReportedAtOnce(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("d.csv");
        Files.writeString(data, "tokens,los\n1e3,1\n1e4,0.9\n");
        var r = FitsCheckCommandTest.run("fits", "fit", data.toString(), "--law", "E + A*tokens^(-a)", "--quantity",
                "zipf", "--bound", "A >", "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("missing column 'loss'"), r.err());
        assertTrue(r.err().contains("--quantity must be one of"), r.err());
        assertTrue(r.err().contains("cannot read the bound 'A >'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
