package zipfscale.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Substitution;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * Makes a claim over sequences an ordinary expression for one choice of the sizes and whole-number
 * parameters (issue 15): K and the whole numbers are substituted, every sum whose body mentions a
 * sequence is written out term by term (its bounds are then numbers), and each {@code p(j)} becomes the
 * symbol {@link #symbol(String, int) seqv_p_j}, one per atom. The result goes to the existing double,
 * 40-digit and interval evaluators with the atoms' values in their environments.
 *
 * <p>An index outside 1..K, a bound that is not a whole number or an expansion of more than
 * {@value #MAX_TERMS} terms is an {@link UnrollingException}: the claim is then UNDECIDED with the reason.
 */
final class SequenceUnrolling extends Rewriter {
    static final int MAX_TERMS = 200_000;

    /** Why a claim could not be written out for one size. */
    static final class UnrollingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnrollingException(String message) {
            super(message);
        }
    }

    private final Map<String, Integer> lengths;
    private int terms;

    private SequenceUnrolling(Map<String, Integer> lengths) {
        this.lengths = lengths;
    }

    /**
     * {@code e} with {@code fixed} (sizes and whole parameters, as numbers) substituted and the sequences
     * of {@code lengths} written out atom by atom.
     */
    static Expr unroll(Expr e, Map<String, Expr> fixed, Map<String, Integer> lengths) {
        return new SequenceUnrolling(lengths).rewrite(Substitution.apply(e, fixed));
    }

    /** The symbol standing for atom {@code j} of sequence {@code name}. */
    static String symbol(String name, int j) {
        return "seqv_" + name + "_" + j;
    }

    @Override
    public Expr visitCall(Call e) {
        Expr inner = super.visitCall(e);
        if (!(inner instanceof Call c) || !lengths.containsKey(c.function()) || c.builtin() != null) {
            return inner;
        }
        long j = whole(c.args().get(0), "the index of " + c.function());
        int k = lengths.get(c.function());
        if (j < 1 || j > k) {
            throw new UnrollingException(c.function() + "(" + j + ") lies outside 1.." + k);
        }
        return new Symbol(symbol(c.function(), (int) j));
    }

    @Override
    public Expr visitSum(Sum e) {
        if (!mentionsSequence(e.body())) {
            return super.visitSum(e);
        }
        Expr lo = rewrite(e.lower());
        Expr hi = rewrite(e.upper());
        long a = whole(lo, "the lower bound of a sum over " + e.index());
        long b = whole(hi, "the upper bound of a sum over " + e.index());
        List<Expr> parts = new ArrayList<>();
        for (long j = a; j <= b; j++) {
            if (++terms > MAX_TERMS) {
                throw new UnrollingException("more than " + MAX_TERMS + " terms when written out");
            }
            Map<String, Expr> at = new HashMap<>();
            at.put(e.index(), Expr.num(j));
            parts.add(rewrite(Substitution.apply(e.body(), at)));
        }
        if (parts.isEmpty()) {
            return Expr.num(0);
        }
        return parts.size() == 1 ? parts.get(0) : new Add(parts);
    }

    private boolean mentionsSequence(Expr e) {
        boolean[] found = {false};
        new Rewriter() {
            @Override
            public Expr visitCall(Call c) {
                if (lengths.containsKey(c.function()) && c.builtin() == null) {
                    found[0] = true;
                }
                return super.visitCall(c);
            }
        }.rewrite(e);
        return found[0];
    }

    private static long whole(Expr e, String what) {
        double v;
        try {
            v = DoubleEvaluator.evaluate(e, Map.of());
        } catch (EvaluationException ex) {
            throw new UnrollingException(what + " is not a number here: " + ex.getMessage());
        }
        if (v != Math.rint(v) || Math.abs(v) > 1e9) {
            throw new UnrollingException(what + " is " + v + ", not a whole number");
        }
        return (long) v;
    }
}
