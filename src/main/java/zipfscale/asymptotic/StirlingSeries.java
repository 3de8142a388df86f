package zipfscale.asymptotic;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.numerics.BernoulliNumbers;

/**
 * The special functions at a growing argument z = u(x) (u -> +infinity), as expansions composed with the
 * expansion of u, each from its DLMF formula:
 * <ul>
 * <li>LogGamma(z) = (z - 1/2) log z - z + log(2 pi)/2 + sum_{k=1}^{K} B_{2k}/(2k(2k-1) z^{2k-1}) + O(z^{-2K-1})
 *     (DLMF 5.11.1); Gamma = exp(LogGamma);</li>
 * <li>psi(z) = log z - 1/(2z) - sum_{k>=1} B_{2k}/(2k z^{2k}) (DLMF 5.11.2); for n >= 1,
 *     psi^(n)(z) = (-1)^(n-1) [(n-1)!/z^n + n!/(2 z^(n+1)) + sum_{k>=1} (2k+n-1)!/(2k)! B_{2k}/z^(2k+n)]
 *     (DLMF 5.15.8);</li>
 * <li>Hurwitz zeta(s, z) = z^(1-s)/(s-1) + z^(-s)/2 + sum_{k>=1} B_{2k}/(2k)! (s)_(2k-1) z^(1-s-2k), s != 1
 *     (DLMF 25.11.43);</li>
 * <li>upper incomplete Gamma(a, z) = z^(a-1) e^(-z) sum_{k>=0} (a-1)(a-2)...(a-k) z^(-k) (DLMF 8.11.2).</li>
 * </ul>
 * The remainder of each truncated series is O(z^-N) at the first dropped power, z ~ c m giving O(m^-N).
 */
final class StirlingSeries {
    private final ExpansionAlgebra alg;

    StirlingSeries(ExpansionAlgebra alg) {
        this.alg = alg;
    }

    private static Expr bernoulli(int j) {
        BigInteger[] b = BernoulliNumbers.even(j);
        return Rational.of(b[0], b[1]);
    }

    private static Expr factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return new Rational(f, BigInteger.ONE);
    }

    private int terms() {
        return Math.min(alg.width() + 1, BernoulliNumbers.MAX_J);
    }

    private AsymptoticExpansion bigO(ScaleMonomial m) {
        return new AsymptoticExpansion(alg.variable(), List.of(), Optional.of(Remainder.bigO(m)), List.of(), List.of());
    }

    /** z^(-n) as an expansion. */
    private AsymptoticExpansion inversePower(AsymptoticExpansion z, int n) {
        return alg.pow(z, Expr.num(-n));
    }

    AsymptoticExpansion logGamma(AsymptoticExpansion z, AsymptoticExpansion logZ) {
        ScaleMonomial m = alg.leading(z, "the argument of LogGamma").monomial();
        AsymptoticExpansion out = alg.mul(alg.add(z, alg.constant(Expr.frac(-1, 2))), logZ);
        out = alg.add(out, alg.negate(z));
        out = alg.add(out, alg.constant(Coefficients.mul(Expr.frac(1, 2),
                Expr.call("Log", Coefficients.mul(Expr.num(2), new Constant(Constant.Kind.PI))))));
        int k = terms();
        for (int j = 1; j <= k; j++) {
            Expr c = Coefficients.div(bernoulli(j), Expr.num((long) (2 * j) * (2 * j - 1)));
            out = alg.add(out, alg.scale(c, inversePower(z, 2 * j - 1)));
        }
        return alg.add(out, bigO(m.pow(Expr.num(-(2 * k + 1)))));
    }

    AsymptoticExpansion polyGamma(int n, AsymptoticExpansion z, AsymptoticExpansion logZ) {
        ScaleMonomial m = alg.leading(z, "the argument of PolyGamma").monomial();
        int k = terms();
        if (n == 0) {
            AsymptoticExpansion out = alg.add(logZ, alg.scale(Expr.frac(-1, 2), inversePower(z, 1)));
            for (int j = 1; j <= k; j++) {
                Expr c = Coefficients.neg(Coefficients.div(bernoulli(j), Expr.num(2L * j)));
                out = alg.add(out, alg.scale(c, inversePower(z, 2 * j)));
            }
            return alg.add(out, bigO(m.pow(Expr.num(-(2 * k + 2)))));
        }
        AsymptoticExpansion out = alg.add(alg.scale(factorial(n - 1), inversePower(z, n)),
                alg.scale(Coefficients.div(factorial(n), Expr.num(2)), inversePower(z, n + 1)));
        for (int j = 1; j <= k; j++) {
            Expr c = Coefficients.mul(Coefficients.div(factorial(2 * j + n - 1), factorial(2 * j)), bernoulli(j));
            out = alg.add(out, alg.scale(c, inversePower(z, 2 * j + n)));
        }
        out = alg.add(out, bigO(m.pow(Expr.num(-(2 * k + n + 2)))));
        return n % 2 == 1 ? out : alg.negate(out);
    }

    AsymptoticExpansion hurwitzZeta(Expr s, AsymptoticExpansion z) {
        ScaleMonomial m = alg.leading(z, "the argument of Zeta").monomial();
        if (alg.order().sign(Coefficients.sub(s, Expr.num(1)), "s - 1 in Zeta(s, z)") == 0) {
            throw ExpansionFailure.unsupported("Zeta(1, z) is the pole s = 1");
        }
        AsymptoticExpansion out = alg.add(
                alg.scale(Coefficients.inverse(Coefficients.sub(s, Expr.num(1))), alg.pow(z, Coefficients.sub(Expr.num(1), s))),
                alg.scale(Expr.frac(1, 2), alg.pow(z, Coefficients.neg(s))));
        int k = terms();
        Expr rising = s; // (s)_{2j-1}
        for (int j = 1; j <= k; j++) {
            if (j > 1) {
                rising = Coefficients.mul(rising, Coefficients.mul(Coefficients.add(s, Expr.num(2L * j - 3)),
                        Coefficients.add(s, Expr.num(2L * j - 2))));
            }
            Expr c = Coefficients.mul(Coefficients.div(bernoulli(j), factorial(2 * j)), rising);
            out = alg.add(out, alg.scale(c, alg.pow(z, Coefficients.sub(Expr.num(1 - 2L * j), s))));
        }
        ScaleMonomial rem = m.pow(Coefficients.sub(Expr.num(-1 - 2L * k), s));
        return alg.add(out, bigO(rem));
    }

    AsymptoticExpansion upperGamma(Expr a, AsymptoticExpansion z) {
        ScaleMonomial m = alg.leading(z, "the argument of Gamma(a, z)").monomial();
        int k = terms();
        AsymptoticExpansion sum = alg.constant(Expr.num(1));
        Expr u = Expr.num(1);
        for (int j = 1; j < k; j++) {
            u = Coefficients.mul(u, Coefficients.sub(a, Expr.num(j)));
            sum = alg.add(sum, alg.scale(u, inversePower(z, j)));
        }
        sum = alg.add(sum, bigO(m.pow(Expr.num(-k))));
        AsymptoticExpansion front = alg.mul(alg.pow(z, Coefficients.sub(a, Expr.num(1))), alg.exp(alg.negate(z)));
        return alg.mul(front, sum);
    }
}
