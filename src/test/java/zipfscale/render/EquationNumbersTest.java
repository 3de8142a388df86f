package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code \tag} text from a claim's cites; expected values are the paper's numbering conventions. */
class EquationNumbersTest {

    @Test
    void oneEquation() {
        assertEquals("57", EquationNumbers.tag(List.of("eq. (57)")));
        assertEquals("16", EquationNumbers.tag(List.of("Theorem 5.1 (16)")));
        assertEquals("12a", EquationNumbers.tag(List.of("eq. (12a)")));
    }

    @Test
    void severalEquations_inOrder_withoutRepeats() {
        assertEquals("48, 57", EquationNumbers.tag(List.of("eqs. (48), (57)")));
        assertEquals("57, 58", EquationNumbers.tag(List.of("eq. (57)", "eq. (58)", "again (57)")));
    }

    @Test
    void aDashBetweenTwoNumbersIsARange() {
        assertEquals("56--58", EquationNumbers.tag(List.of("Section 10.3, eqs. (56)-(58)")));
        assertEquals("12--13", EquationNumbers.tag(List.of("eqs. (12) \u2013 (13)")));
        assertEquals("12, 13", EquationNumbers.tag(List.of("eqs. (12) and (13)")));
    }

    @Test
    void noEquation_givesEmpty_soLatexNumbersTheDisplay() {
        assertEquals("", EquationNumbers.tag(List.of()));
        assertEquals("", EquationNumbers.tag(List.of("Remark 5.1", "Proposition 10.2", "(x)", "(1.5)")));
        assertEquals("", EquationNumbers.tag(List.of("(\\input{secret})")));
    }

    @Test
    void yearsInCites_areNotEquations() {
        assertEquals("", EquationNumbers.tag(List.of("Hoffmann et al. (2022), Approach 3")));
        assertEquals("5", EquationNumbers.tag(List.of("Muennighoff et al. (2023), eq. (5)")));
        assertEquals("1890", EquationNumbers.tag(List.of("eq. (1890)")));
    }
}
