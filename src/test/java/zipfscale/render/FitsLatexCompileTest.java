package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.fit.ConsistencyCheck;
import zipfscale.fit.FitsFileReader;
import zipfscale.fit.VerdictThresholds;

/**
 * The {@code fits-<name>.tex} of every shipped example, and of a file whose name and sources hold every
 * TeX special character, compile with pdflatex (booktabs, pgfplots). Skipped when pdflatex is absent.
 */
class FitsLatexCompileTest {
    /** What the fragments say they need: booktabs and tikz (no pgfplots). */
    private static final String PREAMBLE = "\\documentclass{article}\n\\usepackage{booktabs}\n\\usepackage{tikz}\n"
            + "\\begin{document}\n";

    @Test
    void fitsTablesAndPlotsCompile(@TempDir Path dir) throws Exception {
        assumeTrue(Pdflatex.available(), "pdflatex is not on PATH");
        ConsistencyCheck check = new ConsistencyCheck(1, 2000, VerdictThresholds.DEFAULT);
        StringBuilder body = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("examples/fits"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                body.append(FitsLatexWriter.render(check.check(FitsFileReader.read(p)))).append("\\clearpage\n");
            }
        }
        body.append(FitsLatexWriter.render(check.check(FitsFileReader.parse(
                "quantity,value,lower,upper,stderr,source\n"
                + "alpha_N,0.3,,,0.01,\"\\input{x} 50% $a_1 & #2 {y} ^ ~ <|>\"\n"
                + "alpha_D,0.3,,,0.01,x\na_N,0.9,,,0.01,\"\\write18{rm -rf ~}\"\n", "we#ird_name%&$.csv"))));
        String doc = PREAMBLE + body + "\\end{document}\n";
        Pdflatex.Run run = Pdflatex.compile(dir, "fits", doc);
        assertTrue(run.succeeded(), () -> "pdflatex failed:\n" + run.log());
        assertTrue(run.log().contains("Output written on"), "no PDF was written");
        assertFalse(run.log().contains("! "), "errors in the log");
        assertFalse(Files.exists(dir.resolve("x.tex")), "nothing was input");
    }

    /**
     * The frontier figure of five budgets of nine runs each (loss E + A/N^a + B/D^b with D = C/(6N), the
     * Chinchilla form, Hoffmann et al. 2022's fitted constants) compiles, two pictures side by side in the line.
     */
    @Test
    void frontierFigureCompiles_insideTheLine(@TempDir Path dir) throws Exception {
        assumeTrue(Pdflatex.available(), "pdflatex is not on PATH");
        StringBuilder csv = new StringBuilder("N,D,loss,C\n");
        for (int k = 0; k < 5; k++) {
            double c = 6e18 * Math.pow(10, k);
            for (int j = 0; j < 9; j++) {
                // around N_opt = G (C/6)^a, G = (alpha A/(beta B))^(1/(alpha + beta)) = 1.345, a = 0.4516
                double n = 1.8e8 * Math.pow(10, 0.45 * k + (j - 4) * 0.15);
                double d = c / (6 * n);
                csv.append(n).append(',').append(d).append(',').append(1.69 + 406.4 / Math.pow(n, 0.34)
                        + 410.7 / Math.pow(d, 0.28)).append(',').append(c).append('\n');
            }
        }
        zipfscale.diag.Diagnostics diagnostics = new zipfscale.diag.Diagnostics();
        zipfscale.fit.IsoFlopRuns runs = zipfscale.fit.IsoFlopRunsReader.read(csv.toString(), "runs.csv", diagnostics);
        diagnostics.throwIfErrors();
        String tex = FrontierLatex.render(zipfscale.fit.IsoFlopFrontier.run(runs, 0.1, 1, 50));
        assertFalse(tex.contains("axis") || tex.contains("addplot"), "plain TikZ: " + tex);
        String doc = "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\n" + tex + "\\end{document}\n";
        Pdflatex.Run run = Pdflatex.compile(dir, "frontier", doc);
        assertTrue(run.succeeded(), () -> "pdflatex failed:\n" + run.log());
        assertFalse(run.log().contains("! ") || run.log().contains("Overfull \\hbox"), run.log());
    }
}
