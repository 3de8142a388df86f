package zipfscale.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.diag.InputException;
import zipfscale.pipeline.cache.VerdictCache;

/**
 * {@code check --watch} and {@code regenerate --watch} (issue 16): checks the scripts, then waits for a
 * save (java.nio {@link WatchService} on the folders of the given paths, recursively) and checks again,
 * reusing every verdict whose inputs did not change (the verdict cache, in a JVM whose Symja is warm),
 * and prints the verdicts that changed: {@code FILE:LINE id: OLD -> NEW: reason}. Bad input found after
 * a save is printed and the loop waits for the next save. {@link #close()} (from a shutdown hook on
 * Ctrl-C, or a test) ends {@link #run()} cleanly.
 */
public final class WatchLoop implements AutoCloseable {
    /** Saves come in bursts (editor temp file, rename, metadata): wait this long for the burst to end. */
    private static final long SETTLE_MILLIS = 60;
    private final List<Path> paths;
    private final CheckSettings settings;
    private final VerdictCache cache;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Consumer<CheckRun.Run> afterRun;
    private final WatchService watcher;
    private final Set<Path> watched = new HashSet<>();
    private volatile boolean closed;

    /** @param afterRun called after every successful run (the command prints or writes its outputs) */
    public WatchLoop(List<Path> paths, CheckSettings settings, VerdictCache cache, PrintWriter out,
            PrintWriter err, Consumer<CheckRun.Run> afterRun) {
        this.paths = List.copyOf(paths);
        this.settings = settings;
        this.cache = cache;
        this.out = out;
        this.err = err;
        this.afterRun = afterRun;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files: " + e.getMessage(), e);
        }
    }

    /** Checks, then re-checks after every save until {@link #close()}. */
    public void run() {
        Map<String, CheckResult> previous = null;
        try {
            while (!closed) {
                registerFolders();
                Map<String, CheckResult> now = checkOnce(previous);
                if (now != null) {
                    previous = now;
                }
                out.println("watch: waiting for changes (Ctrl-C ends)");
                out.flush();
                awaitChange();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the end of the loop
        }
    }

    private Map<String, CheckResult> checkOnce(Map<String, CheckResult> previous) {
        CheckRun.Run run;
        try {
            run = CheckRun.run(paths, settings, cache);
        } catch (InputException e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        }
        Map<String, CheckResult> now = new LinkedHashMap<>();
        run.results().forEach(r -> now.put(r.derivation().name() + "/" + r.claim().info().id(), r));
        if (previous != null) {
            printChanges(previous, now);
            out.print(run.cache().describe());
        }
        afterRun.accept(run);
        out.flush();
        return now;
    }

    private void printChanges(Map<String, CheckResult> previous, Map<String, CheckResult> now) {
        int changed = 0;
        for (Map.Entry<String, CheckResult> e : now.entrySet()) {
            CheckResult r = e.getValue();
            CheckResult old = previous.get(e.getKey());
            if (old == null || old.verdict() != r.verdict() || !Objects.equals(old.reason(), r.reason())) {
                changed++;
                out.println(r.derivation().file() + ":" + r.claim().info().span().line() + " " + r.claim().info().id()
                        + ": " + (old == null ? "(new)" : old.verdict().name()) + " -> " + r.verdict() + ": "
                        + r.reason());
            }
        }
        for (String gone : previous.keySet()) {
            if (!now.containsKey(gone)) {
                changed++;
                out.println(gone + ": " + previous.get(gone).verdict() + " -> (gone)");
            }
        }
        if (changed == 0) {
            out.println("watch: no verdict changed");
        }
    }

    /**
     * Blocks until a script ({@code .zs}, a chapter's title file or a new folder) under a watched folder
     * changes, then lets the burst of events settle. Other files (the outputs {@code regenerate} writes,
     * the cache) are not changes, so a loop whose output folder lies under a watched one does not feed
     * itself.
     */
    private void awaitChange() throws InterruptedException {
        boolean relevant = false;
        WatchKey key = watcher.take();
        while (key != null && !closed) {
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> ev : key.pollEvents()) {
                if (ev.context() instanceof Path name && relevant(folder.resolve(name))) {
                    relevant = true;
                }
                if (ev.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relevant = true;
                }
            }
            key.reset();
            key = relevant ? watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS) : watcher.take();
        }
    }

    private static boolean relevant(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".zs") || name.equals("chapter.txt") || name.equals("README.md")
                || Files.isDirectory(file) && containsScripts(file);
    }

    /** A folder moved or copied in with scripts in it (not an output folder being created). */
    private static boolean containsScripts(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.anyMatch(f -> f.toString().endsWith(".zs"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void registerFolders() {
        for (Path p : paths) {
            Path root = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            if (root == null || !Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path dir : s.filter(Files::isDirectory).toList()) {
                    Path abs = dir.toAbsolutePath().normalize();
                    if (watched.add(abs)) {
                        abs.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            } catch (IOException e) {
                err.println("watch: cannot watch " + root + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service that failed: nothing left to release
        }
    }
}
