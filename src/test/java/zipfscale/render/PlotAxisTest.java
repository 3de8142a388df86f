package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PlotAxis}: the range maps onto [0, length] cm, linearly or in log10; padding; what it shows. */
class PlotAxisTest {

    @Test
    void linearAxis_mapsItsRangeOntoTheLength() {
        PlotAxis a = new PlotAxis(-2, 6, false, "");
        assertEquals(0, a.position(-2, 8), 0);
        assertEquals(8, a.position(6, 8), 0);
        // (1 - (-2)) / 8 of 8 cm is 3 cm, exact in binary
        assertEquals(3, a.position(1, 8), 0);
    }

    @Test
    void logAxis_mapsDecadesEvenly() {
        PlotAxis a = new PlotAxis(1e-3, 1e5, true, "");
        assertEquals(0, a.position(1e-3, 4), 1e-12);
        assertEquals(4, a.position(1e5, 4), 1e-12);
        // 10^1 is half way in decades: (1 - (-3)) / (5 - (-3)) = 1/2; log10 rounding below 1e-12
        assertEquals(2, a.position(10, 4), 1e-12);
    }

    @Test
    void covering_padsByAFractionOfTheLength_inDecadesOnALogAxis() {
        PlotAxis lin = PlotAxis.covering(0, 10, false, 0.05, "");
        assertEquals(-0.5, lin.lo(), 1e-15);
        assertEquals(10.5, lin.hi(), 1e-15);
        PlotAxis log = PlotAxis.covering(1, 1e4, true, 0.25, "");
        // 4 decades, a quarter of them on each side: 10^-1 ... 10^5
        assertEquals(0.1, log.lo(), 1e-15);
        assertEquals(1e5, log.hi(), 1e-9);
    }

    @Test
    void covering_aSingleValue_givesANonEmptyRange() {
        PlotAxis log = PlotAxis.covering(3, 3, true, 0.05, "");
        assertEquals(1.5, log.lo(), 0);
        assertEquals(6, log.hi(), 0);
        PlotAxis lin = PlotAxis.covering(-4, -4, false, 0.05, "");
        assertEquals(-6, lin.lo(), 0);
        assertEquals(-2, lin.hi(), 0);
        PlotAxis small = PlotAxis.covering(0.1, 0.1, false, 0.05, "");
        assertEquals(-0.4, small.lo(), 1e-15);
        assertEquals(0.6, small.hi(), 1e-15);
    }

    @Test
    void shows_onlyFiniteValuesInsideTheRange_positiveOnALogAxis() {
        PlotAxis log = new PlotAxis(1e-3, 1e3, true, "");
        assertTrue(log.shows(1));
        assertFalse(log.shows(Double.NaN));
        assertFalse(log.shows(Double.POSITIVE_INFINITY));
        assertFalse(log.shows(0));
        assertFalse(log.shows(-1));
        assertFalse(log.shows(1e4));
        PlotAxis lin = new PlotAxis(-1, 1, false, "");
        assertTrue(lin.shows(-1) && lin.shows(0) && lin.shows(1));
        assertFalse(lin.shows(Double.NEGATIVE_INFINITY));
    }

    @Test
    void anEmptyRange_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PlotAxis(1, 1, false, ""));
        assertThrows(IllegalArgumentException.class, () -> new PlotAxis(-1, 1, true, ""));
        assertThrows(IllegalArgumentException.class, () -> PlotAxis.covering(0, 1, true, 0, ""));
    }
}
