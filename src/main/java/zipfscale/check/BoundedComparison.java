package zipfscale.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import zipfscale.expr.Expr;
import zipfscale.numerics.Ball;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.ExactApfloat;

/**
 * Decides a relation between two sides at one point with an error bound, instead of a fixed tolerance.
 *
 * <ol>
 * <li>Exact first: when both sides have exact rational values at the point ({@link ExactValue}), the
 *     relation is decided exactly (an integer identity false by 1 at 10^40 is refuted here).</li>
 * <li>Otherwise the sides are evaluated at the working precision p (40 digits). A difference within the
 *     precision floor {@code 10^-(p-3) max(|lhs|, |rhs|)} (the rounding of a p-digit evaluation, with three
 *     digits to spare) is no evidence against the claim: the point agrees, with that floor as its bound.</li>
 * <li>A difference beyond the floor is an apparent violation, examined at a higher precision p'
 *     (p + 20, then 100, then 160 digits): the error of the p-digit values is bounded by their distance
 *     from the p'-digit values plus the p' floor. The violation counts only when it exceeds twice that
 *     bound at p, still holds at p', and neither side at p' is mostly cancellation (its value below
 *     10^-(p'-10) of its terms' magnitude, {@link AbsoluteTerms}). When instead the enclosure
 *     (difference +- twice the bound) admits the relation and the bound is below 10^-20 of the sides, the
 *     point agrees with that bound (powers with huge exponents lose digits this way). Else (the enclosure
 *     straddles 0 with digits lost to cancellation) the precision is raised again; an apparent violation
 *     left at the top precision is unresolved: no evidence either way.</li>
 * <li>When both sides are elementary (numbers, parameters, Pi, +, *, powers, Exp, Log, Sqrt, Sin, Cos, Abs,
 *     Max, Min), the outcome is checked against rigorous enclosures ({@link #arbitrated}: balls with proved
 *     radii, {@link zipfscale.numerics.BallEvaluator}): no violation without the enclosure's confirmation, and a
 *     violation the enclosure proves refutes even where the estimate agreed.</li>
 * <li>Climbs are limited per claim (the caller's {@code climb}); past the limit, an apparent violation
 *     within twice the rounding noise that climbed points of the same claim showed at p agrees with that
 *     bound, any other is unresolved.</li>
 * </ol>
 *
 * <p>Implementation note: the bound of step 3 is a posteriori (two precisions compared), not an enclosure:
 * the engine's special functions (Gamma, zeta, incomplete Gamma) and sums have no ball versions yet. It is
 * the same estimate mpmath's users make by hand, applied at every apparent violation; an error shared by
 * every precision (a term absorbed below all of them) is chased by {@link #keepingEveryTerm}.
 */
final class BoundedComparison {
    /** What one point showed. */
    enum Kind { AGREES, VIOLATED, UNRESOLVED }

    /**
     * @param digits the precision of the decision (0: exact rational arithmetic)
     * @param margin the signed margin (see {@link Relation}) at that precision
     * @param bound an absolute bound on the error of the margin (0 when exact)
     * @param scale max(|lhs|, |rhs|), for a relative bound
     */
    record Result(Kind kind, int digits, Apfloat lhs, Apfloat rhs, Apfloat margin, Apfloat bound, Apfloat scale) {
        double relativeBound() {
            if (bound.signum() == 0) {
                return 0;
            }
            if (scale.signum() == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return bound.divide(scale.precision(20)).doubleValue();
        }
    }

    /** At least 20 digits of the sides known: an enclosure that straddles 0 is then an agreement. */
    private static final Apfloat KNOWN = new Apfloat("1e-20", 20);

    private final NumericBackend numeric;
    private final List<Integer> ladder;
    /** The largest relative error bound seen at the working precision at points agreed after a climb. */
    private double noise;

    BoundedComparison(NumericBackend numeric, int digits) {
        this.numeric = numeric;
        this.ladder = List.of(digits, digits + 20, Math.max(100, digits + 40), Math.max(160, digits + 80));
    }

    /** The working precision and the highest one the ladder climbs to. */
    int topDigits() {
        return ladder.get(ladder.size() - 1);
    }

