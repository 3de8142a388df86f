package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The worker of {@link HarmonicSums}: one harmonic sum, its side conditions, the poles in order and the
 * terms they give (see there for the mathematics). Not thread-safe; one instance per expansion.
 */
final class MellinRule {
    /** A pole of the Mellin transform of the sum: a pole of g* (null for the zeta pole alone), the zeta pole, or both. */
    private record Candidate(MellinPoles.Pole g, boolean zeta) { }

    private final Sum sum;
    private final HarmonicShape sh;
    private final Symbol x;
    private final SignOracle oracle;
    private final List<SideCondition> conditions = new ArrayList<>();
    private final List<ProofStep> steps = new ArrayList<>();
    private final List<Boolean> exact = new ArrayList<>();

    MellinRule(Sum sum, HarmonicShape sh, Symbol x, SignOracle oracle) {
        this.sum = sum;
        this.sh = sh;
        this.x = x;
        this.oracle = oracle;
    }

    /** Whether each term of the last expansion is exact (a simple pole with no log factor). */
    List<Boolean> exact() {
        return exact;
    }

    AsymptoticExpansion expand(int terms) {
        SignOracle.Sign bSign = fixed(sh.b(), "b != 0 in mu_k = k^b");
        SignOracle.Sign gSign = fixed(sh.gamma(), "gamma != 0 in t = A*" + x.name() + "^gamma");
        positive(sh.amplitude(), "A > 0 in t = A*" + x.name() + "^gamma");
        fixed(sh.c(), "c != 0 in lambda_k = c*k^a*Log(k)^m");
        for (Expr p : sh.positive()) {
            positive(p, "the base of a power split as (c k^e)^p = c^p k^(e p)");
        }
        Expr s = Expr.sym(fresh());
        MellinTable.Entry entry = MellinTable.match(sh.kernel(), sh.u(), s).orElseThrow(() -> new AsymptoticFailure(
                "harmonic sum: the kernel g(u) = " + StepText.of(sh.kernel()) + " is not in the Mellin table"));
        MellinPoles poles = entry.poles();
        if (poles.decay() == null) {
            throw new AsymptoticFailure("harmonic sum: the Mellin transform " + StepText.of(entry.mellin()) + " of "
                    + entry.name() + " decays too slowly on vertical lines for the converse mapping theorem (FGD 1995, Theorem 4)");
        }
        SideCondition decay = new SideCondition(Expr.call("DecaysOnVerticalLines", entry.mellin()), poles.decay());
        conditions.add(decay);
        Expr s0 = simplify(Coefficients.mul(Coefficients.add(sh.a(), Expr.num(1)), Expr.pow(sh.b(), Expr.num(-1))));
        boolean bPositive = bSign == SignOracle.Sign.POSITIVE;
        // the fundamental strip: g*'s strip cut by Re(b s - a) > 1, i.e. s > s0 (b > 0) or s < s0 (b < 0)
        Expr end = bPositive ? poles.upper() : poles.lower();
        if (end != null) {
            positive(simplify(bPositive ? Expr.sub(end, s0) : Expr.sub(s0, end)),
                    "the fundamental strip is not empty: " + (bPositive ? "(a+1)/b < " : "(a+1)/b > ") + StepText.of(end));
        }
        boolean left = gSign == SignOracle.Sign.NEGATIVE;
        boolean zetaHere = bPositive == left;
        steps.add(new ProofStep(RichText.of("harmonic sum: the Mellin transform in ", StepRelation.equal(Expr.sym("t"), t()),
                " factorises into the kernel's transform ", entry.mellin(), " (strip " + entry.stripText() + ") times a"
                + " Dirichlet series, analytic on the fundamental strip; the expansion as t -> " + (left
                ? "0 comes from the poles on its left" : "Infinity comes from minus the residues on its right")), SOURCE_TRANSFORM,
                Expr.call("Equal", Expr.call("MellinTransform", sum, s), Coefficients.mul(Coefficients.mul(entry.mellin(),
                        sh.c()), dirichlet(Coefficients.add(Coefficients.mul(sh.b(), s), Expr.neg(sh.a()))))),
                List.copyOf(conditions)));
        List<Candidate> order = order(poles, left, zetaHere, s0);
        List<ExpansionTerm> out = new ArrayList<>();
        int eps = left ? 1 : -1;
        for (Candidate c : order) {
            if (out.size() >= terms) {
                break;
            }
            ExpansionTerm term = c.g() == null ? zetaPole(s0, left, poles) : c.zeta() ? doublePole(c.g(), eps) : gPole(c.g(), eps);
            if (term == null) {
                if (c.g() != null && !c.zeta() && skipped) {
                    skipped = false;
                    continue;
                }
                break;
            }
            out.add(term);
            if (!exact.get(exact.size() - 1)) {
                break;
            }
        }
        if (out.isEmpty()) {
            throw new AsymptoticFailure("harmonic sum: no pole of the Mellin transform gives a term as t -> "
                    + (left ? "0" : "Infinity") + (stop == null ? (order.isEmpty() ? " (none on that side: the sum is smaller"
                    + " than every power of " + x.name() + ")" : "") : ": " + StepText.of(stop)));
        }
        if (out.size() < terms && stop != null) {
            steps.add(new ProofStep(RichText.of("the poles stop here: ", stop), "", Expr.call("Equal", Expr.call("Terms", sum),
                    Expr.num(out.size())), List.of()));
        }
        ScaleMonomial last = out.get(out.size() - 1).monomial();
        AsymptoticExpansion ex = new AsymptoticExpansion(x, out, Optional.of(Remainder.littleO(last)), conditions, List.of());
        steps.add(new ProofStep("converse mapping: the terms from the poles, in order, the rest o(the last)", SOURCE_CONVERSE,
                Expr.call("Equal", sum, ex.toExpr()), List.of(decay)));
        return ex.with(List.of(), steps);
    }

