package zipfscale.fuzz;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The counts of a campaign, by input kind and outcome, and by failure class; saved after every checkpoint
 * so that a run can resume where it stopped ({@code state.properties} in the work folder).
 */
final class Tally {
    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, Long> failures = new TreeMap<>();
    long next;
    long elapsedMillis;
    long seed;

    void add(String kind, Outcome o) {
        counts.merge(kind + "." + o.name(), 1L, Long::sum);
        counts.merge("all." + o.name(), 1L, Long::sum);
        counts.merge(kind + ".inputs", 1L, Long::sum);
    }

    void note(String key) {
        counts.merge(key, 1L, Long::sum);
    }

    /** Records a failure class; true the first few times it is seen (keep a reproducer). */
    boolean fail(String key) {
        long n = failures.merge(key, 1L, Long::sum);
        return n <= 3;
    }

    long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("next", Long.toString(next));
        p.setProperty("elapsedMillis", Long.toString(elapsedMillis));
        counts.forEach((k, v) -> p.setProperty("count." + k, Long.toString(v)));
        failures.forEach((k, v) -> p.setProperty("failure." + k, Long.toString(v)));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "zipfscale fuzz campaign state (issue 21)");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static Tally load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        Tally t = new Tally();
        t.seed = Long.parseLong(p.getProperty("seed"));
        t.next = Long.parseLong(p.getProperty("next"));
        t.elapsedMillis = Long.parseLong(p.getProperty("elapsedMillis"));
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("count.")) {
                t.counts.put(k.substring(6), Long.parseLong(p.getProperty(k)));
            } else if (k.startsWith("failure.")) {
                t.failures.put(k.substring(8), Long.parseLong(p.getProperty(k)));
            }
        }
        return t;
    }

    /** A table of inputs and outcomes per kind, the checks that were made and the failure classes. */
    String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("seed %d, inputs %d, time %.1f s%n", seed, next, elapsedMillis / 1000.0));
        for (String kind : new String[] {"script", "expression", "eval", "fits", "all"}) {
            long inputs = kind.equals("all") ? next : get(kind + ".inputs");
            b.append(String.format("%-10s %7d inputs:", kind, inputs));
            for (Outcome o : Outcome.values()) {
                long c = get(kind + "." + o.name());
                if (c > 0) {
                    b.append(' ').append(o.name()).append('=').append(c);
                }
            }
            b.append('\n');
        }
        counts.forEach((k, v) -> {
            if (k.startsWith("stage.") || k.startsWith("check.") || k.startsWith("time.")) {
                b.append(String.format("%-40s %d%n", k, v));
            }
        });
        b.append("failure classes: ").append(failures.isEmpty() ? "none" : "").append('\n');
        failures.forEach((k, v) -> b.append(String.format("  %6d  %s%n", v, k)));
        return b.toString();
    }
}
