package zipfscale.asymptotic;

import java.util.Objects;

/**
 * The outcome of expanding: an expansion, or unknown with the reason (an unsupported shape, a sign the
 * assumptions do not decide, a cancellation beyond the depth, the time budget). Never a guess.
 */
public sealed interface ExpansionResult permits ExpansionResult.Expanded, ExpansionResult.Unknown {

    /** An expansion was found. */
    record Expanded(AsymptoticExpansion expansion) implements ExpansionResult {
        public Expanded {
            Objects.requireNonNull(expansion, "expansion");
        }
    }

    /** No expansion, and why. */
    record Unknown(String reason) implements ExpansionResult {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
