package zipfscale.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import zipfscale.claims.Derivation;
import zipfscale.claims.Value;

/**
 * The number of a {@code value} statement.
 *
 * @param inputs the {@code where} bindings evaluated in double, in script order (NaN where one has no
 *     finite value on its own)
 * @param number the value in double, when both evaluations succeeded and agree
 * @param digits the 40-digit value rounded to 20 significant digits, when it succeeded
 * @param verdict CHECKED or REFUTED for a value with {@code expect in [lo, hi]}; UNDECIDED when the value
 *     could not be established (failed or non-finite evaluation, the two precisions disagree, the value on
 *     the edge of the range); empty for a value without {@code expect} that was evaluated
 * @param reason in words: how the value was established, or why not
 */
public record ValueResult(Derivation derivation, Value value, Map<String, Double> inputs, OptionalDouble number,
        Optional<String> digits, Optional<Verdict> verdict, String reason) implements ExhibitResult {

    public ValueResult {
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        if (verdict.isEmpty() && number.isEmpty()) {
            throw new IllegalArgumentException("a value without a number must be UNDECIDED");
        }
    }

    @Override
    public Value exhibit() {
        return value;
    }

    @Override
    public boolean holds() {
        return verdict.map(Verdict::holds).orElse(true);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitValue(this);
    }
}
