package zipfscale.asymptotic;

import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Sum;

/**
 * The statements of the lemma library as expression trees, for the justification chain (printed as
 * mathematics, never as text). The letters are the lemmas' own ({@code c}, {@code alpha}, {@code beta},
 * {@code a}, {@code s}, {@code L}, the weights {@code w_k}, the kernel {@code g} and its Mellin transform
 * {@code M_g}); the step that uses a lemma says what they stand for. The limit variable is the claim's,
 * so the statements that mention it are built for it.
 */
final class LemmaStatements {
    static final Expr K = Expr.sym("k");
    static final Expr C = Expr.sym("c");
    static final Expr ALPHA = Expr.sym("alpha");
    static final Expr BETA = Expr.sym("beta");
    static final Expr A = Expr.sym("a");
    static final Expr S = Expr.sym("s");
    static final Expr L = Expr.sym("L");
    static final Expr N = Expr.sym("n");
    static final Expr T = Expr.sym("t");
    static final Expr U = Expr.sym("u");
    static final Expr W = Expr.sym("w");
    static final Expr W_K = Expr.sym("w_k");
    static final Expr INF = Constant.INFINITY;
    private static final Expr ONE = Expr.num(1);

    /** {@code s = (alpha - 1)/(alpha beta)}, the exponent of the harmonic-sum lemma (eq. (29)). */
    static final Expr HARMONIC_EXPONENT = StepRelation.equal(S,
            Expr.div(Expr.sub(ALPHA, ONE), Expr.mul(ALPHA, BETA)));

    /**
     * Eq. (7), by the integral test: {@code sum_{k>=L} c k^(-alpha) ~ c/(alpha - 1) L^(1 - alpha)} as
     * {@code L -> Infinity}.
     */
    static final Expr ZIPF_TAIL = StepRelation.sim(
            new Sum(Expr.mul(C, Expr.pow(K, Expr.neg(ALPHA))), "k", L, INF),
            Expr.mul(Expr.div(C, Expr.sub(ALPHA, ONE)), Expr.pow(L, Expr.sub(ONE, ALPHA))));

    /** The integral test's lower bound {@code int_L^inf t^(-alpha) dt <= sum_{k>=L} k^(-alpha)}. */
    static final Expr INTEGRAL_TEST_LOWER = StepRelation.of(
            new Integral(Expr.pow(T, Expr.neg(ALPHA)), "t", L, INF), "<=",
            new Sum(Expr.pow(K, Expr.neg(ALPHA)), "k", L, INF));

    /** The integral test's upper bound {@code sum_{k>=L} k^(-alpha) <= L^(-alpha) + int_L^inf t^(-alpha) dt}. */
    static final Expr INTEGRAL_TEST_UPPER = StepRelation.of(
            new Sum(Expr.pow(K, Expr.neg(ALPHA)), "k", L, INF), "<=",
            Expr.add(Expr.pow(L, Expr.neg(ALPHA)), new Integral(Expr.pow(T, Expr.neg(ALPHA)), "t", L, INF)));

    /** {@code sum_{k>=L} c k^(-alpha) Log(k)^n ~ c/(alpha - 1) L^(1 - alpha) Log(L)^n} as {@code L -> Infinity}. */
    static final Expr ZIPF_TAIL_SLOWLY_VARYING = StepRelation.sim(
            new Sum(Expr.mul(C, Expr.pow(K, Expr.neg(ALPHA)), Expr.pow(Expr.call("Log", K), N)), "k", L, INF),
            Expr.mul(Expr.div(C, Expr.sub(ALPHA, ONE)), Expr.pow(L, Expr.sub(ONE, ALPHA)),
                    Expr.pow(Expr.call("Log", L), N)));

