package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import zipfscale.diag.DomainException;

/**
 * Every domain error names the parameter, its value and its domain; valid neighbours of each bad input
 * do not throw (so the checks are not vacuous).
 */
class DomainErrorsTest {

    private static DomainException expect(String parameter, Executable call) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(parameter + " = "), e.getMessage());
        assertTrue(e.getMessage().contains(e.domain()), e.getMessage());
        return e;
    }

    @Test
    void alphaAtMostOne_isDivergent() {
        DomainException e = expect("alpha", () -> ZipfSums.missing(1, 10));
        assertTrue(e.getMessage().contains("diverges"), e.getMessage());
        expect("alpha", () -> ZipfSums.tail(0.5, 3));
        expect("alpha", () -> ZipfSums.zeta(1));
        expect("alpha", () -> PreciseZipfSums.zeta(new Apfloat("0.99", 30), 30));
        expect("alpha", () -> RegularlyVaryingSums.expsum(1, 1, 10));
        assertDoesNotThrow(() -> ZipfSums.missing(1.001, 10));
        // issue 21: between 1 and 1.001 the sum converges but its double bound is not guaranteed: refused
        DomainException near = expect("alpha", () -> ZipfSums.missing(1.0001, 10));
        assertTrue(near.getMessage().contains("[1.001, 30]"), near.getMessage());
    }

    @Test
    void zetaOutsideItsDomain_isRejected() {
        expect("s", () -> Zeta.riemann(1));
        expect("a", () -> Zeta.hurwitz(2, 0));
        expect("s", () -> Zeta.hurwitz(Double.NaN, 1));
        assertDoesNotThrow(() -> Zeta.hurwitz(1.001, 1e-9));
    }

    @Test
    void nonFiniteInputs_areRejected() {
        expect("alpha", () -> ZipfSums.expsum(Double.NaN, 10));
        expect("D", () -> ZipfSums.expsum(2, Double.POSITIVE_INFINITY));
        expect("tau", () -> ZipfSums.dynsum(2, 1, 1, Double.NaN));
        expect("s", () -> MellinTransform.mellin(NamedKernel.EXP, Double.NaN));
        expect("c", () -> RegularlyVaryingSums.tail(2, Double.NaN, 3));
    }

    @Test
    void negativeOrZeroScales_areRejected() {
        expect("D", () -> ZipfSums.missing(2, -1));
        expect("D", () -> PreciseZipfSums.missing(new Apfloat(2), new Apfloat(-1), 20));
        expect("tau", () -> ZipfSums.dynsum(2, 1, 1, -1e-9));
        expect("beta", () -> ZipfSums.dynsum(2, 0, 1, 10));
        expect("beta", () -> ZipfSums.kernelsum(2, -1, 1, 10, NamedKernel.GAUSS));
        expect("c", () -> ZipfSums.dynsum(2, 1, 0, 10));
        expect("M", () -> ZipfSums.tail(2, -1));
        expect("M", () -> ZipfSums.tail(2, 2.5));
        expect("m0", () -> ZipfSums.threshold(2, 10, 0));
        expect("m0", () -> ZipfSums.threshold(2, 10, 1.5));
        expect("D", () -> ZipfSums.threshold(2, 10.5, 2));
        expect("digits", () -> PreciseZipfSums.expsum(new Apfloat(2), new Apfloat(10), 0));
        assertDoesNotThrow(() -> ZipfSums.dynsum(2, 1, 1, 0));
        assertDoesNotThrow(() -> ZipfSums.threshold(2, 10, 1));
    }

    @Test
    void mellinOutsideItsStrip_namesSAndTheStrip() {
        DomainException e = expect("s", () -> MellinTransform.mellin(NamedKernel.INV1PU, 1.5));
        assertEquals("(0, 1)", e.domain());
        expect("s", () -> MellinTransform.mellin(NamedKernel.EXP, 0));
        expect("s", () -> MellinTransform.mellin(NamedKernel.INV1PU2, 2));
        expect("s", () -> MellinTransform.mellin(new PoissonKernel(3), -0.5));
        assertDoesNotThrow(() -> MellinTransform.mellin(NamedKernel.INV1PU2, 1.99));
    }

    @Test
    void unboundedKernel_isRejected() {
        Kernel growing = kernel("1+u", u -> u.plus(1.0));
        Kernel singular = kernel("1/u", Jet::reciprocal);
        expect("g", () -> ZipfSums.kernelsum(2, 1, 1, 10, growing));
        expect("g", () -> ZipfSums.kernelsum(2, 1, 1, 10, singular));
        expect("g", () -> MellinTransform.mellin(growing, 0.5));
        Kernel bounded = kernel("1/(2+u)", u -> u.plus(2.0).reciprocal());
        assertDoesNotThrow(() -> ZipfSums.kernelsum(2, 1, 1, 10, bounded));
        assertEquals(new MellinStrip(0, 1), MellinTransform.strip(bounded));
    }

    @Test
    void stripOfUnknownKernel_isEstimatedFromItsPowers() {
        // u/(1+u)^3: ~u at 0, ~u^-2 at infinity -> strip (-1, 2)
        Kernel k = kernel("u/(1+u)^3", u -> u.times(u.plus(1.0).pow(-3)));
        assertEquals(new MellinStrip(-1, 2), MellinTransform.strip(k));
        // and its Mellin transform at s = 0.5 is B(1.5, 1.5) = pi/8
        Estimate m = MellinTransform.mellin(k, 0.5);
        assertTrue(Tolerance.relative(1e-12).accepts(m.value(), Math.PI / 8), m.toString());
    }

    private static Kernel kernel(String name, java.util.function.UnaryOperator<Jet> f) {
        return new Kernel() {
            @Override
            public String displayName() {
                return name;
            }

            @Override
            public Jet value(Jet u) {
                return f.apply(u);
            }

            @Override
            public ApJet value(ApJet u) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