    /**
     * The relation at the point. Evaluation errors at the working precision propagate (the caller counts
     * the point as not evaluable); at a higher precision they leave the point unresolved.
     *
     * @param climb whether an apparent violation may be confirmed by higher precisions (else unresolved)
     */
    Result compare(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Relation rel, boolean climb) {
        BigFraction el = ExactValue.of(lhs, p);
        BigFraction er = el == null ? null : ExactValue.of(rhs, p);
        if (el != null && er != null) {
            return exact(el, er, rel);
        }
        return arbitrated(lhs, rhs, p, rel, estimated(lhs, rhs, p, rel, climb));
    }

    /** Steps 3 and 4 of the class comment: the two-precision estimate. */
    private Result estimated(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Relation rel, boolean climb) {
        int level = 0;
        int d = ladder.get(0);
        Apfloat l = numeric.evaluatePrecise(lhs, p, d);
        Apfloat r = numeric.evaluatePrecise(rhs, p, d);
        while (true) {
            Apfloat scale = ApfloatMath.max(ApfloatMath.abs(l), ApfloatMath.abs(r));
            Apfloat floor = floor(scale, d);
            Apfloat m = margin(l, r, rel);
            if (!violated(m, floor, rel)) {
                return new Result(Kind.AGREES, d, l, r, m, floor, scale);
            }
            if (!climb && level == 0 && noise > 0 && !violated(m, scale.precision(20).multiply(
                    ExactApfloat.decimal(new BigDecimal(2 * noise), 20)), rel)) {
                // no more climbs for this claim: within twice the rounding noise that earlier points of the
                // same claim showed at this precision (each confirmed by a higher one), the point agrees
                return new Result(Kind.AGREES, d, l, r, m, scale.precision(20).multiply(
                        ExactApfloat.decimal(new BigDecimal(2 * noise), 20)), scale);
            }
            if (!climb || level + 1 >= ladder.size()) {
                return new Result(Kind.UNRESOLVED, d, l, r, m, floor, scale);
            }
            int d2 = ladder.get(level + 1);
            Apfloat l2;
            Apfloat r2;
            try {
                l2 = numeric.evaluatePrecise(lhs, p, d2);
                r2 = numeric.evaluatePrecise(rhs, p, d2);
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
                return new Result(Kind.UNRESOLVED, d, l, r, m, floor, scale);
            }
            // the error of the d-digit values: their distance from the d2-digit ones, plus the d2 floor
            Apfloat err = ApfloatMath.abs(l.subtract(l2)).add(ApfloatMath.abs(r.subtract(r2)))
                    .add(floor(ApfloatMath.max(ApfloatMath.abs(l2), ApfloatMath.abs(r2)), d2));
            Apfloat m2 = margin(l2, r2, rel);
            Apfloat twice = err.multiply(new Apfloat(2));
            if (violated(m, twice, rel) && violated(m2, err, rel)
                    && !cancels(lhs, l2, p, d2) && !cancels(rhs, r2, p, d2)) {
                return keepingEveryTerm(lhs, rhs, p, rel, d2, new Result(Kind.VIOLATED, d, l, r, m, err, scale));
            }
            if (!violated(m, twice, rel) && err.compareTo(scale.precision(20).multiply(KNOWN)) <= 0) {
                // the enclosure m +- 2 err contains an admissible margin, and the sides are known to
                // 20 digits or more: the apparent violation was the rounding of the d-digit evaluation
                Result agreed = new Result(Kind.AGREES, d, l, r, m, twice, scale);
                if (level == 0) {
                    noise = Math.max(noise, agreed.relativeBound());
                }
                return agreed;
            }
            level++;
            d = d2;
            l = l2;
            r = r2;
        }
    }

