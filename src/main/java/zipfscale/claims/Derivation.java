package zipfscale.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import zipfscale.diag.SourceSpan;

/**
 * One {@code derivation} of a script: its name and title, citations, assumptions, definitions, LaTeX
 * notation for symbols, parameters declared with {@code param}, and its claims in order.
 * {@code exhibits} are its {@code value} and {@code plot} statements in order (issue 8); claims and
 * exhibits interleave in the script by their lines. {@code extrapolations} are its {@code extrapolate}
 * statements in order.
 */
public record Derivation(String name, String title, List<String> cites, List<Assumption> assumptions,
        List<Definition> definitions, Map<String, String> notation, List<String> params, List<Claim> claims,
        SourceSpan span, List<Exhibit> exhibits, List<Extrapolation> extrapolations) {

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
        exhibits = List.copyOf(exhibits);
        extrapolations = List.copyOf(extrapolations);
    }

    /** A derivation with claims only (no values, plots or extrapolations). */
    public Derivation(String name, String title, List<String> cites, List<Assumption> assumptions,
            List<Definition> definitions, Map<String, String> notation, List<String> params, List<Claim> claims,
            SourceSpan span) {
        this(name, title, cites, assumptions, definitions, notation, params, claims, span, List.of(), List.of());
    }

    public String file() {
        return span.file();
    }
}
