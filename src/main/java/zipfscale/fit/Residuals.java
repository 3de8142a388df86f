package zipfscale.fit;

import java.util.Optional;

/**
 * What {@link HuberFit} minimises: Huber on {@code log y} residuals (Hoffmann et al.; needs every response
 * and every model value positive) or least squares on the response itself (rewards and other responses
 * that may be zero or negative).
 */
public enum Residuals {
    /** {@code Huber_delta(log f(x) - log y)}, {@code delta = 1e-3}. */
    LOG("log"),
    /** {@code (f(x) - y)^2 / 2}: least squares on the response as it is. */
    LINEAR("linear");

    private final String key;

    Residuals(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Residuals> byKey(String key) {
        for (Residuals r : values()) {
            if (r.key.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The automatic choice: log residuals when every response is positive, linear otherwise. */
    public static Residuals automatic(double[] response) {
        for (double y : response) {
            if (!(y > 0)) {
                return LINEAR;
            }
        }
        return LOG;
    }
}