    /**
     * The estimate checked against rigorous enclosures of the sides ({@link NumericBackend#enclose}, where
     * both sides are elementary): the margin lies in m +- (r_lhs + r_rhs) at the estimate's precision. A
     * violation stands only when the enclosure confirms it (there, or at the top precision, or at the precision
     * that keeps every term); an enclosure that proves the relation makes the point agree; an enclosure that
     * proves a violation refutes whatever the estimate said (an error every precision shares, such as a term
     * absorbed below all of them, fools the estimate, not the enclosure). An agreement within the estimate's
     * bound that the enclosure cannot decide stays an agreement (the enclosure's radius is a worst case, often
     * far above the actual error after cancellation).
     */
    private Result arbitrated(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Relation rel, Result estimate) {
        if (estimate.digits() == 0) {
            return estimate;   // decided exactly
        }
        Result ball = enclosedAt(lhs, rhs, p, rel, Math.max(estimate.digits(), ladder.get(0)));
        if (ball == null) {
            return estimate;
        }
        switch (estimate.kind()) {
            case VIOLATED: {
                if (ball.kind() == Kind.VIOLATED) {
                    return estimate;
                }
                for (long d : List.of((long) topDigits(), keepingDigits(lhs, rhs, p, topDigits()))) {
                    if (d > ball.digits() && d <= MAX_KEEPING_DIGITS) {
                        Result higher = enclosedAt(lhs, rhs, p, rel, (int) d);
                        if (higher != null && higher.kind() != Kind.UNRESOLVED) {
                            return higher;
                        }
                    }
                }
                return unresolved(ball);
            }
            case AGREES:
                return ball.kind() == Kind.VIOLATED ? ball : estimate;
            default:
                return ball.kind() == Kind.UNRESOLVED ? estimate : ball;
        }
    }

    /**
     * The relation on the sides' enclosures at {@code digits}: VIOLATED when the margin's interval holds no
     * admissible value, AGREES when it holds only admissible ones (an inequality proved at the point),
     * UNRESOLVED when it straddles; null when a side has no enclosure.
     */
    private Result enclosedAt(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Relation rel, int digits) {
        Ball bl;
        Ball br;
        try {
            bl = numeric.enclose(lhs, p, digits);
            br = bl == null ? null : numeric.enclose(rhs, p, digits);
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
            return null;
        }
        if (bl == null || br == null) {
            return null;
        }
        Apfloat m = margin(bl.mid(), br.mid(), rel);
        Apfloat rad = bl.rad().add(br.rad());
        Apfloat scale = ApfloatMath.max(ApfloatMath.abs(bl.mid()), ApfloatMath.abs(br.mid()));
        Kind kind;
        if (violated(m, rad, rel)) {
            kind = Kind.VIOLATED;
        } else if (!rel.isEquality() && (rel.strict() ? m.compareTo(rad) > 0 : m.compareTo(rad) >= 0)) {
            kind = Kind.AGREES;
        } else {
            kind = Kind.UNRESOLVED;
        }
        return new Result(kind, digits, bl.mid(), br.mid(), m, rad, scale);
    }

    private static Result unresolved(Result r) {
        return new Result(Kind.UNRESOLVED, r.digits(), r.lhs(), r.rhs(), r.margin(), r.bound(), r.scale());
    }

    /** The most digits an absorbed term is chased to (a term 10^-1000 below its sum is not). */
    static final long MAX_KEEPING_DIGITS = 1200;

    /**
     * A violation seen at {@code d2} digits, confirmed where no term of a sum was absorbed: both precisions
     * of the ladder lose a term far below the working precision (1 - p with p = 1e-323) and agree on the
     * wrong value, so the violation is re-decided at the precision that keeps every term
     * ({@link NumericBackend#digitsKeepingEveryTerm}); beyond {@link #MAX_KEEPING_DIGITS} it is unresolved.
     */
    private Result keepingEveryTerm(Expr lhs, Expr rhs, Map<String, BigDecimal> p, Relation rel, int d2, Result seen) {
        long need = keepingDigits(lhs, rhs, p, d2);
        if (need <= d2) {
            return seen;
        }
        if (need > MAX_KEEPING_DIGITS) {
            return unresolved(seen);
        }
        int d3 = (int) need;
        Apfloat l3;
        Apfloat r3;
        try {
            l3 = numeric.evaluatePrecise(lhs, p, d3);
            r3 = numeric.evaluatePrecise(rhs, p, d3);
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException e) {
            return unresolved(seen);
        }
        Apfloat scale3 = ApfloatMath.max(ApfloatMath.abs(l3), ApfloatMath.abs(r3));
        Apfloat floor3 = floor(scale3, d3);
        Apfloat m3 = margin(l3, r3, rel);
        if (violated(m3, floor3, rel) && !cancels(lhs, l3, p, d3) && !cancels(rhs, r3, p, d3)) {
            return new Result(Kind.VIOLATED, d3, l3, r3, m3, floor3, scale3);
        }
        if (!violated(m3, floor3, rel)) {
            return new Result(Kind.AGREES, d3, l3, r3, m3, floor3, scale3);
        }
        return new Result(Kind.UNRESOLVED, d3, l3, r3, m3, floor3, scale3);
    }

