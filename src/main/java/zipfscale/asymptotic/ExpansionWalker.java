package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * One expansion pass at a fixed width: walks the expression tree, expanding each node from its children
 * (constants in x stay constant coefficients, so special functions at constant arguments stay as they are).
 */
final class ExpansionWalker implements Expr.Visitor<AsymptoticExpansion> {
    private final Symbol x;
    private final ExpansionContext ctx;
    private final List<ProofStep> steps;
    private final ExpansionAlgebra alg;
    private final StirlingSeries special;
    private final Map<Expr, AsymptoticExpansion> memo = new HashMap<>();

    ExpansionWalker(Symbol x, int width, ExpansionContext ctx, List<SideCondition> conditions, List<ProofStep> steps) {
        this.x = x;
        this.ctx = ctx;
        this.steps = steps;
        MonomialOrder order = new MonomialOrder(ctx.oracle(), this::expandExponent, conditions);
        this.alg = new ExpansionAlgebra(x, width, order);
        alg.exponentsBy(this::expandExponent);
        this.special = new StirlingSeries(alg);
    }

    AsymptoticExpansion expand(Expr e) {
        if (Thread.currentThread().isInterrupted()) {
            throw ExpansionFailure.unsupported("interrupted (time budget spent)");
        }
        AsymptoticExpansion known = memo.get(e);
        if (known != null) {
            return known;
        }
        AsymptoticExpansion out = Expander.isConstant(e, x) ? alg.constant(e) : e.accept(this);
        memo.put(e, out);
        return out;
    }

    /** The exponent g of a scale monomial exp(g), expanded exactly (it is a sum of monomials). */
    private AsymptoticExpansion expandExponent(Expr g) {
        AsymptoticExpansion e = expand(g);
        return e;
    }

    /** The first {@code n} terms, the rest folded into the remainder. */
    AsymptoticExpansion truncate(AsymptoticExpansion e, int n) {
        if (e.terms().size() <= n) {
            return e;
        }
        Optional<Remainder> r = alg.max(e.remainder(), Optional.of(Remainder.bigO(e.terms().get(n).monomial())));
        return new AsymptoticExpansion(x, e.terms().subList(0, n), r, e.conditions(), e.steps());
    }

    @Override
    public AsymptoticExpansion visitRational(Rational e) {
        return alg.constant(e);
    }

    @Override
    public AsymptoticExpansion visitDecimal(Decimal e) {
        return alg.constant(e);
    }

    @Override
    public AsymptoticExpansion visitSymbol(Symbol e) {
        return e.equals(x) ? alg.monomial(Expr.num(1), ScaleMonomial.power(Expr.num(1))) : alg.constant(e);
    }

    @Override
    public AsymptoticExpansion visitConstant(Constant e) {
        return alg.constant(e);
    }

    @Override
    public AsymptoticExpansion visitAdd(Add e) {
        AsymptoticExpansion out = alg.constant(Expr.num(0));
        for (Expr t : e.terms()) {
            out = alg.add(out, expand(t));
        }
        return out;
    }

    @Override
    public AsymptoticExpansion visitMul(Mul e) {
        AsymptoticExpansion out = alg.constant(Expr.num(1));
        for (Expr t : e.factors()) {
            out = alg.mul(out, expand(t));
        }
        return out;
    }

    @Override
    public AsymptoticExpansion visitPow(Pow e) {
        if (Expander.isConstant(e.exponent(), x)) {
            if (e.base().equals(x) || e.base().equals(Expr.call("Log", x))) {
                ScaleMonomial m = e.base().equals(x) ? ScaleMonomial.power(e.exponent()) : ScaleMonomial.logPower(e.exponent());
                return alg.monomial(Expr.num(1), m);
            }
            return alg.pow(expand(e.base()), e.exponent());
        }
        // b^e = exp(e log b)
        return alg.exp(alg.mul(expand(e.exponent()), log(e.base())));
    }

    private AsymptoticExpansion log(Expr u) {
        if (u.equals(x)) {
            return alg.monomial(Expr.num(1), ScaleMonomial.logPower(Expr.num(1)));
        }
        if (u.equals(Expr.call("Log", x))) {
            return alg.monomial(Expr.num(1), ScaleMonomial.logLogPower(Expr.num(1)));
        }
        return alg.log(expand(u), this::expandExponent);
    }

    /** The expansion of a special function's argument, which must grow to +infinity. */
    private AsymptoticExpansion growing(Expr u, String f) {
        AsymptoticExpansion z = expand(u);
        ExpansionTerm lead = alg.leading(z, "the argument of " + f);
        if (alg.order().compare(lead.monomial(), ScaleMonomial.ONE) <= 0
                || alg.order().sign(lead.coefficient(), "leading coefficient of the argument of " + f) <= 0) {
            throw ExpansionFailure.unsupported("the argument " + StepText.of(u) + " of " + f
                    + " does not grow to +Infinity; only growing and constant arguments are expanded");
        }
        return z;
    }

    private AsymptoticExpansion cite(Call c, String rule, String source, AsymptoticExpansion e) {
        steps.add(new ProofStep(rule, source, Expr.call("Equal", c, e.toExpr()), List.of()));
        return e;
    }

