package zipfscale.asymptotic;

import java.util.Objects;

/**
 * What an expansion dropped: {@code O(m)} (bounded by a constant times m for x large), or {@code o(m)}
 * (m times a function tending to 0) when {@code little}. The lemmas of the form f ~ C m give o(m).
 */
public record Remainder(ScaleMonomial order, boolean little) {
    public Remainder {
        Objects.requireNonNull(order, "order");
    }

    public static Remainder bigO(ScaleMonomial m) {
        return new Remainder(m, false);
    }

    public static Remainder littleO(ScaleMonomial m) {
        return new Remainder(m, true);
    }
}
