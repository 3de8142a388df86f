package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Builtin;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;

/**
 * A certificate that a loss f(N) is convex in s = log N on its domain (the N > 0 at which every base of a
 * power with a non-integer exponent and every argument of a Log containing N is positive), for every large x: the side condition of
 * {@link DominantBalance}. Sound rules only (Boyd and Vandenberghe, Convex Optimization, Sec. 3.5); every
 * subexpression containing N gets a shape in s:
 * <ul>
 * <li>MONOMIAL {@code k N^p} (k free of N): log-affine, so both log-convex and log-concave when k > 0;</li>
 * <li>LOG_CONVEX and LOG_CONCAVE (positive on the domain): products keep the class, a power with a positive
 *     exponent keeps it, a negative exponent swaps it; a sum of positive log-convex terms is log-convex;
 *     a sum of two monomials of opposite signs {@code k1 N^p1 - k2 N^p2} (k1, k2 > 0, p1 != p2) is
 *     log-concave where it is positive, since {@code d^2/ds^2 log(1 - c e^(q s)) = -c q^2 e^(q s)/(1 - c
 *     e^(q s))^2 < 0}, and that set is a half-line in s;</li>
 * <li>AFFINE: {@code c Log(k N^p)} with k > 0 is affine in s.</li>
 * </ul>
 * The loss is convex when it is a sum or Max of terms each MONOMIAL with a positive coefficient,
 * LOG_CONVEX or AFFINE (a positive log-convex function is convex; sums and maxima of convex functions are
 * convex). The domain is an intersection of half-lines in s, an interval. Signs of coefficients free of N
 * come from the {@link SignOracle}; a coefficient that depends on x (such as {@code C/6}) must have a
 * positive leading term as x -> infinity, so the certificate holds for every large x. Anything else (an
 * Exp, a Log of a sum, a log-concave term at the top, a coefficient of unknown sign) is a failure with the
 * reason: never a guess.
 */
final class LogConvexity {
    private enum Kind { MONOMIAL, LOG_CONVEX, LOG_CONCAVE, AFFINE }

    /** A shape; {@code k}, {@code p} only for MONOMIAL. */
    private record Shape(Kind kind, Expr k, Expr p) {
        static Shape of(Kind kind) {
            return new Shape(kind, null, null);
        }

        boolean positiveMonomial(LogConvexity lc) {
            return kind == Kind.MONOMIAL && lc.eventualSign(k) == SignOracle.Sign.POSITIVE;
        }
    }

    private final String n;
    private final String x;
    private final SignOracle oracle;
    private final LeadingTerms scratch;

    LogConvexity(String n, String x, SignOracle oracle, LeadingTerms.SumRule sums) {
        this.n = n;
        this.x = x;
        this.oracle = oracle;
        this.scratch = new LeadingTerms(x, oracle, sums, new ArrayList<>());
    }

    /** Certifies that {@code g} is convex in log n on its domain for every large x; else throws. */
    RichText certify(Expr g) {
        return certify(g, List.of());
    }

    /**
     * The same on the domain cut further by {@code domain} (each positive): each must have a shape whose
     * positivity set is a half-line or everything (a positive monomial, log-convex, or log-concave from two
     * monomials of opposite signs), so that the domain stays an interval.
     */
    RichText certify(Expr g, List<Expr> domain) {
        List<RichText> pieces = new ArrayList<>();
        for (Expr u : domain) {
            Shape s = shape(u, true);
            if (!(s.kind() == Kind.LOG_CONVEX || s.kind() == Kind.LOG_CONCAVE || s.positiveMonomial(this))) {
                throw new AsymptoticFailure("side condition: the domain condition " + StepText.of(u) + " > 0 is not "
                        + "shown to cut an interval in log " + n);
            }
            pieces.add(RichText.of(StepRelation.positive(u), " cuts an interval (", describe(s), ")"));
        }
        convex(g, pieces);
        List<Object> out = new ArrayList<>();
        out.add("convex in log " + n + " on its domain (an interval) for every large " + x + ": ");
        for (int i = 0; i < pieces.size(); i++) {
            out.add(i == 0 ? "" : "; ");
            out.add(pieces.get(i));
        }
        return RichText.of(out.toArray());
    }

