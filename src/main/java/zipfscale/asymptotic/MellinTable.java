package zipfscale.asymptotic;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;
import zipfscale.numerics.Kernel;
import zipfscale.numerics.NamedKernel;
import zipfscale.numerics.PoissonKernel;

/**
 * Mellin constants {@code M_g(s) = int_0^inf u^(s-1) g(u) du} (paper eq. (28)) of the kernels of
 * section 7, matched on the kernel's expression in u, each with its strip of convergence. The strip is
 * a side condition of the harmonic-sum lemma: inside it M_g(s) is finite and nonzero (each closed form
 * below is positive there), and g is bounded on [0, inf).
 *
 * <ul>
 * <li>{@code Exp(-u)} -> {@code Gamma(s)}, s > 0;</li>
 * <li>{@code Exp(-u^q)}, q > 0 rational -> {@code Gamma(s/q)/q}, s > 0;</li>
 * <li>{@code (1+u)^-1} -> {@code Pi/Sin(Pi s)}, 0 < s < 1;</li>
 * <li>{@code (1+u)^-2} -> {@code (1-s) Pi/Sin(Pi s)}, 0 < s < 2;</li>
 * <li>{@code u^j Exp(-u)}, j > 0 rational -> {@code Gamma(s + j)}, s > -j (the moments of the exponential
 *     kernel: the second-order missing mass needs j = 2);</li>
 * <li>{@code Boole(u < 1)} -> {@code 1/s}, s > 0 (the step kernel, summed exactly by the engine);</li>
 * <li>the Poisson threshold kernel {@code Sum(Exp(-u) u^j/Factorial(j), {j, 0, m-1})} ->
 *     {@code sum_{j<m} Gamma(s+j)/j! = Gamma(s+m)/(s (m-1)!)}, s > 0; {@code Exp(-u)*(1+u)} is its m = 2;</li>
 * <li>{@code 1 - Exp(-u)} -> {@code -Gamma(s)}, -1 < s < 0 (FGD 1995, Section 2; Gamma(s) < 0 there).</li>
 * </ul>
 * Each entry also carries its {@link MellinPoles}: the strip's ends, the first poles on either side with
 * their residues (Gamma: poles at -j with residue (-1)^j/j!, DLMF 5.2.1; Pi/Sin(Pi s): poles at the
 * integers with residue (-1)^j, DLMF 4.14) and the decay on vertical lines that the converse mapping
 * theorem of the harmonic-sum rule ({@link HarmonicSums}) needs.
 */
public final class MellinTable {
    /**
     * A matched kernel: its name, M_g(s) for the given s, the expressions that must be positive for s to
     * lie in the strip, and the numeric engine's kernel (null when the engine has none).
     */
    public record Entry(String name, Expr mellin, List<Expr> strip, String stripText, Kernel kernel, MellinPoles poles) { }

    private MellinTable() {
    }

