package zipfscale.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zipfscale.cas.ExpressionReader;

class PolynomialFormTest {

    private static Expr read(String text) {
        return ExpressionReader.read(text, "test", 1, 1);
    }

    private static Optional<Boolean> zero(String lhs, String rhs) {
        return PolynomialForm.isZero(Expr.sub(read(lhs), read(rhs)));
    }

    /** Textbook identities (GKP ch. 5 binomial theorem; Brahmagupta-Fibonacci; sum of cubes; Laurent). */
    @ParameterizedTest
    @ValueSource(strings = {
        "(alpha + 1)^2 | alpha^2 + 2*alpha + 1",
        "(x + y)^5 | x^5 + 5*x^4*y + 10*x^3*y^2 + 10*x^2*y^3 + 5*x*y^4 + y^5",
        "(a^2 + b^2)*(c^2 + d^2) | (a*c - b*d)^2 + (a*d + b*c)^2",
        "x^3 + y^3 | (x + y)*(x^2 - x*y + y^2)",
        "x*x^(-1) | 1",
        "(2*x*y)^(-2)*x^3 | x/(4*y^2)",
        "0.1*10 | 1",
        "Zeta(alpha)*(1 + Gamma(s))^2 | Zeta(alpha) + 2*Zeta(alpha)*Gamma(s) + Zeta(alpha)*Gamma(s)^2",
    })
    void textbookIdentities_expandToZero(String pair) {
        String[] s = pair.split("\\|");
        assertEquals(Optional.of(true), zero(s[0].strip(), s[1].strip()), pair);
    }

    /** Wrong by a little or by a term: the form is not zero (and decides nothing, the caller goes on). */
    @ParameterizedTest
    @ValueSource(strings = {
        "(alpha + 1)^2 | alpha^2 + 2*alpha",
        "(alpha + 1)^2 | alpha^2 + 2*alpha + 1 + 10^(-40)",
        "(x + y)^5 | x^5 + 5*x^4*y + 10*x^3*y^2 + 10*x^2*y^3 + 5*x*y^4 + y^5 + x*y",
        "0.1*10 | 1.0000000000000000000001",
        // true, but beyond exact expansion (opaque atoms): not claimed as zero
        "Exp(a)*Exp(b) | Exp(a + b)",
        "Sqrt(x)^2 | x",
        "(x + 1)/(x + 1) | 1",
    })
    void otherPairs_areNotZero(String pair) {
        String[] s = pair.split("\\|");
        assertEquals(Optional.of(false), zero(s[0].strip(), s[1].strip()), pair);
    }

    @Test
    void aHugeExpansion_givesUp() {
        assertEquals(Optional.empty(), zero("(a + b + c + d + e)^40", "1"));
        assertEquals(Optional.empty(), zero("x^100", "x^100"));
    }

    /**
     * Soundness: whenever the form says zero, the difference is exactly 0 at random rational points
     * (independent exact evaluation with BigFraction). Random polynomials p, q in x, y with small integer
     * coefficients; half the pairs are (p * q, expanded by hand as a sum of products), half independent.
     */
    @Test
    void zeroForms_vanishAtRationalPoints() {
        qt().withExamples(300).forAll(integers().between(0, Integer.MAX_VALUE - 1)).checkAssert(seed -> {
            Random r = new Random(seed);
            Expr p = randomPolynomial(r);
            Expr q = randomPolynomial(r);
            Expr lhs = Expr.mul(p, q);
            Expr rhs = r.nextBoolean() ? distribute(p, q) : randomPolynomial(r);
            Expr diff = Expr.sub(lhs, rhs);
            Optional<Boolean> z = PolynomialForm.isZero(diff);
            for (int i = 0; i < 3; i++) {
                BigFraction x = new BigFraction(r.nextInt(41) - 20, 1 + r.nextInt(7));
                BigFraction y = new BigFraction(r.nextInt(41) - 20, 1 + r.nextInt(7));
                BigFraction v = exact(diff, Map.of("x", x, "y", y));
                if (z.orElse(false)) {
                    assertEquals(BigFraction.ZERO, v, diff.toString());
                }
            }
            if (rhs.equals(distribute(p, q))) {
                assertEquals(Optional.of(true), z, diff.toString());
            }
        });
    }

    private static Expr randomPolynomial(Random r) {
        int n = 2 + r.nextInt(3);
        Expr[] terms = new Expr[n];
        for (int i = 0; i < n; i++) {
            terms[i] = Expr.mul(Expr.num(r.nextInt(9) - 4), Expr.pow(Expr.sym("x"), Expr.num(r.nextInt(3))),
                    Expr.pow(Expr.sym("y"), Expr.num(r.nextInt(3))));
        }
        return Expr.add(terms);
    }

    /** p * q written out term by term (the distributive law applied by hand, not by the class under test). */
    private static Expr distribute(Expr p, Expr q) {
        java.util.List<Expr> terms = new java.util.ArrayList<>();
        for (Expr a : terms(p)) {
            for (Expr b : terms(q)) {
                terms.add(Expr.mul(a, b));
            }
        }
        return Expr.add(terms.toArray(new Expr[0]));
    }

    private static java.util.List<Expr> terms(Expr e) {
        return e instanceof Add a ? a.terms() : java.util.List.of(e);
    }

    private static BigFraction exact(Expr e, Map<String, BigFraction> env) {
        if (e instanceof Rational q) {
            return new BigFraction(q.numerator(), q.denominator());
        }
        if (e instanceof Symbol s) {
            return env.get(s.name());
        }
        if (e instanceof Add a) {
            BigFraction s = BigFraction.ZERO;
            for (Expr t : a.terms()) {
                s = s.add(exact(t, env));
            }
            return s;
        }
        if (e instanceof Mul m) {
            BigFraction s = BigFraction.ONE;
            for (Expr t : m.factors()) {
                s = s.multiply(exact(t, env));
            }
            return s;
        }
        Pow p = (Pow) e;
        int k = ((Rational) p.exponent()).numerator().intValueExact();
        BigFraction b = exact(p.base(), env);
        return k >= 0 ? b.pow(k) : b.pow(-k).reciprocal();
    }

    @Test
    void exactEvaluator_isNotVacuous() {
        Expr e = read("x^2 - y");
        assertEquals(new BigFraction(7), exact(e, Map.of("x", new BigFraction(3), "y", new BigFraction(2))));
    }
}
