package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers of {@code \numberwithin{equation}{section}} with amsmath (amsmath's user guide, section 3.2
 * on {@code \tag}: a tagged display does not step the counter); that LaTeX gives the same numbers to the
 * whole regenerated document is checked against its .aux in {@code RegenerateDocumentTest}.
 */
class EquationNumberingTest {
    @Test
    void sectionsResetTheNumber_tagsAndStarredDisplaysDoNotStepIt() {
        EquationNumbering n = new EquationNumbering();
        n.read("\\section*{Summary}\n\\section{One}\\label{derivation:one}\n"
                + "\\begin{equation}\nx\n\\label{claim:one:a}\n\\end{equation}\n"
                + "\\begin{equation}\ny\n\\tag{13}\\label{claim:one:b}\n\\end{equation}\n"
                + "\\begin{equation*}\nz\n\\end{equation*}\n"
                + "\\begin{multline}\nu \\\\\nv\n\\label{claim:one:c}\n\\end{multline}\n");
        n.read("\\part{Classic}\n\\section{Two}\n\\begin{equation}\nw\n\\label{value:two:v}\n\\end{equation}\n");
        assertEquals(Map.of("claim:one:a", "1.1", "claim:one:b", "13", "claim:one:c", "1.2", "value:two:v", "2.1"),
                n.numbers());
        assertNull(n.number("derivation:one"), "a section label is not a display's");
    }

    @Test
    void environmentsWithOtherRulesAreRefused() {
        for (String env : new String[] {"align", "gather", "eqnarray"}) {
            EquationNumbering n = new EquationNumbering();
            assertThrows(IllegalArgumentException.class,
                    () -> n.read("\\section{S}\n\\begin{" + env + "}\nx\n\\end{" + env + "}\n"), env);
        }
        assertThrows(IllegalArgumentException.class, () -> new EquationNumbering().read("\\begin{equation}\nx\n"));
    }
}