    private static final Expr S = Expr.sym("s");
    private static final Expr T = Expr.sym("t");
    private static final Expr S0 = Expr.sym("s0");
    /** {@code s0 = (a + 1)/b}, the pole of the Dirichlet series. */
    private static final Expr S0_VALUE = Expr.div(Expr.add(Expr.sym("a"), Expr.num(1)), Expr.sym("b"));

    private static final String SOURCE_TRANSFORM = "Flajolet-Gourdon-Dumas 1995, Theorem 1 and Lemma 2; DLMF 25.2.1, 25.11.1";
    private static final String SOURCE_CONVERSE = "Flajolet-Gourdon-Dumas 1995, Theorem 4; Titchmarsh 5.1 (Zeta polynomially bounded)";
    /** Why the poles stopped, when they stopped before the terms asked for. */
    private RichText stop;
    /** Set when a pole of g* is cancelled by a zero of Zeta (no pole of the product): skip, not stop. */
    private boolean skipped;

    /** A name for the Mellin variable that is not a symbol of the sum (s, else w, z, ...). */
    private String fresh() {
        java.util.Set<String> used = zipfscale.expr.FreeSymbols.of(sum);
        for (String n : List.of("s", "w", "z", "sigma", "s1", "s2")) {
            if (!used.contains(n) && !n.equals(x.name())) {
                return n;
            }
        }
        return "s_mellin";
    }

    private Expr t() {
        return Coefficients.mul(sh.amplitude(), ScaleMonomial.power(sh.gamma()).toExpr(x));
    }

    /** The Dirichlet series {@code sum_{k>=L} k^-z (Log k)^m} by name: Zeta(z), Zeta(z, L), or the series. */
    private Expr dirichlet(Expr z) {
        if (sh.m() == 0) {
            return sh.lower() == 1 ? Expr.call("Zeta", z) : Expr.call("Zeta", z, Expr.num(sh.lower()));
        }
        Expr k = Expr.sym("k");
        return new Sum(Coefficients.mul(Expr.pow(k, Expr.neg(z)), Expr.pow(Expr.call("Log", k), Expr.num(sh.m()))), "k",
                Expr.num(sh.lower()), Constant.INFINITY);
    }

