package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * Finite sums with a growing upper bound, {@code S(x) = Sum(c k^e (Log k)^m, {k, L, U(x)})} with c, e free
 * of k and x, m a whole number, L a whole number >= 1 and {@code U = a x^b} (a > 0, b > 0), possibly under
 * Floor or Ceiling, by Euler-Maclaurin (DLMF 2.10.1) with {@code U^(e+1) (log U)^m = a^(e+1) b^m
 * x^(b(e+1)) (log x)^m (1 + o(1))}:
 * <ul>
 * <li>e > -1 (divergent): {@code S = c a^(e+1) b^m/(e+1) x^(b(e+1)) (log x)^m (1 + o(1))} (DLMF 2.10.1;
 *     GKP 9.5 for m = 0);</li>
 * <li>e = -1, m = 0: {@code S = c b log x + c (log a + EulerGamma - H_(L-1)) + O(x^-b)} (DLMF 2.10.8,
 *     GKP (9.89)); e = -1, m >= 1: {@code S = c b^(m+1)/(m+1) (log x)^(m+1) (1 + o(1))};</li>
 * <li>e < -1 (convergent): {@code S = K + c a^(e+1) b^m/(e+1) x^(b(e+1)) (log x)^m (1 + o(1))}, K the
 *     whole series: {@code c Zeta(-e)} (L = 1, m = 0), {@code c Zeta(-e, L)} (m = 0, DLMF 25.11.1) or the
 *     series itself as a named constant (m >= 1: {@code (-1)^m Zeta^(m)(-e)} minus a head, DLMF 25.2.3);
 *     the second term is minus the tail {@code sum_(k > U) ~ U^(e+1) (log U)^m/(-(e+1))} (DLMF 2.10.1).</li>
 * </ul>
 * Side conditions: the sign of e + 1 (and of a, b, c) from the assumptions via the {@link SignOracle};
 * smoothness and eventual monotonicity of {@code k^e (log k)^m} on [L, inf) hold for every real e and
 * whole m >= 0 (its derivative is {@code k^(e-1) (log k)^(m-1) (e log k + m)}, of one sign for
 * {@code k > exp(m/|e|)}), which is what the Euler-Maclaurin remainder bound needs (DLMF 2.10.1).
 * Floor/Ceiling change U by at most 1, hence S by {@code O(U^e (log U)^m)}, a lower order than the
 * terms given (and within the O(x^-b) of the e = -1 case).
 */
public final class EulerMaclaurinSums implements SumExpansion {
    /** The shape of a matched sum. */
    record Shape(Expr c, Expr e, int m, long lower, Expr a, Expr b, boolean rounded) { }

