package zipfscale.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zipfscale.diag.Diagnostics;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;

/**
 * Every kind of exhibit (each permitted subclass of {@link Exhibit}, issue 8) is exercised: it occurs in a
 * good golden script, in the LaTeX golden file and in the corpus of malformed scripts; and a value is
 * both CHECKED and REFUTED somewhere, so that its check can fail.
 */
class ExhibitKindsCoveredTest {
    private static final Pattern EXPECT = Pattern.compile("# expect (\\w+) (PROVED|CHECKED|REFUTED|UNDECIDED)");
    private static final Path SCRIPTS = Path.of("src/test/resources/scripts");

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".zs")).sorted().toList();
        }
    }

    @Test
    void everyKindOfExhibitIsCoveredAndAValueIsBothCheckedAndRefuted() throws IOException {
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        for (Path p : list(SCRIPTS.resolve("good"))) {
            Map<String, String> expected = new HashMap<>();
            for (String line : Files.readAllLines(p)) {
                Matcher m = EXPECT.matcher(line);
                if (m.matches()) {
                    expected.put(m.group(1), m.group(2));
                }
            }
            ScriptFile f = ScriptFile.decode(p.toString(), Files.readAllBytes(p));
            Diagnostics d = new Diagnostics();
            for (Derivation der : Elaborator.elaborate(f, ScriptParser.parse(f, d), d)) {
                for (Exhibit e : der.exhibits()) {
                    seen.computeIfAbsent(e.getClass(), k -> new HashSet<>()).add(expected.getOrDefault(e.id(), "none"));
                }
            }
        }
        String golden = Files.readString(Path.of("src/test/resources/golden/values.tex"));
        for (Class<?> kind : Exhibit.class.getPermittedSubclasses()) {
            String keyword = kind.getSimpleName().toLowerCase(Locale.ROOT);
            assertTrue(seen.containsKey(kind), kind.getSimpleName() + " occurs in no good golden script");
            assertTrue(golden.contains("\\zsexhibithead{" + keyword + "}"), keyword + " is missing from values.tex");
            boolean bad = false;
            for (Path p : list(SCRIPTS.resolve("bad"))) {
                bad |= Files.readAllLines(p, java.nio.charset.StandardCharsets.ISO_8859_1).stream().anyMatch(l -> l.startsWith(keyword + " "));
            }
            assertTrue(bad, "no malformed script has a " + keyword + " statement");
        }
        Set<String> values = seen.get(Value.class);
        assertTrue(values.contains("CHECKED") && values.contains("REFUTED"), "values: " + values);
    }
}