    /** The poles in order going away from the strip, as far as the table and the assumptions tell. */
    private List<Candidate> order(MellinPoles poles, boolean left, boolean zetaHere, Expr s0) {
        List<MellinPoles.Pole> gp = left ? poles.left() : poles.right();
        boolean complete = left ? poles.leftComplete() : poles.rightComplete();
        List<Candidate> out = new ArrayList<>();
        boolean placed = !zetaHere;
        for (MellinPoles.Pole p : gp) {
            if (placed) {
                out.add(new Candidate(p, false));
                continue;
            }
            Expr d = simplify(left ? Expr.sub(s0, p.at()) : Expr.sub(p.at(), s0));
            SignOracle.Answer a = oracle.sign(d);
            RichText where = RichText.of("the zeta pole ", StepRelation.equal(S0, s0), " against the kernel's pole ", p.at());
            switch (a.sign()) {
                case POSITIVE:
                    conditions.add(new SideCondition(Expr.call("Greater", d, Expr.num(0)), a.how()));
                    out.add(new Candidate(null, true));
                    out.add(new Candidate(p, false));
                    placed = true;
                    break;
                case ZERO:
                    conditions.add(new SideCondition(Expr.call("Equal", d, Expr.num(0)), a.how()));
                    out.add(new Candidate(p, true));
                    placed = true;
                    break;
                case NEGATIVE:
                    conditions.add(new SideCondition(Expr.call("Less", d, Expr.num(0)), a.how()));
                    out.add(new Candidate(p, false));
                    break;
                default:
                    stop = RichText.of("the order of ", where, " is not decided (", a.how(), ")");
                    return out;
            }
        }
        if (!placed) {
            if (complete) {
                out.add(new Candidate(null, true));
            } else {
                stop = RichText.of("the zeta pole ", StepRelation.equal(S0, s0), " lies beyond the poles of the kernel's"
                        + " transform the table lists");
            }
        }
        return out;
    }

    /** The zeta pole's term, or null (with {@link #stop} set) when g*(s0) is not shown nonzero. */
    private ExpansionTerm zetaPole(Expr s0, boolean left, MellinPoles poles) {
        Expr gAt = MellinTable.match(sh.kernel(), sh.u(), s0).orElseThrow().mellin();
        SignOracle.Answer a = oracle.sign(gAt);
        if (a.sign() == SignOracle.Sign.UNKNOWN && poles.zeroFree() != null) {
            // s0 is no pole of g* (the order of the poles placed it apart from each), and g* has no zeros
            a = new SignOracle.Answer(SignOracle.Sign.POSITIVE, "not a pole of g*, and " + poles.zeroFree());
        }
        if (a.sign() != SignOracle.Sign.POSITIVE && a.sign() != SignOracle.Sign.NEGATIVE) {
            stop = RichText.of("the kernel's transform at s0, ", gAt, ", is not shown nonzero (", a.how(), ")");
            return null;
        }
        Expr absB = abs(sh.b());
        Expr absG = abs(sh.gamma());
        int m = sh.m();
        Expr coef = Coefficients.mul(Coefficients.mul(sh.c(), gAt), Coefficients.mul(power(absG, Expr.num(m)),
                power(absB, Expr.num(-(m + 1L)))));
        coef = Coefficients.mul(coef, power(sh.amplitude(), Expr.neg(s0)));
        ScaleMonomial mono = monomial(s0, m);
        ExpansionTerm term = new ExpansionTerm(coef, mono);
        exact.add(m == 0);
        Expr mSym = Expr.sym("m");
        Expr zSym = Expr.sym("z");
        RichText order = m == 0 ? RichText.of(" (simple, residue ", Expr.div(Expr.num(1), Expr.sym("b")), ")")
                : RichText.of(" (order m + 1 = " + (m + 1) + ": ", StepRelation.sim(Expr.mul(Expr.pow(Expr.num(-1), mSym),
                        Expr.call("Diff", Expr.call("Zeta", zSym), zSym, mSym)), Expr.div(Expr.call("Factorial", mSym),
                        Expr.pow(Expr.sub(zSym, Expr.num(1)), Expr.add(mSym, Expr.num(1))))), "; the leading part of the residue,"
                        + " up to ", Expr.call("O", Expr.mul(Expr.pow(T, Expr.neg(S0)), Expr.pow(Expr.call("Log", T),
                        Expr.sub(mSym, Expr.num(1))))), ")");
        steps.add(new ProofStep(RichText.of("the pole of the Dirichlet series at ", StepRelation.equal(Expr.sub(Expr.mul(
                Expr.sym("b"), S), Expr.sym("a")), Expr.num(1)), ", ", StepRelation.equal(S0, S0_VALUE), order, ", "
                + (left ? "on the left" : "on the right") + " of the strip: ", Expr.mul(Expr.sym("c"), Expr.call("M_g", S0),
                Expr.pow(Expr.call("Abs", Expr.sym("b")), Expr.sub(Expr.neg(mSym), Expr.num(1))),
                Expr.pow(Expr.call("Abs", Expr.call("Log", T)), mSym), Expr.pow(T, Expr.neg(S0)))),
                "Flajolet-Gourdon-Dumas 1995, Theorem 4 and Section 4; DLMF 25.11.1 (residue 1 at z = 1)",
                Expr.call("Equal", Expr.call("Term", s0), term.toExpr(x)),
                List.of(new SideCondition(Expr.call("Unequal", gAt, Expr.num(0)), a.how()))));
        return term;
    }

