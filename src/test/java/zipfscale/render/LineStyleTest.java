package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LineStyle}: neighbouring series differ in colour and in mark (or dash); the TikZ options. */
class LineStyleTest {

    @Test
    void neighbouringSeries_differInColourAndMark_orColourAndDash() {
        for (int i = 0; i < 16; i++) {
            LineStyle a = LineStyle.cycle(i);
            LineStyle b = LineStyle.cycle(i + 1);
            assertNotEquals(a.color(), b.color());
            assertNotEquals(a.mark(), b.mark());
            LineStyle c = LineStyle.lines(i);
            LineStyle d = LineStyle.lines(i + 1);
            assertNotEquals(c.color(), d.color());
            assertNotEquals(c.dash(), d.dash());
            assertFalse(c.marked());
        }
    }

    @Test
    void settings_arePgfBasicLayer() {
        LineStyle s = new LineStyle("red", "square*", "dashed", true, true);
        assertEquals("\\color{red}\\pgfsetlinewidth{0.80pt}\\pgfsetdash{{3pt}{3pt}}{0pt}\\pgfsetroundjoin", s.pgfLine());
        // a filled mark is filled in its colour, an open one in white; marks are never dashed (a fresh scope)
        assertFalse(s.pgfMarks()[0].contains("white"));
        assertTrue(s.withMark("square").pgfMarks()[0].contains("\\pgfsetfillcolor{white}"));
        // the square of half-side 0.8 x 0.046 cm = 0.0368 cm around (1, 1), rounded to 3 decimals
        assertEquals("\\zsM{0.963}{0.963}\\zsL{1.037}{0.963}\\zsL{1.037}{1.037}\\zsL{0.963}{1.037}\\pgfpathclose",
                s.markPath(1, 1));
        // a dot: a zero-length stroke with round caps 2 x 0.046 cm = 2.61 pt wide
        LineStyle dot = LineStyle.cycle(0);
        assertEquals("\\zsM{1.000}{2.000}\\zsL{1.000}{2.000}", dot.markPath(1, 2));
        assertTrue(dot.pgfMarks()[0].contains("\\pgfsetroundcap\\pgfsetlinewidth{2.61pt}"), dot.pgfMarks()[0]);
        assertEquals("\\color{black}\\pgfsetlinewidth{0.40pt}\\pgfsetdash{{3pt}{3pt}}{0pt}\\pgfsetroundjoin",
                LineStyle.reference().pgfLine());
    }
}
