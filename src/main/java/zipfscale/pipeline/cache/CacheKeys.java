package zipfscale.pipeline.cache;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import zipfscale.check.CheckSettings;
import zipfscale.claims.Claim;
import zipfscale.claims.Definition;
import zipfscale.claims.Derivation;
import zipfscale.claims.Exhibit;
import zipfscale.claims.Extrapolation;

/**
 * The keys of the verdict cache: SHA-256 of the canonical text ({@link CanonicalForm}) of everything a
 * result depends on. For a claim: the claim as elaborated (statement, {@code where} and {@code for}
 * clauses, title and citations; not its position), the derivation's name, assumptions and parameters,
 * the definitions the claim uses (directly or through other definitions, found by the names its
 * expressions mention), every field of {@link CheckSettings} (seed, points, digits, time limits, backends,
 * and any budget added later) and the engine build ({@link EngineBuild}). A definition the claim does not
 * mention is not in its key, so editing it re-checks only the claims that use it.
 */
public final class CacheKeys {
    private final String build;

    public CacheKeys(String build) {
        this.build = build;
    }

    /** Keys for the running engine. */
    public static CacheKeys current() {
        return new CacheKeys(EngineBuild.current());
    }

    public String claim(Derivation d, Claim c, CheckSettings settings) {
        return key("claim", d, c, settings);
    }

    public String exhibit(Derivation d, Exhibit e, CheckSettings settings) {
        return key("exhibit", d, e, settings);
    }

    public String extrapolation(Derivation d, Extrapolation e) {
        return key("extrapolation", d, e, null);
    }

    private String key(String kind, Derivation d, Object statement, CheckSettings settings) {
        StringBuilder text = new StringBuilder();
        text.append(kind).append('\n').append(build).append('\n');
        text.append(CanonicalForm.of(settings)).append('\n');
        text.append(CanonicalForm.of(d.name())).append('\n');
        text.append(CanonicalForm.of(d.assumptions())).append('\n');
        text.append(CanonicalForm.of(d.params())).append('\n');
        text.append(CanonicalForm.of(statement)).append('\n');
        text.append(CanonicalForm.of(usedDefinitions(d, List.of(statement, d.assumptions()))));
        return Hashes.sha256(text.toString());
    }

    /** The definitions of {@code d} that {@code roots} mention, directly or through other definitions, in order. */
    public static List<Definition> usedDefinitions(Derivation d, List<Object> roots) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Object r : roots) {
            todo.addAll(CanonicalForm.names(r));
        }
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) {
                for (Definition def : d.definitions()) {
                    if (def.name().equals(n)) {
                        todo.addAll(CanonicalForm.names(def.body()));
                    }
                }
            }
        }
        List<Definition> out = new ArrayList<>();
        for (Definition def : d.definitions()) {
            if (seen.contains(def.name())) {
                out.add(def);
            }
        }
        return out;
    }
}
