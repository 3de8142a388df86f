package zipfscale.check;

/**
 * {@code |a - b| <= abs + rel * max(|a|, |b|)}: when two numbers count as equal.
 *
 * @param rel relative tolerance
 * @param abs absolute tolerance (a floor near zero)
 */
public record Tolerance(double rel, double abs) {

    public Tolerance {
        if (!(rel >= 0) || !(abs >= 0)) {
            throw new IllegalArgumentException("tolerances are non-negative: rel=" + rel + ", abs=" + abs);
        }
    }

    /** Double evaluation: about 1e-16 per operation, amplified by cancellation; 1e-9 is a safe margin. */
    public static final Tolerance DOUBLE = new Tolerance(1e-9, 1e-12);

    public boolean equal(double a, double b) {
        return Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Whether {@code a <= b} up to the tolerance (a violation must exceed it). */
    public boolean atMost(double a, double b) {
        return a - b <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
    }

    @Override
    public String toString() {
        return "rel " + rel + ", abs " + abs;
    }
}