    public static Optional<Entry> match(Expr kernel, String u, Expr s) {
        Expr uu = Expr.sym(u);
        Expr g = kernel;
        if (g instanceof Pow outer && outer.base() instanceof Pow inner && outer.exponent() instanceof Rational m
                && m.isInteger() && inner.exponent() instanceof Rational n && n.isInteger()) {
            g = Expr.pow(inner.base(), Expr.num(m.numerator().longValueExact() * n.numerator().longValueExact()));
        }
        if (g.equals(expNeg(uu))) {
            return Optional.of(new Entry("exp(-u)", Expr.call("Gamma", s), List.of(s), "s > 0", NamedKernel.EXP,
                    gammaPoles(Expr.num(0), Rational.of(BigInteger.ONE, BigInteger.ONE))));
        }
        if (g instanceof Call c && c.function().equals("Exp") && c.args().get(0) instanceof Mul m
                && m.factors().size() == 2 && isMinusOne(m.factors().get(0)) && m.factors().get(1) instanceof Pow p
                && p.base().equals(uu) && p.exponent() instanceof Rational q && q.signum() > 0) {
            Expr mellin = Expr.mul(Expr.call("Gamma", Expr.mul(s, Expr.pow(q, Expr.num(-1)))), Expr.pow(q, Expr.num(-1)));
            Kernel k = q.equals(Expr.num(2)) ? NamedKernel.GAUSS : null;
            // Gamma(s/q)/q: poles where s/q = -j, residue q (-1)^j/j! / q
            return Optional.of(new Entry("exp(-u^" + StepText.of(q) + ")", mellin, List.of(s), "s > 0", k,
                    gammaPoles(Expr.num(0), q)));
        }
        if (g instanceof Pow p && isOnePlus(p.base(), uu) && p.exponent() instanceof Rational n) {
            Expr piOverSin = Expr.mul(Constant.PI, Expr.pow(Expr.call("Sin", Expr.mul(Constant.PI, s)), Expr.num(-1)));
            if (n.isMinusOne()) {
                return Optional.of(new Entry("1/(1+u)", piOverSin, List.of(s, Expr.sub(Expr.num(1), s)), "0 < s < 1",
                        NamedKernel.INV1PU, new MellinPoles(Expr.num(0), Expr.num(1),
                                MellinPoles.series(POLES, j -> Expr.num(-j), j -> Expr.num(j % 2 == 0 ? 1 : -1)), false,
                                MellinPoles.series(POLES, j -> Expr.num(1 + j), j -> Expr.num(j % 2 == 0 ? -1 : 1)), false,
                                MellinPoles.SINE_DECAY, "Pi/Sin(Pi s) has no zeros (|Sin| is finite on the plane)")));
            }
            if (n.equals(Expr.num(-2))) {
                // (1 - s) Pi/Sin(Pi s): the pole at s = 1 is cancelled by 1 - s
                return Optional.of(new Entry("1/(1+u)^2", Expr.mul(Expr.sub(Expr.num(1), s), piOverSin),
                        List.of(s, Expr.sub(Expr.num(2), s)), "0 < s < 2", NamedKernel.INV1PU2,
                        new MellinPoles(Expr.num(0), Expr.num(2),
                                MellinPoles.series(POLES, j -> Expr.num(-j), j -> Expr.num((j % 2 == 0 ? 1 : -1) * (1L + j))), false,
                                MellinPoles.series(POLES, j -> Expr.num(2 + j), j -> Expr.num((j % 2 == 0 ? -1 : 1) * (1L + j))), false,
                                MellinPoles.SINE_DECAY + ", times the linear factor 1 - s", null)));
            }
        }
        if (g instanceof Call b && b.function().equals("Boole") && b.args().size() == 1
                && b.args().get(0).equals(Expr.call("Less", uu, Expr.num(1)))) {
            // 1/s decays only like |s|^-1 on vertical lines: too slowly for the converse mapping theorem
            return Optional.of(new Entry("1{u<1}", Expr.pow(s, Expr.num(-1)), List.of(s), "s > 0", NamedKernel.STEP,
                    new MellinPoles(Expr.num(0), null, List.of(), false, List.of(), true, null, null)));
        }
        if (g instanceof Sum sum) {
            return poisson(sum, uu, s);
        }
        if (g instanceof Add a && a.terms().size() == 2 && a.terms().contains(Expr.num(1))
                && a.terms().contains(Expr.neg(expNeg(uu)))) {
            // 1 - e^-u: Gamma's poles at -1, -2, ... with the sign flipped; right of the strip the pole at 0
            Expr minusGamma = Expr.neg(Expr.call("Gamma", s));
            return Optional.of(new Entry("1 - exp(-u)", minusGamma, List.of(Expr.add(s, Expr.num(1)), Expr.neg(s)),
                    "-1 < s < 0", null, new MellinPoles(Expr.num(-1), Expr.num(0),
                            MellinPoles.series(POLES, j -> Expr.num(-1 - j), j -> Expr.neg(MellinPoles.alternatingInverseFactorial(j + 1))),
                            false, List.of(new MellinPoles.Pole(Expr.num(0), Expr.num(-1))), true, MellinPoles.GAMMA_DECAY,
                            MellinPoles.GAMMA_ZERO_FREE)));
        }
        if (g instanceof Mul m && m.factors().size() == 2 && m.factors().contains(expNeg(uu))
                && (m.factors().contains(Expr.add(Expr.num(1), uu)) || m.factors().contains(Expr.add(uu, Expr.num(1))))) {
            return Optional.of(poissonEntry(2, s, "exp(-u)*(1+u)"));
        }
        if (g instanceof Mul m && m.factors().size() == 2 && m.factors().contains(expNeg(uu))) {
            Expr other = m.factors().get(m.factors().get(0).equals(expNeg(uu)) ? 1 : 0);
            Expr j = other.equals(uu) ? Expr.num(1) : other instanceof Pow p && p.base().equals(uu) ? p.exponent() : null;
            if (j instanceof Rational q && q.signum() > 0) {
                Expr shifted = Expr.add(s, j);
                return Optional.of(new Entry("u^" + StepText.of(j) + "*exp(-u)", Expr.call("Gamma", shifted),
                        List.of(shifted), "s > -" + StepText.of(j), null,
                        gammaPoles(Rational.of(q.numerator().negate(), q.denominator()), Rational.of(BigInteger.ONE, BigInteger.ONE))));
            }
        }
        return Optional.empty();
    }

