package zipfscale.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import zipfscale.diag.SourceSpan;

/**
 * One {@code derivation} of a script: its name and title, citations, assumptions, definitions, LaTeX
 * notation for symbols, parameters declared with {@code param}, its claims in order, and its
 * {@code extrapolate} statements in order.
 */
public record Derivation(String name, String title, List<String> cites, List<Assumption> assumptions,
        List<Definition> definitions, Map<String, String> notation, List<String> params, List<Claim> claims,
        SourceSpan span, List<Extrapolation> extrapolations) {

    public Derivation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        cites = List.copyOf(cites);
        assumptions = List.copyOf(assumptions);
        definitions = List.copyOf(definitions);
        notation = Map.copyOf(notation);
        params = List.copyOf(params);
        claims = List.copyOf(claims);
        extrapolations = List.copyOf(extrapolations);
    }

    /** A derivation without {@code extrapolate} statements. */
    public Derivation(String name, String title, List<String> cites, List<Assumption> assumptions,
            List<Definition> definitions, Map<String, String> notation, List<String> params, List<Claim> claims,
            SourceSpan span) {
        this(name, title, cites, assumptions, definitions, notation, params, claims, span, List.of());
    }

    public String file() {
        return span.file();
    }
}
