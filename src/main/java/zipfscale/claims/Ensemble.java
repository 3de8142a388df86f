package zipfscale.claims;

import java.util.Objects;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;

/**
 * {@code for p in distributions(K) [nonincreasing]} or {@code for q in sequences(K) in [lo, hi]
 * [nonincreasing | nondecreasing]}: a claim quantified over every finite vector p(1), ..., p(K) of a set
 * (issue 15). The size K is a whole number with its own {@code for K in [a, b]} domain.
 *
 * <ul>
 *   <li>{@link Kind#DISTRIBUTIONS}: p(k) >= 0 and p(1) + ... + p(K) = 1 (the probability simplex);</li>
 *   <li>{@link Kind#SEQUENCES}: lo <= q(k) <= hi for every k (a box); {@code lower}, {@code upper} set.</li>
 * </ul>
 * {@link Order} restricts the set further (p(1) >= p(2) >= ... for NONINCREASING).
 *
 * @param name the sequence's name, written {@code p(k)} in the claim
 * @param size the name of its length K
 * @param lower for sequences the lower end of every term's range, else null
 * @param upper for sequences the upper end, else null
 */
public record Ensemble(String name, Kind kind, String size, Order order, Expr lower, Expr upper, SourceSpan span) {

    /** Which set of vectors. */
    public enum Kind {
        DISTRIBUTIONS("distributions"), SEQUENCES("sequences");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    /** An order constraint on the terms. */
    public enum Order {
        ANY(""), NONINCREASING("nonincreasing"), NONDECREASING("nondecreasing");

        private final String spelling;

        Order(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    public Ensemble {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(span, "span");
        if ((kind == Kind.SEQUENCES) != (lower != null && upper != null)) {
            throw new IllegalArgumentException("sequences have a range [lo, hi], distributions none");
        }
    }

    /** The set as written after {@code in}: {@code distributions(K) nonincreasing}. */
    public String describe() {
        String s = kind.spelling() + "(" + size + ")";
        if (kind == Kind.SEQUENCES) {
            s += " in [lo, hi]";
        }
        return order == Order.ANY ? s : s + " " + order.spelling();
    }
}