    /** {@code Sum(Exp(-u) u^j / Factorial(j), {j, 0, m-1})} in any order of its factors. */
    private static Optional<Entry> poisson(Sum sum, Expr u, Expr s) {
        if (!(sum.lower() instanceof Rational lo) || lo.signum() != 0 || !(sum.upper() instanceof Rational hi)
                || !hi.isInteger() || hi.signum() < 0 || hi.numerator().intValue() >= PoissonKernel.MAX_K
                || !(sum.body() instanceof Mul m) || m.factors().size() != 3) {
            return Optional.empty();
        }
        Expr j = Expr.sym(sum.index());
        List<Expr> want = List.of(expNeg(u), Expr.pow(u, j), Expr.pow(Expr.call("Factorial", j), Expr.num(-1)));
        if (!m.factors().containsAll(want)) {
            return Optional.empty();
        }
        int k = hi.numerator().intValue() + 1;
        return Optional.of(poissonEntry(k, s, "Poisson threshold kernel, m = " + k));
    }

    /**
     * {@code Gamma(s+m)/(s (m-1)!)}: poles at 0 (residue 1) and at -m (residue -1/m!), none between (Gamma(s+m)
     * is finite and 1/s too at -1, ..., -(m-1)).
     */
    private static Entry poissonEntry(int k, Expr s, String name) {
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i < k; i++) {
            fact = fact.multiply(BigInteger.valueOf(i));
        }
        Expr mellin = Expr.mul(Expr.call("Gamma", Expr.add(s, Expr.num(k))), Expr.pow(s, Expr.num(-1)),
                Rational.of(BigInteger.ONE, fact));
        List<MellinPoles.Pole> left = List.of(new MellinPoles.Pole(Expr.num(0), Expr.num(1)),
                new MellinPoles.Pole(Expr.num(-k), Rational.of(BigInteger.ONE.negate(), fact.multiply(BigInteger.valueOf(k)))));
        return new Entry(name + " (sum_{j<m} Gamma(s+j)/j! = Gamma(s+m)/(s (m-1)!))", mellin, List.of(s), "s > 0",
                new PoissonKernel(k), new MellinPoles(Expr.num(0), null, left, false, List.of(), true,
                        MellinPoles.GAMMA_DECAY + ", divided by s", MellinPoles.GAMMA_ZERO_FREE + ", nor has 1/s"));
    }

    /** How many poles on a side the table lists (the rule needs the first few). */
    private static final int POLES = 4;

    /**
     * Poles of {@code Gamma((s - shift)/q)/q}, shift = the strip's left end: at {@code shift - q j} with residue
     * {@code (-1)^j/j!} (DLMF 5.2.1: Gamma has its poles at -j with residue (-1)^j/j!); none on the right.
     */
    private static MellinPoles gammaPoles(Expr shift, Rational q) {
        Rational sh = (Rational) shift;
        return new MellinPoles(shift, null, MellinPoles.series(POLES,
                j -> Coefficients.plus(sh, Coefficients.times(q, (Rational) Expr.num(-j))),
                MellinPoles::alternatingInverseFactorial), false, List.of(), true, MellinPoles.GAMMA_DECAY,
                MellinPoles.GAMMA_ZERO_FREE);
    }

    private static Expr expNeg(Expr u) {
        return Expr.call("Exp", Expr.neg(u));
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Rational r && r.isMinusOne();
    }

    private static boolean isOnePlus(Expr e, Expr u) {
        return e instanceof Add a && a.terms().size() == 2 && a.terms().contains(Expr.num(1)) && a.terms().contains(u);
    }

    public static boolean isSymbol(Expr e, String name) {
        return e instanceof Symbol s && s.name().equals(name);
    }
}
