package zipfscale.claims;

import java.util.List;
import java.util.Objects;
import zipfscale.diag.SourceSpan;

/**
 * What every claim carries besides its statement: identifier, title, citations (the paper's equation
 * numbers), local substitutions ({@code where}), domains ({@code for}), where it was written, and the
 * distributions or sequences it ranges over ({@code for p in distributions(K)}, issue 15).
 */
public record ClaimInfo(String id, String title, List<String> cites, List<Binding> where, List<Domain> domains,
        SourceSpan span, List<Ensemble> ensembles) {

    public ClaimInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        cites = List.copyOf(cites);
        where = List.copyOf(where);
        domains = List.copyOf(domains);
        ensembles = List.copyOf(ensembles);
    }

    /** A claim about scalar parameters only (no {@code for p in distributions(K)}). */
    public ClaimInfo(String id, String title, List<String> cites, List<Binding> where, List<Domain> domains,
            SourceSpan span) {
        this(id, title, cites, where, domains, span, List.of());
    }

    /** Whether the claim ranges over distributions or sequences (issue 15). */
    public boolean quantified() {
        return !ensembles.isEmpty();
    }
}
