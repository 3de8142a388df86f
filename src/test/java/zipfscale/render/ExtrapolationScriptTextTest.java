package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Extrapolation;
import zipfscale.diag.Diagnostics;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;
import zipfscale.script.Statement;

/** Printing an {@code extrapolate} statement and reading it back gives the same statement (spans aside). */
class ExtrapolationScriptTextTest {

    private static Extrapolation only(String text) {
        Diagnostics d = new Diagnostics();
        List<Statement> s = ScriptParser.parse(ScriptFile.of("x.zs", text), d);
        assertFalse(d.hasErrors(), d.all().toString());
        return s.stream().filter(Statement.Extrapolate.class::isInstance).map(x -> ((Statement.Extrapolate) x)
                .extrapolation()).findFirst().orElseThrow();
    }

    @Test
    void gpt4Script_printsAndReadsBackToTheSameNumbersAndExpressions() throws Exception {
        Extrapolation a = only(Files.readString(Path.of("derivations/classic/gpt4-extrapolation.zs")));
        Extrapolation b = only("derivation d \"t\"\n" + ScriptPrinter.print(new Statement.Extrapolate(a, a.span())) + "\n");
        assertEquals(a.truth(), b.truth());
        assertEquals(List.of(a.lower(), a.upper(), a.noise(), (double) a.points(), (double) a.seed()),
                List.of(b.lower(), b.upper(), b.noise(), (double) b.points(), (double) b.seed()));
        assertEquals(a.targets(), b.targets());
        assertEquals(a.minimize().lower(), b.minimize().lower());
        assertEquals(a.minimize().upper(), b.minimize().upper());
        assertEquals(a.where().stream().map(w -> w.name() + "=" + w.value()).toList(),
                b.where().stream().map(w -> w.name() + "=" + w.value()).toList());
        assertEquals(a.cites(), b.cites());
        assertEquals(a.title(), b.title());
    }
}
