package zipfscale.check;

import java.util.Map;

/**
 * How precise the numeric evidence of an identity or inequality is, for the report.
 *
 * @param digits the highest working precision reached (the precision was raised at points where an
 *     apparent violation had to be confirmed or dismissed)
 * @param errorBound the largest bound, relative to the size of the sides, on |lhs - rhs| at the points where
 *     the claim held (0 when every point was decided in exact rational arithmetic)
 * @param exactPoints how many points were decided in exact rational arithmetic
 * @param smallestMargin for an inequality, the smallest margin found (rhs - lhs for {@code <=}, lhs - rhs
 *     for {@code >=}), after sampling and local minimisation, as a decimal; else null
 * @param marginAt where that smallest margin was found; empty for identities
 * @param minimisedPoints how many of the points came from minimising the margin (not drawn at random)
 */
public record Accuracy(int digits, double errorBound, int exactPoints, String smallestMargin,
        Map<String, String> marginAt, int minimisedPoints) {
    public Accuracy {
        marginAt = Map.copyOf(marginAt);
    }

    /** In words, for the verdict's reason. */
    String describe() {
        StringBuilder b = new StringBuilder();
        b.append("precision up to ").append(digits).append(" digits, error bound ")
                .append(errorBound == 0 ? "0 (exact)" : String.format(java.util.Locale.ROOT, "%.1e relative", errorBound));
        if (exactPoints > 0) {
            b.append(", ").append(exactPoints).append(" points exact");
        }
        if (minimisedPoints > 0) {
            b.append(", ").append(minimisedPoints).append(" points from minimising the margin");
        }
        if (smallestMargin != null) {
            b.append("; smallest margin ").append(smallestMargin).append(" at ").append(new java.util.TreeMap<>(marginAt));
        }
        return b.toString();
    }
}
