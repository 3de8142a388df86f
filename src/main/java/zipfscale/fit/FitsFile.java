package zipfscale.fit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed fits file: the measurements by quantity, the budget form (default {@link Budget#ND}) and the
 * coverage of its intervals (default 0.95).
 *
 * @param name the file as the user named it (used in messages and for {@code fits-<name>.tex})
 * @param jointDraws the bootstrap draws of the fit that produced several rows, or null (rows independent)
 */
public record FitsFile(String name, Map<Quantity, Measurement> measurements, Budget budget, double intervalLevel,
        JointDraws jointDraws) {

    public FitsFile(String name, Map<Quantity, Measurement> measurements, Budget budget, double intervalLevel) {
        this(name, measurements, budget, intervalLevel, null);
    }

    /** The same file with its rows' joint draws. */
    public FitsFile withJointDraws(JointDraws draws) {
        return new FitsFile(name, measurements, budget, intervalLevel, draws);
    }

    /** The joint draws, when the file names them. */
    public Optional<JointDraws> joint() {
        return Optional.ofNullable(jointDraws);
    }

    public FitsFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(budget, "budget");
        EnumMap<Quantity, Measurement> copy = new EnumMap<>(Quantity.class);
        copy.putAll(measurements);
        measurements = Collections.unmodifiableMap(copy);
    }

    public Optional<Measurement> get(Quantity q) {
        return Optional.ofNullable(measurements.get(q));
    }

    public boolean has(Quantity q) {
        return measurements.containsKey(q);
    }

    /** The file's base name without folders and without its extension: {@code kaplan2020} for {@code a/kaplan2020.csv}. */
    public String baseName() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
