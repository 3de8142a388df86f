package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ticks of {@link NiceTicks}: decades on log axes (thinned to at most six labels), 1-2-5 steps on
 * linear ones. Expected ticks are enumerated by hand from the definitions (10^k inside the range; multiples
 * of 1, 2 or 5 times a power of ten), exact up to the double rounding of 10^k (tolerance 1e-12 relative).
 */
class NiceTicksTest {

    @Test
    void logAxis_from1e_12To3_hasTheDecadesInside_labelledAtMostSix() {
        List<NiceTicks.Tick> ticks = NiceTicks.of(1e-12, 3, true);
        // 10^-12 ... 10^0 lie in [1e-12, 3]; 10^1 = 10 does not: 13 decades
        assertEquals(13, ticks.size());
        for (int i = 0; i < ticks.size(); i++) {
            assertEquals(Math.pow(10, -12 + i), ticks.get(i).value(), 1e-12 * Math.pow(10, -12 + i));
        }
        List<String> labels = ticks.stream().filter(NiceTicks.Tick::major).map(NiceTicks.Tick::label).toList();
        // 13 labels thinned: every 2nd would be 7 (> 6), every 3rd (k = -12, -9, -6, -3, 0) is 5
        assertEquals(List.of("10^{-12}", "10^{-9}", "10^{-6}", "10^{-3}", "10^{0}"), labels);
    }

    @Test
    void logAxis_ofAFewDecades_labelsEvery_decade() {
        List<NiceTicks.Tick> ticks = NiceTicks.of(500, 2e6, true);
        assertEquals(List.of("10^{3}", "10^{4}", "10^{5}", "10^{6}"), ticks.stream().map(NiceTicks.Tick::label).toList());
    }

    @Test
    void linearAxis_from0_3To7_1_getsOneTwoFiveTicks() {
        List<NiceTicks.Tick> ticks = NiceTicks.linear(0.3, 7.1);
        // step 1 (the smallest 1-2-5 step leaving at most 7 ticks: 0.5 would give 14): 1, 2, ..., 7
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), ticks.stream().map(NiceTicks.Tick::label).toList());
        for (int i = 0; i < ticks.size(); i++) {
            assertEquals(i + 1, ticks.get(i).value(), 0);
        }
    }

    @Test
    void linearTicks_areMultiplesOfAOneTwoFiveStep_insideTheRange() {
        Random random = new Random(20261202L);
        for (int n = 0; n < 500; n++) {
            double lo = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(13) - 6);
            // widths from 1e-3 to 1e3 times the offset |lo|: the ticks' spacing is then far above double rounding
            double hi = lo + Math.max(Math.abs(lo), 1e-6) * Math.pow(10, random.nextInt(7) - 3) * (0.1 + random.nextDouble());
            List<NiceTicks.Tick> ticks = NiceTicks.linear(lo, hi);
            assertTrue(ticks.size() >= 1 && ticks.size() <= NiceTicks.MAX_LINEAR, lo + " " + hi + " " + ticks);
            for (NiceTicks.Tick t : ticks) {
                assertTrue(t.value() >= lo - 1e-9 * (hi - lo) && t.value() <= hi + 1e-9 * (hi - lo), lo + " " + hi + " " + t);
            }
            if (ticks.size() >= 2) {
                double step = ticks.get(1).value() - ticks.get(0).value();
                double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
                assertTrue(Math.abs(mantissa - 1) < 1e-6 || Math.abs(mantissa - 2) < 1e-6
                        || Math.abs(mantissa - 5) < 1e-6, "step " + step);
                // the smallest such step: the next smaller 1-2-5 step (1 -> 0.5, 2 -> 1, 5 -> 2) leaves more than 7
                double smaller = step * (Math.abs(mantissa - 2) < 1e-6 ? 0.5 : Math.abs(mantissa - 5) < 1e-6 ? 0.4 : 0.5);
                long count = (long) Math.floor(hi / smaller + 1e-9) - (long) Math.ceil(lo / smaller - 1e-9) + 1;
                assertTrue(count > NiceTicks.MAX_LINEAR, lo + " " + hi + " step " + step);
            }
        }
    }

    @Test
    void logAxis_withinOneDecade_getsOneTwoFiveValues_orLinearTicks() {
        // [3, 70] holds one decade (10) but 5, 10, 20, 50 of the 1-2-5 values
        assertEquals(List.of("5", "10", "20", "50"),
                NiceTicks.of(3, 70, true).stream().map(NiceTicks.Tick::label).toList());
        // [0.79, 1.44] holds only the 1-2-5 value 1: linear ticks of step 0.1
        assertEquals(List.of("0.8", "0.9", "1", "1.1", "1.2", "1.3", "1.4"),
                NiceTicks.of(0.79, 1.44, true).stream().map(NiceTicks.Tick::label).toList());
    }

    @Test
    void integerTicks_haveStepsOfAtLeastOne() {
        assertEquals(List.of("1", "2"), NiceTicks.of(0.5, 2.5, false, 1).stream().map(NiceTicks.Tick::label).toList());
        assertEquals(List.of("10", "20", "30", "40"),
                NiceTicks.of(0.5, 40.5, false, 1).stream().map(NiceTicks.Tick::label).toList());
    }

    @Test
    void labels_arePlainDecimalsNearOne_andPowersOfTenFarFromIt() {
        assertEquals("0.8", NiceTicks.number(2, -1, 4));
        assertEquals("15", NiceTicks.number(5, 0, 3));
        assertEquals("3 \\cdot 10^{5}", NiceTicks.number(1, 5, 3));
        assertEquals("1.2 \\cdot 10^{6}", NiceTicks.number(1, 5, 12));
        assertEquals("10^{-5}", NiceTicks.number(1, -5, 1));
        assertEquals("-0.002", NiceTicks.number(2, -3, -1));
        assertEquals("0", NiceTicks.number(5, 2, 0));
        assertEquals("1", NiceTicks.number(5, -1, 2));
        assertEquals("1.5", NiceTicks.number(5, -1, 3));
        assertEquals("100", NiceTicks.number(5, 1, 2));
    }

    @Test
    void anEmptyOrNonPositiveLogRange_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(2, 2, false));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(0, 1, true));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(1, Double.NaN, false));
    }
}