    /** Integration by parts in the slowly varying tail lemma. */
    static final Expr SLOWLY_VARYING_PARTS = StepRelation.equal(
            new Integral(Expr.mul(Expr.pow(T, Expr.neg(ALPHA)), Expr.pow(Expr.call("Log", T), N)), "t", L, INF),
            Expr.add(Expr.div(Expr.mul(Expr.pow(L, Expr.sub(ONE, ALPHA)), Expr.pow(Expr.call("Log", L), N)),
                    Expr.sub(ALPHA, ONE)),
                    Expr.mul(Expr.div(N, Expr.sub(ALPHA, ONE)), new Integral(Expr.mul(Expr.pow(T, Expr.neg(ALPHA)),
                            Expr.pow(Expr.call("Log", T), Expr.sub(N, ONE))), "t", L, INF))));

    /** {@code max(t_1, ..., t_n) <= t_1 + ... + t_n} (eq. (34), left half). */
    static final Expr MAX_SUM_LOWER = StepRelation.of(Expr.call("Max", Expr.sym("t_i")), "<=",
            new Sum(Expr.sym("t_i"), "i", ONE, N));

    /** {@code t_1 + ... + t_n <= n max(t_1, ..., t_n)} (eq. (34), right half). */
    static final Expr MAX_SUM_UPPER = StepRelation.of(new Sum(Expr.sym("t_i"), "i", ONE, N), "<=",
            Expr.mul(N, Expr.call("Max", Expr.sym("t_i"))));

    private LemmaStatements() {
    }

    /**
     * The instance of a lemma's letters, {@code c = 1/Zeta(alpha), beta = 1}, as text: the pairs
     * (letter, value) joined by commas, leaving out a letter that stands for itself ({@code alpha = alpha}).
     */
    static RichText instance(Expr... lettersAndValues) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < lettersAndValues.length; i += 2) {
            if (!lettersAndValues[i].equals(lettersAndValues[i + 1])) {
                out.add(out.isEmpty() ? "" : ", ");
                out.add(StepRelation.equal(lettersAndValues[i], lettersAndValues[i + 1]));
            }
        }
        return RichText.of(out.toArray());
    }

    /** {@code sum_k f}, k from 1 to infinity. */
    static Expr sumK(Expr body) {
        return new Sum(body, "k", ONE, INF);
    }

    /**
     * Eq. (29): {@code sum_k w_k g(a x w_k^beta) ~ c/(alpha beta) (a c^beta)^(-s) M_g(s) x^(-s)} for the
     * weights {@code w_k = c k^(-alpha)} and the limit variable {@code x}.
     */
    static Expr mellinHarmonicSum(Expr x) {
        return StepRelation.sim(sumK(Expr.mul(W_K, Expr.call("g", Expr.mul(A, x, Expr.pow(W_K, BETA))))),
                Expr.mul(Expr.div(C, Expr.mul(ALPHA, BETA)), Expr.pow(Expr.mul(A, Expr.pow(C, BETA)), Expr.neg(S)),
                        Expr.call("M_g", S), Expr.pow(x, Expr.neg(S))));
    }

    /** Prop. 5.1, sharpened: {@code sum_k w_k (1 - w_k)^x ~ sum_k w_k exp(-x w_k)}. */
    static Expr missingMassExp(Expr x) {
        return StepRelation.sim(sumK(Expr.mul(W_K, Expr.pow(Expr.sub(ONE, W_K), x))),
                sumK(Expr.mul(W_K, Expr.call("Exp", Expr.neg(Expr.mul(x, W_K))))));
    }

    /**
     * {@code sum_k w_k (1 - w_k)^x - sum_k w_k exp(-x w_k) ~ -1/(2x) sum_k w_k (x w_k)^2 exp(-x w_k)}.
     */
    static Expr missingMassSecondOrder(Expr x) {
        Expr e = Expr.call("Exp", Expr.neg(Expr.mul(x, W_K)));
        return StepRelation.sim(Expr.sub(sumK(Expr.mul(W_K, Expr.pow(Expr.sub(ONE, W_K), x))), sumK(Expr.mul(W_K, e))),
                Expr.mul(Expr.neg(Expr.div(ONE, Expr.mul(Expr.num(2), x))),
                        sumK(Expr.mul(W_K, Expr.pow(Expr.mul(x, W_K), Expr.num(2)), e))));
    }
}
