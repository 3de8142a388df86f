package zipfscale.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Labels, hyperlinks and a fixed-width longtable, but no reference, list or outline read from a file. */
    private static final String READS_NOTHING_BACK = "\\documentclass{article}\n\\usepackage{longtable}\n"
            + "\\usepackage{hyperref}\n\\usepackage{bookmark}\n\\begin{document}\n"
            + "\\begin{longtable}{p{3cm}p{3cm}}\n\\hyperlink{x}{a} & b \\\\\n\\end{longtable}\n"
            + "\\section{One}\\label{s}\n\\hypertarget{x}{}\\begin{equation}x\\label{e}\\end{equation}\n"
            + "\\end{document}\n";

    @Test
    void coldCompilation_thatReadsNothingBack_runsOnce_andASecondRunGivesTheSamePdf(@TempDir Path dir) {
        PdfLatex plain = PdfLatex.fromEnvironment();
        assumeTrue(plain.available(), "pdflatex is not on PATH");
        PdfLatex kept = plain.keepingAuxiliaryFilesIn(dir.resolve("aux"));
        PdfLatex.Result cold = kept.compile(Map.of("d.tex", READS_NOTHING_BACK), "d.tex", true);
        assertTrue(cold.succeeded(), cold.errors().toString());
        assertEquals(1, cold.runs(), "nothing is read back from the .aux");
        // the next compilation starts from the .aux the cold run wrote: what a second run would read
        PdfLatex.Result second = kept.compile(Map.of("d.tex", READS_NOTHING_BACK), "d.tex", true);
        assertEquals(1, second.runs());
        assertArrayEquals(cold.pdf(), second.pdf(), "the second run changes nothing");
        // one \\ref makes the cold compilation two runs again, as does a table of contents
        String withRef = READS_NOTHING_BACK.replace("& b", "& \\ref{e}");
        assertEquals(2, plain.compile(Map.of("d.tex", withRef), "d.tex", true).runs());
        String withToc = READS_NOTHING_BACK.replace("\\begin{document}\n", "\\begin{document}\n\\tableofcontents\n");
        assertEquals(2, plain.compile(Map.of("d.tex", withToc), "d.tex", true).runs());
    }

    @Test
    void readsNothingBack_onlyForLogsWithoutReferencesListsOrRerunRequests() {
        String base = "This is pdfTeX\nNo file d.aux.\n";
        assertTrue(PdfLatex.readsNothingBack(base + "LaTeX Warning: Label(s) may have changed. Rerun to get "
                + "cross-references right.\n", "d"));
        assertFalse(PdfLatex.readsNothingBack(base + "LaTeX Warning: Reference `e' on page 1 undefined on input line 3.\n", "d"));
        assertFalse(PdfLatex.readsNothingBack(base + "No file d.toc.\n", "d"));
        assertFalse(PdfLatex.readsNothingBack(base + "Package longtable Warning: Table widths have changed. Rerun LaTeX.\n", "d"));
        assertFalse(PdfLatex.readsNothingBack(base + "Package rerunfilecheck Warning: File `d.out' has changed.\n"
                + "(rerunfilecheck)                Rerun to get outlines right\n", "d"));
    }
}
