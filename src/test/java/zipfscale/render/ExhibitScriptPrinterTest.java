package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.diag.Diagnostics;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;
import zipfscale.script.Statement;

/** Value and plot statements printed as script text read back to the same text (issue 8). */
class ExhibitScriptPrinterTest {

    private static List<Statement> parse(String text) {
        Diagnostics d = new Diagnostics();
        List<Statement> s = ScriptParser.parse(ScriptFile.of("t.zs", text), d);
        d.throwIfErrors();
        return s;
    }

    @Test
    void valuesAndPlots_printInTheirCanonicalLayout_andReadBack() {
        String canonical = "derivation d \"t\"\n"
                + "value v \"a value\":\n    Dopt/Nopt\n    where C = 1e21, alpha = 0.34\n    cite \"H (2022)\"\n"
                + "    expect in [15, 25]\n"
                + "plot p \"a plot\":\n    (1 - A*N^(-alpha))^L\n    for N in [1000, 1e12] loglog\n    series L = 1, 1/2\n"
                + "    where A = 10\n    axis \"N \\\"x\\\"\" \"P\"\n    cite \"S (2023)\"\n"
                + "plot q \"linear\":\n    x^2\n    for x in [0, 1]\n";
        String printed = ScriptPrinter.print(parse(canonical));
        assertEquals(canonical, printed);
        // written in another layout (title omitted, expression on the header line), the same statements
        String loose = "derivation d \"t\"\nvalue v: x^2\n    where x = 3\n";
        assertEquals("derivation d \"t\"\nvalue v \"v\":\n    x^2\n    where x = 3\n", ScriptPrinter.print(parse(loose)));
    }
}