    @Override
    public AsymptoticExpansion visitCall(Call c) {
        List<Expr> a = c.args();
        switch (c.function()) {
            case "Exp":
                return alg.exp(expand(a.get(0)));
            case "Log":
                if (a.size() == 1) {
                    return log(a.get(0));
                }
                break;
            case "Sqrt":
                return alg.pow(expand(a.get(0)), Expr.frac(1, 2));
            case "Abs": {
                AsymptoticExpansion u = expand(a.get(0));
                ExpansionTerm lead = alg.leading(u, "the argument of Abs");
                return alg.order().sign(lead.coefficient(), "the sign of the argument of Abs") > 0 ? u : alg.negate(u);
            }
            case "Max":
            case "Min":
                return maxMin(a, c.function().equals("Max"));
            case "Floor":
            case "Ceiling":
            case "Round":
                return plusBounded(expand(a.get(0)));
            case "LogGamma":
                return cite(c, "Stirling series", "DLMF 5.11.1", logGamma(a.get(0)));
            case "Gamma":
                if (a.size() == 1) {
                    return cite(c, "Stirling series, exponentiated", "DLMF 5.11.1", alg.exp(logGamma(a.get(0))));
                }
                if (Expander.isConstant(a.get(0), x)) {
                    return cite(c, "upper incomplete Gamma at a large argument", "DLMF 8.11.2",
                            special.upperGamma(a.get(0), growing(a.get(1), "Gamma(a, z)")));
                }
                break;
            case "Factorial":
                return cite(c, "Stirling series, exponentiated (n! = Gamma(n + 1))", "DLMF 5.11.1; 5.4.1",
                        alg.exp(logGamma(Expr.add(a.get(0), Expr.num(1)))));
            case "Beta":
                return cite(c, "Beta(a, b) = Gamma(a) Gamma(b)/Gamma(a + b)", "DLMF 5.12.1",
                        expand(Expr.div(Expr.mul(gammaOf(a.get(0)), gammaOf(a.get(1))), gammaOf(Expr.add(a.get(0), a.get(1))))));
            case "Binomial":
                return cite(c, "Binomial(n, k) = Gamma(n + 1)/(Gamma(k + 1) Gamma(n - k + 1))", "DLMF 1.2.1; 5.2.1",
                        expand(Expr.div(gammaOf(Expr.add(a.get(0), Expr.num(1))), Expr.mul(gammaOf(Expr.add(a.get(1), Expr.num(1))),
                                gammaOf(Expr.add(a.get(0), Expr.neg(a.get(1)), Expr.num(1)))))));
            case "PolyGamma":
                if (a.size() == 2 && a.get(0) instanceof Rational n && n.isInteger() && n.signum() >= 0
                        && n.numerator().intValueExact() <= 20) {
                    int k = n.numerator().intValueExact();
                    AsymptoticExpansion z = growing(a.get(1), "PolyGamma");
                    return cite(c, "asymptotic series of the polygamma function", k == 0 ? "DLMF 5.11.2" : "DLMF 5.15.8",
                            special.polyGamma(k, z, log(a.get(1))));
                }
                break;
            case "Zeta":
            case "HurwitzZeta":
                if (a.size() == 2 && Expander.isConstant(a.get(0), x)) {
                    return cite(c, "Hurwitz zeta at a large second argument", "DLMF 25.11.43",
                            special.hurwitzZeta(a.get(0), growing(a.get(1), "Zeta(s, z)")));
                }
                break;
            default:
                break;
        }
        throw ExpansionFailure.unsupported("no expansion rule for " + c.function() + " with these arguments: "
                + StepText.of(c));
    }

    private static Expr gammaOf(Expr u) {
        return Expr.call("Gamma", u);
    }

    private AsymptoticExpansion logGamma(Expr u) {
        return special.logGamma(growing(u, "Gamma"), log(u));
    }

    /** g + O(1): Floor, Ceiling and Round differ from their argument by at most 1. */
    private AsymptoticExpansion plusBounded(AsymptoticExpansion g) {
        return alg.add(g, Expander.bigO(x, ScaleMonomial.ONE));
    }

    private AsymptoticExpansion maxMin(List<Expr> args, boolean max) {
        AsymptoticExpansion best = expand(args.get(0));
        for (Expr u : args.subList(1, args.size())) {
            AsymptoticExpansion v = expand(u);
            AsymptoticExpansion d = alg.add(best, alg.negate(v));
            if (d.isExact() && d.terms().isEmpty()) {
                continue;
            }
            ExpansionTerm lead = alg.leading(d, "the difference of the arguments of " + (max ? "Max" : "Min"));
            int s = alg.order().sign(lead.coefficient(), "the sign of the difference of Max/Min arguments");
            if ((s < 0) == max) {
                best = v;
            }
        }
        return best;
    }

    @Override
    public AsymptoticExpansion visitSum(Sum s) {
        for (SumExpansion rule : ctx.sumRules()) {
            Optional<ExpansionResult> r = rule.expand(s, x, alg.width(), ctx);
            if (r.isPresent()) {
                if (r.get() instanceof ExpansionResult.Expanded ex) {
                    steps.addAll(ex.expansion().steps());
                    return alg.add(alg.constant(Expr.num(0)), ex.expansion());
                }
                throw ExpansionFailure.unsupported(((ExpansionResult.Unknown) r.get()).reason());
            }
        }
        throw ExpansionFailure.unsupported("no expansion rule for the sum " + StepText.of(s));
    }

    @Override
    public AsymptoticExpansion visitIntegral(Integral e) {
        throw ExpansionFailure.unsupported("integrals depending on " + x.name() + " are not expanded");
    }
}