    /** A simple pole of g*, or null (stop or skip) when its zeta factor is not shown nonzero. */
    private ExpansionTerm gPole(MellinPoles.Pole p, int eps) {
        Expr z = simplify(Coefficients.add(Coefficients.mul(sh.b(), p.at()), Expr.neg(sh.a())));
        List<SideCondition> conds = new ArrayList<>();
        if (sh.m() > 0) {
            SignOracle.Answer conv = oracle.sign(simplify(Coefficients.add(z, Expr.num(-1))));
            if (conv.sign() != SignOracle.Sign.POSITIVE) {
                stop = RichText.of("the series ", new zipfscale.expr.Sum(Expr.mul(Expr.pow(Expr.sym("k"), Expr.neg(Expr.sym("z"))),
                        Expr.pow(Expr.call("Log", Expr.sym("k")), Expr.sym("m"))), "k", Expr.num(1), zipfscale.expr.Constant.INFINITY),
                        " at the kernel's pole ", p.at(), " is not shown convergent (", StepRelation.greater(z, Expr.num(1)), ": ",
                        conv.how(), ")");
                return null;
            }
            conds.add(new SideCondition(Expr.call("Greater", z, Expr.num(1)), conv.how()));
        }
        Expr d = dirichlet(z);
        SignOracle.Answer a = oracle.sign(d);
        if (a.sign() == SignOracle.Sign.ZERO && sh.m() == 0) {
            skipped = true;
            steps.add(new ProofStep(RichText.of("the kernel's pole at ", p.at(), " meets a zero of Zeta: no pole"), "DLMF 25.6.1",
                    Expr.call("Equal", d, Expr.num(0)), List.of(new SideCondition(Expr.call("Equal", d, Expr.num(0)), a.how()))));
            return null;
        }
        if (a.sign() != SignOracle.Sign.POSITIVE && a.sign() != SignOracle.Sign.NEGATIVE) {
            stop = RichText.of("the zeta factor ", d, " at the kernel's pole ", p.at(), " is not shown nonzero (", a.how(), ")");
            return null;
        }
        conds.add(new SideCondition(Expr.call("Unequal", d, Expr.num(0)), a.how()));
        Expr coef = Coefficients.mul(Coefficients.mul(Expr.num(eps), p.residue()), Coefficients.mul(sh.c(), d));
        coef = Coefficients.mul(coef, power(sh.amplitude(), Expr.neg(p.at())));
        ExpansionTerm term = new ExpansionTerm(coef, monomial(p.at(), 0));
        exact.add(true);
        steps.add(new ProofStep(RichText.of("the kernel's pole at ", StepRelation.equal(S, p.at()), " (residue ", p.residue(),
                ", from the table), " + (eps > 0 ? "plus" : "minus") + " its residue: ", Expr.mul(Expr.sym("r"), Expr.sym("c"),
                        Expr.call("Zeta", Expr.sub(Expr.mul(Expr.sym("b"), S), Expr.sym("a"))), Expr.pow(T, Expr.neg(S)))),
                "Flajolet-Gourdon-Dumas 1995, Theorem 4; DLMF 5.2.1, 4.14", Expr.call("Equal", Expr.call("Term", p.at()),
                        term.toExpr(x)), conds));
        return term;
    }

