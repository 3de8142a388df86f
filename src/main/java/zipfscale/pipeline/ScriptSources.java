package zipfscale.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import zipfscale.diag.InputException;

/**
 * The script files a run reads: each path given is a {@code .zs} file or a folder searched recursively
 * for {@code .zs} files, in sorted order (runs are reproducible). A missing path or a folder with no
 * script is bad input.
 */
public final class ScriptSources {

    private ScriptSources() {
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> found = s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".zs"))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        throw new InputException(p + ": error: no scripts (*.zs) in this folder");
                    }
                    out.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new InputException(p + ": error: no such file or folder");
            }
        }
        return out;
    }

    /**
     * The chapter of each script that lies in a subfolder of a folder given in {@code paths}: script path
     * (as {@link #find} gives it) to the chapter's title. The chapter is the first-level subfolder
     * ({@code derivations/classic/} for {@code derivations/classic/x.zs} and {@code derivations/classic/more/y.zs});
     * its title is the first non-blank line of its {@code chapter.txt}, else of its {@code README.md}
     * without the leading {@code #}s, else the folder's name. Scripts directly in a given folder, and
     * files given by name, belong to no chapter (the main part of the document).
     */
    public static Map<String, String> chapters(List<Path> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path root : paths) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path f : find(List.of(root))) {
                Path relative = root.relativize(f);
                if (relative.getNameCount() > 1) {
                    out.put(f.toString(), title(root.resolve(relative.getName(0))));
                }
            }
        }
        return out;
    }

    private static String title(Path folder) {
        for (String name : List.of("chapter.txt", "README.md")) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        String t = line.replaceFirst("^#+", "").strip();
                        if (!t.isEmpty()) {
                            return t;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
                }
            }
        }
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
