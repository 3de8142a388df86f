package zipfscale.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zipfscale.claims.Asymptotic;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Equality;
import zipfscale.claims.Expansion;
import zipfscale.claims.Inequality;
import zipfscale.diag.Diagnostics;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/**
 * Definitions are transparent (issue 20): a claim written with {@code define}d names gets the same
 * verdict as the claim with every definition inlined, for the claims of the golden corpus
 * ({@code src/test/resources/scripts/good/}) and of {@code derivations/}.
 *
 * <p>Only claims that use a definition can differ from their inlined form; of those, a deterministic
 * sample (seed {@link #SEED}, {@link #SAMPLE} claims) is checked twice, to keep the suite's run time to a
 * few minutes on two shared cores; the sample is the whole set when it is smaller. The property checks that
 * the sample reaches both outcomes (some claims hold, some are refuted or undecided), so it cannot pass
 * vacuously. {@code -Dinlining.all=true} checks every such claim (about 10 minutes on two cores).
 */
class DefinitionInliningProperties {
    static final long SEED = 20261202L;
    static final int SAMPLE = 24;

    private record Case(Derivation derivation, Claim claim) { }

    @Test
    void inliningDefinitions_keepsEveryVerdict() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path p : scripts()) {
            Diagnostics diags = new Diagnostics();
            ScriptFile file = ScriptFile.of(p.toString(), Files.readString(p));
            List<Derivation> ds = Elaborator.elaborate(file, ScriptParser.parse(file, diags), diags);
            for (Derivation d : ds) {
                for (Claim c : d.claims()) {
                    if (!inline(d, c).equals(c)) {
                        cases.add(new Case(d, c));
                    }
                }
            }
        }
        assertTrue(cases.size() >= 10, "the corpus has claims that use definitions: " + cases.size());
        Collections.shuffle(cases, new Random(SEED));
        int size = Boolean.getBoolean("inlining.all") ? cases.size() : Math.min(SAMPLE, cases.size());
        List<Case> sample = cases.subList(0, size);
        CheckSettings settings = CheckSettings.defaults(Duration.ofSeconds(10));
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        List<String> changed = new ArrayList<>();
        for (Case k : sample) {
            ClaimChecker checker = new ClaimChecker(k.derivation(), settings);
            Verdict written = checker.check(k.claim()).verdict();
            Verdict inlined = checker.check(inline(k.derivation(), k.claim())).verdict();
            seen.add(written);
            if (written != inlined) {
                changed.add(k.derivation().name() + "/" + k.claim().info().id() + ": " + written + " as written, "
                        + inlined + " inlined");
            }
        }
        assertEquals(List.of(), changed, "verdicts changed by inlining the definitions");
        assertTrue(seen.contains(Verdict.PROVED) && seen.size() >= 2,
                "the sample reaches more than one verdict (not vacuous): " + seen);
    }

    /** The claim with every definition expanded in its sides (bindings, domains and limits unchanged). */
    static Claim inline(Derivation d, Claim c) {
        Expansion x = new Expansion(d.definitions());
        return c.accept(new Claim.Visitor<Claim>() {
            @Override
            public Claim visitEquality(Equality e) {
                return new Equality(e.info(), x.expand(e.lhs()), x.expand(e.rhs()));
            }

            @Override
            public Claim visitInequality(Inequality e) {
                return new Inequality(e.info(), x.expand(e.lhs()), e.op(), x.expand(e.rhs()));
            }

            @Override
            public Claim visitAsymptotic(Asymptotic e) {
                return new Asymptotic(e.info(), x.expand(e.lhs()), e.relation(), x.expand(e.rhs()), e.variable());
            }
        });
    }

    private static List<Path> scripts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/scripts/good"), Path.of("derivations"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".zs")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