    /** The precision that keeps every term of both sides at the point, at least {@code digits}. */
    private long keepingDigits(Expr lhs, Expr rhs, Map<String, BigDecimal> p, int digits) {
        return Math.max(numeric.digitsKeepingEveryTerm(lhs, p, digits), numeric.digitsKeepingEveryTerm(rhs, p, digits));
    }

    private static Result exact(BigFraction l, BigFraction r, Relation rel) {
        BigFraction m = rel.direction() == 0 ? l.subtract(r) : rel.direction() > 0 ? r.subtract(l) : l.subtract(r);
        boolean violated = rel.isEquality() ? m.getNumerator().signum() != 0 : rel.strict() ? m.getNumerator().signum() <= 0 : m.getNumerator().signum() < 0;
        Apfloat al = decimal(l);
        Apfloat ar = decimal(r);
        Apfloat scale = ApfloatMath.max(ApfloatMath.abs(al), ApfloatMath.abs(ar));
        return new Result(violated ? Kind.VIOLATED : Kind.AGREES, 0, al, ar, decimal(m), new Apfloat(0), scale);
    }

    /** A fraction as a 40-digit Apfloat (for display: the decision was exact). */
    static Apfloat decimal(BigFraction f) {
        if (f.getNumerator().signum() == 0) {
            return new Apfloat(0);
        }
        return ExactApfloat.integer(f.getNumerator(), 45).divide(ExactApfloat.integer(f.getDenominator(), 45));
    }

    private static Apfloat margin(Apfloat l, Apfloat r, Relation rel) {
        return rel.direction() > 0 ? r.subtract(l) : l.subtract(r);
    }

    /** Whether the margin shows a violation beyond {@code err}. */
    private static boolean violated(Apfloat m, Apfloat err, Relation rel) {
        if (rel.isEquality()) {
            return ApfloatMath.abs(m).compareTo(err) > 0;
        }
        int c = m.negate().compareTo(err);
        return c > 0 || (rel.strict() && err.signum() == 0 && m.signum() == 0);
    }

    /** The rounding floor of a p-digit evaluation: 10^-(p-3) of the scale. */
    private static Apfloat floor(Apfloat scale, int digits) {
        return scale.precision(20).multiply(ExactApfloat.tenToThe(-(digits - 3), 20));
    }

    /**
     * Whether {@code e} vanishes at the point as far as both the working and the top precision can see: at
     * each, its value is below 10^-(p-10) of the value of its terms' magnitude ({@link AbsoluteTerms}). A
     * value that is truly nonzero but tiny against its terms passes at p digits and fails at the top; a true
     * zero shrinks with the precision. Used only for a claim that an expression equals the number 0 (a
     * first-order condition f'(x*) == 0), where there is no other scale to compare with.
     */
    boolean vanishes(Expr e, Map<String, BigDecimal> p) {
        for (int d : List.of(ladder.get(0), topDigits())) {
            Apfloat v;
            try {
                v = numeric.evaluatePrecise(e, p, d);
            } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
                return false;
            }
            if (v.signum() != 0 && (AbsoluteTerms.of(e).equals(e) || !cancels(e, v, p, d))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the p-digit value of {@code e} is mostly cancellation (below 10^-(p-10) of the value of
     * {@link AbsoluteTerms}); a side that cannot be told is taken to cancel.
     */
    private boolean cancels(Expr e, Apfloat value, Map<String, BigDecimal> p, int digits) {
        Expr magnitude = AbsoluteTerms.of(e);
        if (magnitude.equals(e)) {
            return false;
        }
        Apfloat mag;
        try {
            mag = numeric.evaluatePrecise(magnitude, p, digits);
        } catch (EvaluationException | ArithmeticException | org.apfloat.ApfloatRuntimeException ex) {
            return true;
        }
        if (mag.signum() == 0) {
            return false;
        }
        Apfloat threshold = ApfloatMath.abs(mag).precision(20).multiply(ExactApfloat.tenToThe(-(digits - 10), 20));
        return ApfloatMath.abs(value).compareTo(threshold) < 0;
    }
}
