package zipfscale.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.diag.Diagnostic;

/** {@code --bound} texts, and the transform of {@link BoundedLaw} (round trip, strictly inside, chain rule). */
class BoundTest {

    @Test
    void boundsAreReadInEveryWrittenForm() {
        List<Diagnostic> errors = new ArrayList<>();
        assertEquals(new Bound("B", 0, Double.POSITIVE_INFINITY, false), Bound.parse("B > 0", errors::add));
        assertEquals(new Bound("B", 0, Double.POSITIVE_INFINITY, false), Bound.parse("B>=0", errors::add));
        assertEquals(new Bound("k", Double.NEGATIVE_INFINITY, 1e3, false), Bound.parse(" k < 1e3 ", errors::add));
        assertEquals(new Bound("p", 0, 1, false), Bound.parse("0 < p < 1", errors::add));
        assertTrue(errors.isEmpty(), errors.toString());
        assertNull(Bound.parse("B = 0", errors::add));
        assertNull(Bound.parse("1 < p < 0", errors::add));
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).format().startsWith("--bound:1:1: error: cannot read the bound 'B = 0'"), errors.get(0).format());
        assertTrue(errors.get(1).format().contains("is empty"), errors.get(1).format());
    }

    /**
     * Round trip p -> u -> p to 1e-12 (exp and log are exact to a few ulps); a start outside a bound is moved
     * inside; the gradient in u is the gradient in p times dp/du, checked against central differences in u
     * (step 1e-6, error ~1e-10 relative for these smooth maps).
     */
    @Test
    void transformRoundTripsStaysInsideAndFollowsTheChainRule() {
        ExpressionLaw base = KnownLaws.general("c0 + c1*x^(-p)", List.of("x", "y"), "y", "d");
        BoundedLaw law = new BoundedLaw(base, List.of(new Bound("c1", 0, Double.POSITIVE_INFINITY, false),
                new Bound("p", 0, 2, false)));
        double[] p = {0.5, 3, 0.4}; // c0, c1, p (sorted)
        double[] back = law.toParameters(law.toInternal(p));
        for (int k = 0; k < p.length; k++) {
            assertEquals(p[k], back[k], 1e-12);
        }
        double[] moved = law.toParameters(law.toInternal(new double[] {0.5, -3, 5}));
        assertTrue(moved[1] > 0 && moved[2] > 0 && moved[2] < 2, java.util.Arrays.toString(moved));
        double[] u = law.toInternal(p);
        double[] x = {10};
        double[] g = law.gradient(x, u);
        for (int k = 0; k < u.length; k++) {
            double[] up = u.clone();
            double[] down = u.clone();
            up[k] += 1e-6;
            down[k] -= 1e-6;
            double numeric = (law.value(x, up) - law.value(x, down)) / 2e-6;
            assertEquals(numeric, g[k], 1e-6 * Math.max(1, Math.abs(numeric)), "component " + k);
        }
    }
}