    @Override
    public Optional<ExpansionResult> expand(Sum s, Symbol x, int terms, ExpansionContext ctx) {
        Shape sh = match(s, x.name());
        if (sh == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExpansionResult.Expanded(expansion(s, sh, x, ctx.oracle())));
        } catch (AsymptoticFailure ex) {
            return Optional.of(new ExpansionResult.Unknown(ex.getMessage()));
        }
    }

    /** The shape, or null when s is not a finite power-log sum with a growing bound in x. */
    static Shape match(Sum s, String x) {
        String k = s.index();
        if (s.upper() instanceof Constant || FreeSymbols.of(s.lower()).contains(x)
                || !(s.lower() instanceof Rational lo) || !lo.isInteger() || lo.signum() <= 0
                || lo.numerator().bitLength() > 20) {
            return null;
        }
        List<Expr> cs = new ArrayList<>();
        Expr e = Expr.num(0);
        int m = 0;
        for (Expr f : s.body() instanceof Mul mul ? mul.factors() : List.of(s.body())) {
            boolean hasK = FreeSymbols.of(f).contains(k);
            if (!hasK && !FreeSymbols.of(f).contains(x)) {
                cs.add(f);
            } else if (f instanceof Symbol sym && sym.name().equals(k)) {
                e = Coefficients.add(e, Expr.num(1));
            } else if (f instanceof Pow p && p.base() instanceof Symbol sym && sym.name().equals(k)
                    && !FreeSymbols.of(p.exponent()).contains(k) && !FreeSymbols.of(p.exponent()).contains(x)) {
                e = Coefficients.add(e, p.exponent());
            } else if (isLogK(f, k)) {
                m++;
            } else if (f instanceof Pow p && isLogK(p.base(), k) && p.exponent() instanceof Rational r
                    && r.isInteger() && r.signum() > 0 && r.numerator().bitLength() < 8) {
                m += r.numerator().intValue();
            } else {
                return null;
            }
        }
        Expr u = s.upper();
        boolean rounded = false;
        if (u instanceof Call c && (c.function().equals("Floor") || c.function().equals("Ceiling")) && c.args().size() == 1) {
            u = c.args().get(0);
            rounded = true;
        }
        Expr a = Expr.num(1);
        Expr b = null;
        for (Expr f : u instanceof Mul mul ? mul.factors() : List.of(u)) {
            if (f instanceof Symbol sym && sym.name().equals(x) && b == null) {
                b = Expr.num(1);
            } else if (f instanceof Pow p && p.base() instanceof Symbol sym && sym.name().equals(x) && b == null
                    && !FreeSymbols.of(p.exponent()).contains(x) && !FreeSymbols.of(p.exponent()).contains(k)) {
                b = p.exponent();
            } else if (!FreeSymbols.of(f).contains(x) && !FreeSymbols.of(f).contains(k)) {
                a = Coefficients.mul(a, f);
            } else {
                return null;
            }
        }
        if (b == null) {
            return null;
        }
        Expr c = cs.isEmpty() ? Expr.num(1) : cs.size() == 1 ? cs.get(0) : Expr.mul(cs.toArray(new Expr[0]));
        return new Shape(c, e, m, lo.numerator().longValue(), a, b, rounded);
    }

    private static boolean isLogK(Expr f, String k) {
        return f instanceof Call c && c.function().equals("Log") && c.args().size() == 1
                && c.args().get(0) instanceof Symbol s && s.name().equals(k);
    }

    private static SideCondition require(SignOracle oracle, Expr e, SignOracle.Sign want, String what) {
        SignOracle.Answer ans = oracle.sign(e);
        if (ans.sign() != want) {
            throw new AsymptoticFailure("Euler-Maclaurin sum: " + what + " is not established (" + ans.how() + ")");
        }
        Expr cond = want == SignOracle.Sign.POSITIVE ? Expr.call("Greater", e, Expr.num(0))
                : Expr.call("Less", e, Expr.num(0));
        return new SideCondition(cond, ans.how());
    }

    static AsymptoticExpansion expansion(Sum s, Shape sh, Symbol x, SignOracle oracle) {
        List<SideCondition> conds = new ArrayList<>();
        conds.add(require(oracle, sh.a(), SignOracle.Sign.POSITIVE, "a > 0 in the bound a x^b"));
        conds.add(require(oracle, sh.b(), SignOracle.Sign.POSITIVE, "b > 0 in the bound a x^b"));
        SignOracle.Answer cs = oracle.sign(sh.c());
        if (cs.sign() != SignOracle.Sign.POSITIVE && cs.sign() != SignOracle.Sign.NEGATIVE) {
            throw new AsymptoticFailure("Euler-Maclaurin sum: the sign of the constant factor is not fixed (" + cs.how() + ")");
        }
        conds.add(new SideCondition(Expr.call("Unequal", sh.c(), Expr.num(0)), cs.how()));
        Expr kk = Expr.sym("k");
        Expr ee = Expr.sym("e");
        Expr mm = Expr.sym("m");
        Expr logK = Expr.call("Log", kk);
        conds.add(new SideCondition(Expr.call("Element", s.body(), Expr.sym("SmoothEventuallyMonotone")),
                RichText.of(Expr.mul(Expr.pow(kk, ee), Expr.pow(logK, mm)), " is smooth on [1, inf) and monotone beyond ",
                        Expr.call("Exp", Expr.div(mm, Expr.call("Abs", ee))), " (its derivative ",
                        Expr.mul(Expr.pow(kk, Expr.sub(ee, Expr.num(1))), Expr.pow(logK, Expr.sub(mm, Expr.num(1))),
                                Expr.add(Expr.mul(ee, logK), mm)), ")")));
        Expr e1 = Coefficients.add(sh.e(), Expr.num(1));
        SignOracle.Answer sign = oracle.sign(e1);
        List<ExpansionTerm> terms = new ArrayList<>();
        Optional<Remainder> rem;
        RichText rule;
        String source;
        Expr n = Expr.sym("n");
        Expr u = Expr.sym("U");
        Expr bm = sh.m() == 0 ? Expr.num(1) : Expr.pow(sh.b(), Expr.num(sh.m()));
        ScaleMonomial main = ScaleMonomial.power(Coefficients.mul(sh.b(), e1)).times(ScaleMonomial.logPower(Expr.num(sh.m())));
        Expr aPower = Coefficients.isOne(sh.a()) ? Expr.num(1) : Expr.pow(sh.a(), e1);
        Expr mainCoefficient = Coefficients.mul(Coefficients.mul(sh.c(), aPower),
                Coefficients.mul(bm, Expr.pow(e1, Expr.num(-1))));
        if (sign.sign() == SignOracle.Sign.POSITIVE) {
            conds.add(new SideCondition(Expr.call("Greater", e1, Expr.num(0)), sign.how()));
            terms.add(new ExpansionTerm(mainCoefficient, main));
            rem = Optional.of(Remainder.littleO(main));
            rule = RichText.of("Euler-Maclaurin, divergent case: the integral's term");
            source = "DLMF 2.10.1; GKP 9.5";
        } else if (sign.sign() == SignOracle.Sign.ZERO && sh.m() == 0) {
            conds.add(new SideCondition(Expr.call("Equal", e1, Expr.num(0)), sign.how()));
            Expr logA = Coefficients.isOne(sh.a()) ? Expr.num(0) : Expr.call("Log", sh.a());
            Expr constant = Coefficients.mul(sh.c(), Coefficients.add(Coefficients.add(logA,
                    new Constant(Constant.Kind.EULER_GAMMA)), Expr.neg(harmonic(sh.lower() - 1))));
            terms.add(new ExpansionTerm(Coefficients.mul(sh.c(), sh.b()), ScaleMonomial.logPower(Expr.num(1))));
            terms.add(new ExpansionTerm(constant, ScaleMonomial.ONE));
            rem = Optional.of(Remainder.bigO(ScaleMonomial.power(Expr.neg(sh.b()))));
            rule = RichText.of("harmonic numbers: ", StepRelation.equal(Expr.sym("H_n"), Expr.add(Expr.call("Log", n),
                    new Constant(Constant.Kind.EULER_GAMMA), Expr.call("O", Expr.div(Expr.num(1), n)))));
            source = "DLMF 2.10.8; GKP (9.89)";
        } else if (sign.sign() == SignOracle.Sign.ZERO) {
            conds.add(new SideCondition(Expr.call("Equal", e1, Expr.num(0)), sign.how()));
            ScaleMonomial lead = ScaleMonomial.logPower(Expr.num(sh.m() + 1));
            terms.add(new ExpansionTerm(Coefficients.mul(Coefficients.mul(sh.c(), Expr.pow(sh.b(), Expr.num(sh.m() + 1))),
                    Expr.frac(1, sh.m() + 1)), lead));
            rem = Optional.of(Remainder.littleO(lead));
            Expr m = Expr.sym("m");
            rule = RichText.of("Euler-Maclaurin: ", StepRelation.equal(new zipfscale.expr.Sum(Expr.div(Expr.pow(Expr.call("Log",
                    Expr.sym("k")), m), Expr.sym("k")), "k", Expr.num(1), u), Expr.mul(Expr.div(Expr.pow(Expr.call("Log", u),
                    Expr.add(m, Expr.num(1))), Expr.add(m, Expr.num(1))), Expr.add(Expr.num(1), Expr.call("o", Expr.num(1))))));
            source = "DLMF 2.10.1";
        } else if (sign.sign() == SignOracle.Sign.NEGATIVE) {
            conds.add(new SideCondition(Expr.call("Less", e1, Expr.num(0)), sign.how()));
            terms.add(new ExpansionTerm(Coefficients.mul(sh.c(), series(s, sh)), ScaleMonomial.ONE));
            terms.add(new ExpansionTerm(mainCoefficient, main));
            rem = Optional.of(Remainder.littleO(main));
            rule = RichText.of("convergent case: the whole series minus its tail beyond U");
            source = "DLMF 2.10.1, 25.11.1, 25.2.3";
        } else {
            throw new AsymptoticFailure("Euler-Maclaurin sum: the sign of e + 1 = " + StepText.of(e1)
                    + " is not fixed (" + sign.how() + ")");
        }
        AsymptoticExpansion out = new AsymptoticExpansion(x, terms, rem, conds, List.of());
        ProofStep step = new ProofStep(rule.plus(sh.rounded() ? " (Floor/Ceiling of the bound: O(f(U)), a lower order)" : ""),
                source, Expr.call("Equal", s, out.toExpr()), conds);
        return out.with(List.of(), List.of(step));
    }

    /** {@code H_n = 1 + 1/2 + ... + 1/n} as an exact rational. */
    private static Expr harmonic(long n) {
        java.math.BigInteger num = java.math.BigInteger.ZERO;
        java.math.BigInteger den = java.math.BigInteger.ONE;
        for (long j = 1; j <= n; j++) {
            java.math.BigInteger bj = java.math.BigInteger.valueOf(j);
            num = num.multiply(bj).add(den);
            den = den.multiply(bj);
        }
        return Rational.of(num, den);
    }

    /** The whole series {@code sum_(k >= L) k^e (log k)^m} (c excluded), by name where it has one. */
    private static Expr series(Sum s, Shape sh) {
        Expr minusE = Expr.neg(sh.e());
        if (sh.m() == 0 && sh.lower() == 1) {
            return Expr.call("Zeta", minusE);
        }
        if (sh.m() == 0) {
            return Expr.call("Zeta", minusE, Expr.num(sh.lower()));
        }
        Expr k = Expr.sym(s.index());
        Expr body = Expr.mul(Expr.pow(k, sh.e()), Expr.pow(Expr.call("Log", k), Expr.num(sh.m())));
        return new Sum(body, s.index(), Expr.num(sh.lower()), Constant.INFINITY);
    }

    /** The leading term for the leading-term calculus (the bridge from the expansion type). */
    public static LeadingTerm leading(Sum s, LeadingTerms calc) {
        Shape sh = match(s, calc.variable());
        if (sh == null) {
            throw new AsymptoticFailure("a finite sum that is not c k^e (Log k)^m up to a x^b (Floor/Ceiling allowed)");
        }
        AsymptoticExpansion ex = expansion(s, sh, (Symbol) Expr.sym(calc.variable()), calc.oracle());
        for (ProofStep p : ex.steps()) {
            calc.chain().add(ProofStep.of(p.rule(), " [", p.source(), "]: ", p.statement()));
        }
        return toLeading(ex.terms().get(0));
    }

    /**
     * The expansion as exact terms plus a last inexact one, for sums that cancel against others (the
     * remainder {@code Zeta(s) - Sum(k^-s, {k, 1, n})}): the convergent case only (constant exact, the
     * tail's term inexact); null otherwise.
     */
    public static List<CancellingSum.Term> cancelling(Sum s, LeadingTerms calc) {
        Shape sh = match(s, calc.variable());
        if (sh == null) {
            return null;
        }
        AsymptoticExpansion ex;
        try {
            ex = expansion(s, sh, (Symbol) Expr.sym(calc.variable()), calc.oracle());
        } catch (AsymptoticFailure f) {
            return null;
        }
        SignOracle.Sign sign = calc.oracle().sign(Coefficients.add(sh.e(), Expr.num(1))).sign();
        List<CancellingSum.Term> more = null;
        if (sign == SignOracle.Sign.ZERO && sh.m() == 0 && !sh.rounded()) {
            // H_U = log U + EulerGamma + 1/(2U) + O(U^-2) (DLMF 2.10.8): the 1/(2U) term is the remainder's lead
            more = List.of(new CancellingSum.Term(toLeading(ex.terms().get(0)), true),
                    new CancellingSum.Term(toLeading(ex.terms().get(1)), true),
                    new CancellingSum.Term(new LeadingTerm(PowerProduct.of(Coefficients.mul(sh.c(),
                            Coefficients.mul(Expr.frac(1, 2), Expr.pow(sh.a(), Expr.num(-1))))),
                            Expr.neg(sh.b()), 0, false), false));
        } else if (sign == SignOracle.Sign.POSITIVE && sh.m() == 0 && sh.lower() == 1 && !sh.rounded()
                && calc.oracle().sign(sh.e()).sign() == SignOracle.Sign.NEGATIVE) {
            // -1 < e < 0: sum_{k<=U} k^e = U^(e+1)/(e+1) + Zeta(-e) + U^e/2 + ... (DLMF 25.11 via 2.10.1; GKP 9.5)
            calc.chain().add(new ProofStep(RichText.of("Euler-Maclaurin with the constant ",
                    Expr.call("Zeta", Expr.neg(Expr.sym("e"))), " for -1 < e < 0"), "DLMF 2.10.1, 25.11.1; GKP (9.78)", null,
                    List.of()));
            more = List.of(new CancellingSum.Term(toLeading(ex.terms().get(0)), true),
                    new CancellingSum.Term(LeadingTerm.constant(PowerProduct.of(Coefficients.mul(sh.c(),
                            Expr.call("Zeta", Expr.neg(sh.e()))))), false));
        }
        if (more != null) {
            calc.chain().addAll(ex.steps());
            return more;
        }
        if (ex.terms().size() != 2 || !ex.terms().get(0).monomial().isOne() || ex.remainder().isEmpty()
                || !ex.remainder().get().little()) {
            return null;
        }
        for (ProofStep p : ex.steps()) {
            calc.chain().add(ProofStep.of(p.rule(), " [", p.source(), "]: ", p.statement()));
        }
        return List.of(new CancellingSum.Term(toLeading(ex.terms().get(0)), true),
                new CancellingSum.Term(toLeading(ex.terms().get(1)), false));
    }

    private static LeadingTerm toLeading(ExpansionTerm t) {
        ScaleMonomial m = t.monomial();
        if (!(m.logPower() instanceof Rational r) || !r.isInteger() || !isZero(m.logLogPower()) || !isZero(m.exponential())) {
            throw new AsymptoticFailure("the sum's leading term is outside the leading-term calculus");
        }
        return new LeadingTerm(PowerProduct.of(t.coefficient()), m.power(), r.numerator().intValue(), false);
    }

    private static boolean isZero(Expr e) {
        return e instanceof Rational r && r.signum() == 0;
    }
}