    private void convex(Expr g, List<RichText> pieces) {
        if (g instanceof Add a) {
            for (Expr t : a.terms()) {
                convex(t, pieces);
            }
            return;
        }
        if (g instanceof Call c && c.builtin() == Builtin.MAX) {
            for (Expr t : c.args()) {
                convex(t, pieces);
            }
            return;
        }
        Shape s = shape(g, false);
        if (s.kind() == Kind.LOG_CONVEX || s.kind() == Kind.AFFINE || s.positiveMonomial(this)) {
            pieces.add(RichText.of(g, " is ", describe(s)));
            return;
        }
        if (s.kind() == Kind.MONOMIAL && isFree(s.p()) && eventualSign(s.p()) == SignOracle.Sign.ZERO) {
            pieces.add(RichText.of(g, " is free of " + n));
            return;
        }
        throw new AsymptoticFailure("side condition: the term " + StepText.of(g) + " is " + StepText.of(describe(s))
                + ", not shown convex in log " + n);
    }

    /** Whether {@code u} is shown positive on its domain (a positive monomial, log-convex or log-concave). */
    boolean positive(Expr u) {
        try {
            Shape s = shape(u, false);
            return s.kind() == Kind.LOG_CONVEX || s.kind() == Kind.LOG_CONCAVE || s.positiveMonomial(this);
        } catch (AsymptoticFailure e) {
            return false;
        }
    }

    private RichText describe(Shape s) {
        switch (s.kind()) {
            case MONOMIAL: return RichText.of("a monomial ", Expr.mul(tidy(s.k()), Expr.pow(Expr.sym(n), tidy(s.p()))));
            case LOG_CONVEX: return RichText.of("positive and log-convex");
            case LOG_CONCAVE: return RichText.of("positive and log-concave");
            default: return RichText.of("affine in log " + n);
        }
    }

    private Expr tidy(Expr e) {
        Expr t = oracle.normalForm("Together", e);
        return t != null ? t : e;
    }

    private boolean isFree(Expr e) {
        return !FreeSymbols.of(e).contains(n);
    }

    /**
     * The shape of {@code e}; {@code positive}: e is positive on the domain by definition (a base of a power
     * with a non-integer exponent or the argument of a Log, or the one sum factor of such a base whose other
     * factors are positive).
     */
    private Shape shape(Expr e, boolean positive) {
        if (isFree(e)) {
            return new Shape(Kind.MONOMIAL, e, Expr.num(0));
        }
        if (e instanceof Symbol) {
            return new Shape(Kind.MONOMIAL, Expr.num(1), Expr.num(1));
        }
        if (e instanceof Mul m) {
            return product(m, positive);
        }
        if (e instanceof Pow p) {
            return power(p);
        }
        if (e instanceof Add a) {
            return sum(a, positive);
        }
        if (e instanceof Call c && c.builtin() == Builtin.LOG && c.args().size() == 1) {
            Shape u = shape(c.args().get(0), true);
            if (u.positiveMonomial(this)) {
                return Shape.of(Kind.AFFINE);
            }
            throw new AsymptoticFailure("side condition: no convexity rule for " + StepText.of(e)
                    + " (a Log of anything but a positive monomial in " + n + ")");
        }
        throw new AsymptoticFailure("side condition: no convexity rule for " + StepText.of(e));
    }

    private Shape product(Mul m, boolean positive) {
        List<Shape> fs = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        for (int i = 0; i < m.factors().size(); i++) {
            Expr f = m.factors().get(i);
            if (f instanceof Add && !isFree(f)) {
                sums.add(i);
                fs.add(null);
            } else {
                fs.add(shape(f, false));
            }
        }
        // the one sum factor of a positive product whose other factors are positive is itself positive
        boolean othersPositive = fs.stream().allMatch(s -> s == null || s.kind() == Kind.LOG_CONVEX
                || s.kind() == Kind.LOG_CONCAVE || s.positiveMonomial(this));
        for (int i : sums) {
            fs.set(i, shape(m.factors().get(i), positive && sums.size() == 1 && othersPositive));
        }
        if (fs.stream().allMatch(s -> s.kind() == Kind.MONOMIAL)) {
            List<Expr> ks = new ArrayList<>();
            List<Expr> ps = new ArrayList<>();
            for (Shape s : fs) {
                ks.add(s.k());
                ps.add(s.p());
            }
            return new Shape(Kind.MONOMIAL, new Mul(ks), new Add(ps));
        }
        long affine = fs.stream().filter(s -> s.kind() == Kind.AFFINE).count();
        if (affine == 1 && fs.stream().allMatch(s -> s.kind() == Kind.AFFINE
                || s.kind() == Kind.MONOMIAL && isFree(s.p()) && eventualSign(s.p()) == SignOracle.Sign.ZERO)) {
            return Shape.of(Kind.AFFINE);   // a constant times an affine function
        }
        for (Kind target : List.of(Kind.LOG_CONVEX, Kind.LOG_CONCAVE)) {
            if (fs.stream().allMatch(s -> s.kind() == target || s.positiveMonomial(this))) {
                return Shape.of(target);
            }
        }
        throw new AsymptoticFailure("side condition: the product " + StepText.of(m)
                + " mixes factors of different convexity classes in log " + n);
    }

