package zipfscale.check;

import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.StepRelation;
import zipfscale.asymptotic.ProofStep;
import java.util.List;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;
import zipfscale.numerics.PowerSums;
import zipfscale.asymptotic.SignOracle;
import zipfscale.asymptotic.StepText;

/**
 * The symbolic witness's own rule for infinite sums, so that Symja's (unconditional) summation is never
 * trusted: {@code Sum(c*k^(-s), {k, L, Infinity}) = c*Zeta(s)} for L = 1 and {@code c*Zeta(s, L)} otherwise
 * (the definition of the Riemann and Hurwitz zeta functions), applied only when interval arithmetic over
 * the assumptions shows {@code s - 1 > 0} (the sum converges for every allowed parameter value). Each
 * rewrite and its side condition is a step of the chain; an infinite sum of another shape, or one whose
 * convergence is not shown, leaves the claim to the numeric witness alone.
 */
final class ConvergentSums {
    private ConvergentSums() {
    }

    /** {@code e} with every infinite sum replaced by its zeta value; null when one cannot be. */
    static Expr rewrite(Expr e, SignOracle oracle, List<ProofStep> steps) {
        boolean[] failed = {false};
        Expr out = new Rewriter() {
            @Override
            public Expr visitSum(Sum s) {
                if (!(s.upper() instanceof Constant c) || c.kind() != Constant.Kind.INFINITY) {
                    return super.visitSum(s);
                }
                PowerSums.Shape shape = PowerSums.match(s);
                if (shape == null) {
                    steps.add(ProofStep.of("infinite sum ", s, ": not of the form ", Expr.mul(Expr.sym("c"), Expr.pow(Expr.sym("k"),
                            Expr.neg(Expr.sym("s")))), ", so Symja's value of it is not used"));
                    failed[0] = true;
                    return s;
                }
                SignOracle.Answer a = oracle.sign(Expr.sub(shape.exponent(), Expr.num(1)));
                if (a.sign() != SignOracle.Sign.POSITIVE) {
                    steps.add(ProofStep.of("infinite sum ", s, ": convergence (", StepRelation.greater(shape.exponent(), Expr.num(1)), ") not shown under the assumptions (", a.how(), "); the sum may diverge"));
                    failed[0] = true;
                    return s;
                }
                boolean fromOne = shape.lower() instanceof Rational r && r.equals(Expr.num(1));
                Expr zeta = fromOne ? Expr.call("Zeta", shape.exponent()) : Expr.call("Zeta", shape.exponent(), shape.lower());
                Expr value = Expr.mul(shape.constant(), zeta);
                Expr sk = Expr.sym("s");
                Expr definition = StepRelation.equal(new Sum(Expr.pow(Expr.sym("k"), Expr.neg(sk)), "k", shape.lower(),
                        Constant.INFINITY), fromOne ? Expr.call("Zeta", sk) : Expr.call("Zeta", sk, shape.lower()));
                steps.add(new ProofStep(RichText.of("definition of zeta"), "DLMF 25.2.1, 25.11.1", definition,
                        RichText.of("with ", StepRelation.equal(sk, shape.exponent()), " (it converges as ",
                                StepRelation.greater(Expr.sub(sk, Expr.num(1)), Expr.num(0)), ": ", a.how(), "), so ",
                                StepRelation.equal(s, value)), List.of()));
                return value;
            }
        }.rewrite(e);
        return failed[0] ? null : out;
    }
}
