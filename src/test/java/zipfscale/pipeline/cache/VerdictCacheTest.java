package zipfscale.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.check.CheckSettings;
import zipfscale.check.Verdict;
import zipfscale.pipeline.CacheUse;
import zipfscale.pipeline.CheckRun;
import zipfscale.render.JsonReport;

/**
 * The verdict cache (issue 16): a second run reuses every verdict and reports the same bytes; an edited
 * definition re-checks exactly the claims that use it (directly or through another definition); a
 * changed seed re-checks everything; a corrupt, torn (killed run) or foreign entry is ignored and
 * rewritten, never trusted.
 */
class VerdictCacheTest {
    private static final CheckSettings SETTINGS = CheckSettings.defaults(Duration.ofSeconds(20));

    /** f is used by uses_f and, through h, by uses_h; g only by uses_g; plain uses no definition. */
    private static String script(String fBody, String plainRhs) {
        return String.join("\n",
                "# expect uses_f PROVED",
                "derivation cached \"Cache test\"",
                "assume x > 0",
                "define f(t) := " + fBody,
                "define g(t) := t^3",
                "define h(t) := f(t) + 1",
                "claim uses_f \"f\":",
                "    f(x) == x*x",
                "claim uses_g \"g\":",
                "    g(x) == x*x*x",
                "claim uses_h \"h through f\":",
                "    h(x) == x^2 + 1",
                "claim plain \"no definition\":",
                "    x + x == " + plainRhs,
                "claim false_one \"a refuted claim is cached with its witness\":",
                "    x + 1 == x + 2",
                "");
    }

    private static CheckRun.Run run(Path file, String text, VerdictCache cache, CheckSettings settings)
            throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return CheckRun.run(List.of(file), settings, cache);
    }

    private static Set<String> checkedIds(CacheUse use) {
        return use.checked().stream().map(r -> r.claim().info().id()).collect(Collectors.toSet());
    }

    @Test
    void secondRun_reusesEveryVerdict_andReportsTheSameBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.zs");
        VerdictCache cache = VerdictCache.at(dir.resolve("cache"));
        CheckRun.Run first = run(file, script("t^2", "2*x"), cache, SETTINGS);
        assertEquals(5, first.cache().checked().size());
        assertEquals(Verdict.REFUTED, first.results().get(4).verdict(), "not vacuous: a refutation is cached too");
        CheckRun.Run second = run(file, script("t^2", "2*x"), VerdictCache.at(dir.resolve("cache")), SETTINGS);
        assertEquals(5, second.cache().claimsReused());
        assertEquals(Set.of(), checkedIds(second.cache()));
        assertEquals(JsonReport.print(first.results()), JsonReport.print(second.results()));
        assertTrue(second.cache().describe().contains("reused 5 of 5 claims"), second.cache().describe());
    }

    @Test
    void editedDefinition_rechecksExactlyTheClaimsThatUseIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.zs");
        run(file, script("t^2", "2*x"), VerdictCache.at(dir.resolve("cache")), SETTINGS);
        // the same function written differently: f changed, g and the claims' own text did not
        CheckRun.Run after = run(file, script("t*t", "2*x"), VerdictCache.at(dir.resolve("cache")), SETTINGS);
        assertEquals(Set.of("uses_f", "uses_h"), checkedIds(after.cache()));
        // an edited claim re-checks that claim only, even when lines above it move
        CheckRun.Run edited = run(file, "\n\n" + script("t*t", "x*2"), VerdictCache.at(dir.resolve("cache")),
                SETTINGS);
        assertEquals(Set.of("plain"), checkedIds(edited.cache()));
        assertEquals(Verdict.PROVED, edited.results().get(3).verdict());
        // a reused verdict carries this run's claim: uses_g was on line 9, two blank lines above move it to 11
        assertEquals(11, edited.results().get(1).claim().info().span().line(), "positions come from this run");
    }

    @Test
    void changedSeed_rechecksEverything(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.zs");
        run(file, script("t^2", "2*x"), VerdictCache.at(dir.resolve("cache")), SETTINGS);
        CheckRun.Run other = run(file, script("t^2", "2*x"), VerdictCache.at(dir.resolve("cache")),
                SETTINGS.withSeed(7));
        assertEquals(5, other.cache().checked().size());
    }

    @Test
    void corruptTornAndForeignEntries_areIgnoredAndRewritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.zs");
        Path cacheDir = dir.resolve("cache");
        CheckRun.Run first = run(file, script("t^2", "2*x"), VerdictCache.at(cacheDir), SETTINGS);
        List<Path> entries;
        try (Stream<Path> s = Files.list(cacheDir)) {
            entries = s.sorted().toList();
        }
        assertEquals(5, entries.size());
        // corrupt: a flipped verdict inside an otherwise well-formed entry (the checksum no longer matches)
        String a = Files.readString(entries.get(0));
        String flipped = a.contains("PROVED") ? a.replace("PROVED", "REFUTED") : a.replace("REFUTED", "PROVED");
        assertNotEquals(a, flipped);
        Files.writeString(entries.get(0), flipped);
        // torn: what a run killed in the middle of a plain write would leave
        String b = Files.readString(entries.get(1));
        Files.writeString(entries.get(1), b.substring(0, b.length() / 2));
        // foreign: a well-formed entry under another key's name
        Files.writeString(entries.get(2), Files.readString(entries.get(3)));
        // a stray temporary file of a killed run
        Files.writeString(cacheDir.resolve(".tmp-123.part"), "zipfscale-cache 1 garbage");
        CheckRun.Run second = run(file, script("t^2", "2*x"), VerdictCache.at(cacheDir), SETTINGS);
        assertEquals(3, second.cache().ignored());
        assertEquals(3, second.cache().checked().size());
        assertEquals(JsonReport.print(first.results()), JsonReport.print(second.results()));
        // rewritten: the third run trusts every entry again
        CheckRun.Run third = run(file, script("t^2", "2*x"), VerdictCache.at(cacheDir), SETTINGS);
        assertEquals(0, third.cache().ignored());
        assertEquals(5, third.cache().claimsReused());
    }

    @Test
    void noCache_checksEverything_andWritesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.zs");
        CheckRun.Run r = run(file, script("t^2", "2*x"), VerdictCache.none(), SETTINGS);
        assertEquals(5, r.cache().checked().size());
        assertEquals("", r.cache().describe());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
