package zipfscale.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pdflatex run when a second cannot change the output (issue 16): with the auxiliary files of the
 * last compilation kept, a compilation whose first run writes back the .aux it read stops there, and its
 * PDF is byte for byte the two-run PDF; a document whose cross-references changed runs twice again.
 */
class PdfLatexAuxiliaryTest {
    private static String doc(String section) {
        return "\\documentclass{article}\n\\begin{document}\n\\section{" + section + "}\\label{s}\nSee "
                + "Section~\\ref{s}.\n\\section{Two}\\label{t}\nAnd~\\ref{t}.\n\\end{document}\n";
    }

    @Test
    void secondCompilation_ofTheSameDocument_runsOnce_andGivesTheSamePdf(@TempDir Path dir) {
        PdfLatex plain = PdfLatex.fromEnvironment();
        assumeTrue(plain.available(), "pdflatex is not on PATH");
        PdfLatex kept = plain.keepingAuxiliaryFilesIn(dir.resolve("aux"));
        PdfLatex.Result first = kept.compile(Map.of("d.tex", doc("One")), "d.tex", true);
        assertTrue(first.succeeded());
        assertEquals(2, first.runs(), "nothing kept yet: two runs");
        assertTrue(Files.isRegularFile(dir.resolve("aux/d.aux")));
        PdfLatex.Result second = kept.compile(Map.of("d.tex", doc("One")), "d.tex", true);
        assertEquals(1, second.runs());
        assertArrayEquals(first.pdf(), second.pdf(), "one run gives the PDF of two");
        // a new section before the labels moves them: the kept .aux is stale, so two runs again
        PdfLatex.Result moved = kept.compile(Map.of("d.tex", doc("One}\\section{Zero")), "d.tex", true);
        assertEquals(2, moved.runs());
        PdfLatex.Result fresh = plain.compile(Map.of("d.tex", doc("One}\\section{Zero")), "d.tex", true);
        assertArrayEquals(fresh.pdf(), moved.pdf());
    }
}
