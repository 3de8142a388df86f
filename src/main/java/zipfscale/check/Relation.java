package zipfscale.check;

/**
 * The relation a numeric witness tests between the two sides at a point, read off a signed margin:
 * for {@code lhs == rhs} the difference {@code lhs - rhs} (which must be 0); for {@code lhs <= rhs} (or
 * {@code <}) the margin {@code rhs - lhs}, for {@code lhs >= rhs} (or {@code >}) {@code lhs - rhs}, which
 * must be non-negative (positive when strict).
 *
 * @param direction 0 for equality, +1 for {@code lhs <= rhs}, -1 for {@code lhs >= rhs}
 * @param strict whether the inequality is strict
 */
record Relation(int direction, boolean strict) {
    static final Relation EQUAL = new Relation(0, false);

    boolean isEquality() {
        return direction == 0;
    }
}
