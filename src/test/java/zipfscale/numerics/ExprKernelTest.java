package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.special.Gamma;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;

/** A kernel given as an expression agrees with the engine's named kernels and with closed-form Mellin constants. */
class ExprKernelTest {
    private static final Expr U = Expr.sym("u");

    // exp(-u) written as an expression against NamedKernel.EXP: the same operations on the same jets,
    // so agreement to a few ulps (1e-14 relative) for the value and the Taylor coefficients.
    @Test
    void expressionExp_matchesTheNamedKernel_onJets() {
        ExprKernel g = new ExprKernel(Expr.call("Exp", Expr.neg(U)), "u");
        for (double u : new double[] {0, 0.3, 2, 17}) {
            Jet a = g.value(Jet.variable(u, 4));
            Jet b = NamedKernel.EXP.value(Jet.variable(u, 4));
            for (int k = 0; k <= 4; k++) {
                assertEquals(b.coefficient(k), a.coefficient(k), 1e-14 * Math.abs(b.coefficient(k)) + 1e-300);
            }
        }
        Apfloat v = g.value(new Apfloat("0.5", 40), 40);
        assertEquals(Math.exp(-0.5), v.doubleValue(), 1e-15);
    }

    // 1 - exp(-u) near u = 0 is computed as -expm1(-u): value u - u^2/2 + ... to an ulp (written as 1 - exp(-u) the
    // double result at u = 1e-20 would be 0); its Taylor coefficients are those of -exp(-u) (1, -1/2, 1/6 at u = 0)
    @Test
    void oneMinusExp_keepsItsDigitsNearZero() {
        ExprKernel g = new ExprKernel(Expr.sub(Expr.num(1), Expr.call("Exp", Expr.neg(U))), "u");
        assertEquals(1e-20, g.value(1e-20), 1e-35);
        assertEquals(-Math.expm1(-1e-8), g.value(1e-8), 1e-24);
        Jet j = g.value(Jet.variable(0, 3));
        assertEquals(0, j.coefficient(0), 0);
        assertEquals(1, j.coefficient(1), 1e-15);
        assertEquals(-0.5, j.coefficient(2), 1e-15);
        assertEquals(1.0 / 6, j.coefficient(3), 1e-15);
        assertEquals(-Math.expm1(-0.7), g.value(new Apfloat("0.7", 40), 40L).doubleValue(), 1e-15);
    }

    // The Poisson threshold kernel with m = 2, sum_{j<2} e^-u u^j/j! = (1 + u) e^-u, written as a finite
    // sum, against PoissonKernel(2) (closed form (1 + u) e^-u; tolerance a few ulps).
    @Test
    void finiteSumKernel_matchesThePoissonKernel() {
        Expr j = Expr.sym("j");
        Expr body = Expr.mul(Expr.call("Exp", Expr.neg(U)), Expr.pow(U, j), Expr.pow(Expr.call("Factorial", j), Expr.num(-1)));
        ExprKernel g = new ExprKernel(new Sum(body, "j", Expr.num(0), Expr.num(1)), "u");
        for (double u : new double[] {0, 0.5, 3}) {
            assertEquals((1 + u) * Math.exp(-u), g.value(u), 1e-15);
        }
    }

    // M_g(s) of exp(-u^3) is Gamma(s/3)/3 (substitute t = u^3 in Euler's integral); the engine's
    // quadrature reports its own error, and 1e-8 relative is well above it.
    @Test
    void mellinOfExpMinusUCubed_isGammaOfSOverThreeOverThree() {
        ExprKernel g = new ExprKernel(Expr.call("Exp", Expr.neg(Expr.pow(U, Expr.num(3)))), "u");
        double s = 0.6;
        double expected = Gamma.gamma(s / 3) / 3;
        assertEquals(expected, MellinTransform.mellin(g, s).value(), 1e-8 * expected);
    }

    @Test
    void aKernelWithAnUnknownFunction_isUnsupported() {
        ExprKernel g = new ExprKernel(Expr.call("Gamma", U), "u");
        EvaluationException e = assertThrows(EvaluationException.class, () -> g.value(1.0));
        assertEquals(true, e.unsupported());
    }
}
