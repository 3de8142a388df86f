package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.cas.CasResult;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Rational;
import zipfscale.numerics.Interval;
import zipfscale.numerics.IntervalEvaluator;
import zipfscale.numerics.Bounds;

/**
 * Decides the sign of an expression in the parameters under a claim's assumptions, soundly or not at
 * all: interval arithmetic over the assumptions' boxes on the expression as written and on Symja's
 * normal forms (Together, Apart, Simplify), then, for finite boxes, bisection of the box. Zero is only
 * ever claimed when Symja brings the expression to 0. Every decision comes with its reason, for the
 * justification chain.
 *
 * <p>Implementation note: Symja's normal forms matter because naive interval arithmetic suffers from the
 * dependency problem: {@code (alpha-1)/alpha} over alpha in (1, inf) encloses to (0, inf), while its
 * Apart form {@code 1 - 1/alpha} encloses to (0, 1).
 */
public final class SignOracle {
    /** A sign, or UNKNOWN. */
    public enum Sign { POSITIVE, NEGATIVE, ZERO, UNKNOWN }

    /** A decided (or undecided) sign with the reason in words. */
    public record Answer(Sign sign, String how) { }

    private static final int MAX_BISECTIONS = 64;

    private final Algebra algebra;
    private final List<Comparison> assumptions;
    private final Map<String, Interval> boxes;
    private final Map<Expr, Answer> cache = new HashMap<>();

    public SignOracle(Algebra algebra, List<Comparison> assumptions) {
        this.algebra = algebra;
        this.assumptions = assumptions;
        Map<String, Interval> b = new HashMap<>();
        // an infinite end is never attained: open it, so that 1/alpha over alpha in (1, inf) stays above 0
        Bounds.of(assumptions).boxes().forEach((n, iv) -> b.put(n, new Interval(iv.lo(), iv.hi(),
                iv.loOpen() || Double.isInfinite(iv.lo()), iv.hiOpen() || Double.isInfinite(iv.hi()))));
        this.boxes = b;
    }

    /** An oracle under these assumptions and {@code more} (fresh symbols such as a scale parameter t > 0). */
    public SignOracle with(List<Comparison> more) {
        List<Comparison> all = new ArrayList<>(assumptions);
        all.addAll(more);
        return new SignOracle(algebra, all);
    }

    public Map<String, Interval> boxes() {
        return boxes;
    }

    /** The sign of {@code e} for every parameter value allowed by the assumptions. */
    public Answer sign(Expr e) {
        return cache.computeIfAbsent(e, this::decide);
    }

    /** Whether Symja brings {@code e} to 0 (Together, then Simplify). */
    public boolean isZero(Expr e) {
        return sign(e).sign() == Sign.ZERO;
    }

    /** Symja's form of {@code e} under {@code method}, or null. */
    public Expr normalForm(String method, Expr e) {
        CasResult r = algebra.apply(method, e, assumptions);
        return r instanceof CasResult.Done d ? d.value() : null;
    }

    private Answer decide(Expr e) {
        if (e instanceof Rational q) {
            return new Answer(q.signum() > 0 ? Sign.POSITIVE : q.signum() < 0 ? Sign.NEGATIVE : Sign.ZERO,
                    "a number");
        }
        // the expression as written first, then each normal form as soon as Symja gives it: a form is asked
        // for only when the ones before it leave the sign open (interval arithmetic that fixes a sign over a
        // box holding every allowed point also rules out that the expression is 0)
        String where = describeBoxes(e);
        List<Expr> forms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        forms.add(e);
        names.add("as written");
        Answer first = enclosed(e, "as written", where);
        if (first != null) {
            return first;
        }
        for (String m : List.of("Together", "Apart", "Expand", "Simplify")) {
            Expr f = normalForm(m, e);
            if (f == null) {
                continue;
            }
            if (f instanceof Rational q && q.signum() == 0) {
                return new Answer(Sign.ZERO, "Symja " + m + " gives 0");
            }
            forms.add(f);
            names.add("in Symja's " + m + " form");
            Answer a = enclosed(f, "in Symja's " + m + " form", where);
            if (a != null) {
                return a;
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            Sign s = bisect(forms.get(i));
            if (s != Sign.UNKNOWN) {
                return new Answer(s, "interval arithmetic " + names.get(i) + " on bisected boxes over " + where);
            }
        }
        return new Answer(Sign.UNKNOWN, "interval arithmetic could not fix the sign over " + where);
    }

    /** The sign that interval arithmetic over the boxes fixes for {@code f}, or null. */
    private Answer enclosed(Expr f, String name, String where) {
        Interval enc = new IntervalEvaluator(boxes).enclose(f);
        if (enc.positive() || enc.negative()) {
            return new Answer(enc.positive() ? Sign.POSITIVE : Sign.NEGATIVE,
                    "interval arithmetic " + name + " over " + where);
        }
        return null;
    }

    /** Bisection of the finite dimensions of the box, breadth first, up to {@link #MAX_BISECTIONS} boxes. */
    private Sign bisect(Expr e) {
        List<Map<String, Interval>> queue = new ArrayList<>();
        queue.add(boxes);
        Sign found = null;
        int evaluated = 0;
        while (!queue.isEmpty()) {
            Map<String, Interval> box = queue.remove(0);
            Interval enc = new IntervalEvaluator(box).enclose(e);
            evaluated++;
            Sign s = enc.positive() ? Sign.POSITIVE : enc.negative() ? Sign.NEGATIVE : Sign.UNKNOWN;
            if (s != Sign.UNKNOWN) {
                if (found != null && found != s) {
                    return Sign.UNKNOWN;
                }
                found = s;
                continue;
            }
            String widest = null;
            double width = 0;
            for (String n : FreeSymbols.of(e)) {
                Interval iv = box.get(n);
                if (iv != null && Double.isFinite(iv.lo()) && Double.isFinite(iv.hi()) && iv.hi() - iv.lo() > width) {
                    widest = n;
                    width = iv.hi() - iv.lo();
                }
            }
            if (widest == null || evaluated + queue.size() >= MAX_BISECTIONS) {
                return Sign.UNKNOWN;
            }
            Interval iv = box.get(widest);
            double mid = iv.lo() + width / 2;
            Map<String, Interval> left = new HashMap<>(box);
            left.put(widest, new Interval(iv.lo(), mid, iv.loOpen(), false));
            Map<String, Interval> right = new HashMap<>(box);
            right.put(widest, new Interval(mid, iv.hi(), false, iv.hiOpen()));
            queue.add(left);
            queue.add(right);
        }
        return found == null ? Sign.UNKNOWN : found;
    }

    private String describeBoxes(Expr e) {
        List<String> parts = new ArrayList<>();
        for (String n : new java.util.TreeSet<>(FreeSymbols.of(e))) {
            Interval iv = boxes.get(n);
            parts.add(n + " in " + (iv == null ? "(-inf, inf)" : (iv.loOpen() ? "(" : "[") + fmt(iv.lo()) + ", "
                    + fmt(iv.hi()) + (iv.hiOpen() ? ")" : "]")));
        }
        return parts.isEmpty() ? "no parameters" : String.join(", ", parts);
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : v == Math.rint(v) ? String.valueOf((long) v)
                : String.valueOf(v);
    }
}
