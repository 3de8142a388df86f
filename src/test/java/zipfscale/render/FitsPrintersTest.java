package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.fit.CheckReport;
import zipfscale.fit.ConsistencyCheck;
import zipfscale.fit.FitsFileReader;
import zipfscale.fit.VerdictThresholds;

class FitsPrintersTest {
    private static CheckReport report(String name) {
        return new ConsistencyCheck(3, 2000, VerdictThresholds.DEFAULT).check(FitsFileReader.parse(
                "quantity,value,lower,upper,stderr,source\n"
                + "alpha_N,0.3,,,0.01,\"50% of $x_1 & #2 {y} \\ ^ ~\"\n"
                + "alpha_D,0.3,,,0.01,x\n"
                + "a_N,0.9,,,0.01,\"a_N {from} 100%\"\n", name));
    }

    @Test
    void latexEscapesFileTextAndHasTableAndPlot() {
        String tex = FitsLatexWriter.render(report("my_fits%1.csv"));
        assertTrue(tex.contains("\\texttt{my\\_fits\\%1.csv}"), tex);
        assertTrue(tex.contains("\\begin{tabular}") && tex.contains("\\begin{tikzpicture}") && !tex.contains("addplot"));
        assertTrue(tex.contains("INCONSISTENT"));
        assertTrue(tex.contains("{\\scriptsize a\\_N}"), "point labels escaped");
        String body = tex.lines().filter(l -> !l.startsWith("%")).reduce("", (x, y) -> x + y + "\n");
        assertFalse(body.contains("my_fits"), "no raw underscore from the file name outside comments");
        assertTrue(body.contains("a\\_N \\{from\\} 100\\%"), "the source column is escaped: " + body);
    }

    @Test
    void jsonAndTableCarryTheVerdicts() {
        CheckReport r = report("r.csv");
        String json = FitsJson.render(List.of(r));
        assertTrue(json.contains("\"name\" : \"a_N\"") && json.contains("\"verdict\" : \"INCONSISTENT\""), json);
        assertTrue(json.contains("\"parameters\"") && json.contains("\"gamma\""));
        String table = FitsTextTable.render(r);
        assertTrue(table.contains("a_N") && table.contains("INCONSISTENT") && table.contains("seed 3"), table);
    }
}