    /** The zeta pole on a simple pole of g* (m = 0): a double pole, whose residue leads with Log t. */
    private ExpansionTerm doublePole(MellinPoles.Pole p, int eps) {
        if (sh.m() != 0) {
            stop = RichText.of("the zeta pole of order " + (sh.m() + 1) + " meets the kernel's pole at ", p.at(),
                    " (a pole of order " + (sh.m() + 2) + " is not handled)");
            return null;
        }
        // residue of c r/(b (s - sigma)^2) t^(-s) = -(c r/b) Log(t) t^(-sigma); Log t = gamma Log x + Log A
        Expr coef = Coefficients.mul(Coefficients.mul(Expr.num(-eps), p.residue()), Coefficients.mul(sh.c(),
                Coefficients.mul(sh.gamma(), Expr.pow(sh.b(), Expr.num(-1)))));
        coef = Coefficients.mul(coef, power(sh.amplitude(), Expr.neg(p.at())));
        ExpansionTerm term = new ExpansionTerm(coef, monomial(p.at(), 1));
        exact.add(false);
        Expr crb = Expr.div(Expr.mul(Expr.sym("c"), Expr.sym("r")), Expr.sym("b"));
        steps.add(new ProofStep(RichText.of("the zeta pole on the kernel's pole at ", StepRelation.equal(S, p.at()), " (residue ",
                p.residue(), "): a double pole ", Expr.div(crb, Expr.pow(Expr.sub(S, S0), Expr.num(2))), ", residue ",
                Expr.add(Expr.neg(Expr.mul(crb, Expr.call("Log", T), Expr.pow(T, Expr.neg(S0)))),
                        Expr.call("O", Expr.pow(T, Expr.neg(S0))))),
                "Flajolet-Gourdon-Dumas 1995, Theorem 4 (double poles give logarithms)",
                Expr.call("Equal", Expr.call("Term", p.at()), term.toExpr(x)), List.of()));
        return term;
    }

    /** {@code x^(xPower - gamma sigma) (Log x)^logs}. */
    private ScaleMonomial monomial(Expr sigma, int logs) {
        Expr e = simplify(Coefficients.add(sh.xPower(), Coefficients.neg(Coefficients.mul(sh.gamma(), sigma))));
        return ScaleMonomial.power(e).times(ScaleMonomial.logPower(Expr.num(logs)));
    }

    private Expr abs(Expr e) {
        return oracle.sign(e).sign() == SignOracle.Sign.NEGATIVE ? Coefficients.neg(e) : e;
    }

    private static Expr power(Expr base, Expr e) {
        if (Coefficients.isOne(base) || Coefficients.isZero(e)) {
            return Expr.num(1);
        }
        return Coefficients.isOne(e) ? base : Expr.pow(base, e);
    }

    private Expr simplify(Expr e) {
        if (e instanceof zipfscale.expr.Rational) {
            return e;
        }
        Expr t = oracle.normalForm("Together", e);
        return t == null ? e : t;
    }

    private SignOracle.Sign fixed(Expr e, String what) {
        SignOracle.Answer a = oracle.sign(e);
        if (a.sign() != SignOracle.Sign.POSITIVE && a.sign() != SignOracle.Sign.NEGATIVE) {
            throw new AsymptoticFailure("harmonic sum: " + what + " is not established (" + StepText.of(e) + ": " + a.how() + ")");
        }
        conditions.add(new SideCondition(Expr.call("Unequal", e, Expr.num(0)), a.how()));
        return a.sign();
    }

    private void positive(Expr e, String what) {
        SignOracle.Answer a = oracle.sign(e);
        if (a.sign() != SignOracle.Sign.POSITIVE) {
            throw new AsymptoticFailure("harmonic sum: " + what + " is not established (" + StepText.of(e) + " > 0: "
                    + a.how() + ")");
        }
        conditions.add(new SideCondition(Expr.call("Greater", e, Expr.num(0)), a.how()));
    }
}