    private Shape power(Pow p) {
        Expr q = p.exponent();
        if (!isFree(q) || FreeSymbols.of(q).contains(x)) {
            throw new AsymptoticFailure("side condition: the exponent of " + StepText.of(p) + " depends on " + n
                    + " or " + x);
        }
        boolean integer = q instanceof Rational r && r.isInteger();
        Shape u = shape(p.base(), !integer);
        if (u.kind() == Kind.MONOMIAL) {
            if (integer || eventualSign(u.k()) == SignOracle.Sign.POSITIVE) {
                return new Shape(Kind.MONOMIAL, Expr.pow(u.k(), q), Expr.mul(u.p(), q));
            }
            throw new AsymptoticFailure("side condition: the base of " + StepText.of(p) + " is not shown positive");
        }
        if (u.kind() == Kind.AFFINE) {
            throw new AsymptoticFailure("side condition: no convexity rule for a power of a Log: " + StepText.of(p));
        }
        SignOracle.Sign sq = oracle.sign(q).sign();
        if (sq == SignOracle.Sign.POSITIVE) {
            return u;
        }
        if (sq == SignOracle.Sign.NEGATIVE) {
            return Shape.of(u.kind() == Kind.LOG_CONVEX ? Kind.LOG_CONCAVE : Kind.LOG_CONVEX);
        }
        throw new AsymptoticFailure("side condition: the sign of the exponent " + StepText.of(q) + " is not fixed");
    }

    private Shape sum(Add a, boolean positive) {
        List<Shape> ts = new ArrayList<>();
        for (Expr t : a.terms()) {
            ts.add(shape(t, false));
        }
        if (ts.stream().allMatch(s -> s.kind() == Kind.LOG_CONVEX || s.positiveMonomial(this))) {
            return Shape.of(Kind.LOG_CONVEX);
        }
        if (positive && ts.size() == 2 && ts.get(0).kind() == Kind.MONOMIAL && ts.get(1).kind() == Kind.MONOMIAL) {
            SignOracle.Sign s0 = eventualSign(ts.get(0).k());
            SignOracle.Sign s1 = eventualSign(ts.get(1).k());
            SignOracle.Sign gap = oracle.sign(Expr.sub(ts.get(0).p(), ts.get(1).p())).sign();
            boolean opposite = s0 == SignOracle.Sign.POSITIVE && s1 == SignOracle.Sign.NEGATIVE
                    || s0 == SignOracle.Sign.NEGATIVE && s1 == SignOracle.Sign.POSITIVE;
            if (opposite && (gap == SignOracle.Sign.POSITIVE || gap == SignOracle.Sign.NEGATIVE)) {
                return Shape.of(Kind.LOG_CONCAVE);
            }
        }
        if (ts.stream().allMatch(s -> s.kind() == Kind.AFFINE || s.kind() == Kind.MONOMIAL && isZero(s.p()))) {
            return Shape.of(Kind.AFFINE);
        }
        throw new AsymptoticFailure("side condition: no convexity rule for the sum " + StepText.of(a)
                + " (rules: positive log-convex terms, or two monomials of opposite signs)");
    }

    private boolean isZero(Expr p) {
        return oracle.sign(p).sign() == SignOracle.Sign.ZERO;
    }

    /** The sign of an N-free expression for every large x (that of its leading coefficient when it has x). */
    SignOracle.Sign eventualSign(Expr k) {
        if (!FreeSymbols.of(k).contains(x)) {
            return oracle.sign(k).sign();
        }
        try {
            LeadingTerm lt = scratch.of(k);
            if (lt.exponentiallySmall()) {
                return SignOracle.Sign.UNKNOWN;
            }
            SignOracle.Sign s = oracle.sign(lt.coefficient().toExpr()).sign();
            return s == SignOracle.Sign.ZERO ? SignOracle.Sign.UNKNOWN : s;
        } catch (AsymptoticFailure e) {
            return SignOracle.Sign.UNKNOWN;
        }
    }
}
