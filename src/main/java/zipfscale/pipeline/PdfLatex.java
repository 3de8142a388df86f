package zipfscale.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles a regenerated document with {@code pdflatex -no-shell-escape -halt-on-error
 * -interaction=nonstopmode} in a fresh temporary folder: never in the output folder, so a failed run
 * leaves nothing half-written there. Runs once when a second run cannot change the output: the
 * auxiliary files kept from the last compilation came back unchanged, or, with none kept, the first run
 * used nothing it wrote ({@link #readsNothingBack}); otherwise twice (cross-references, table widths), and
 * a third time only when the log still asks for a rerun.
 *
 * <p>pdflatex is looked up on {@code PATH}, or on the folders of the system property
 * {@value #PATH_PROPERTY} when it is set (tests use it to run without pdflatex). The process gets no
 * input (stdin is closed), its output goes to a file (no pipe to fill), {@code openout_any=p} (TeX may
 * write only below the temporary folder) and {@code SOURCE_DATE_EPOCH} fixed unless a stamp is wanted,
 * so the PDF carries no build time.
 */
public final class PdfLatex {
    /** System property: a PATH-like list of folders searched for pdflatex instead of {@code PATH}. */
    public static final String PATH_PROPERTY = "zipfscale.pdflatex.path";
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final int MAX_RUNS = 3;
    private static final int ERROR_LINES = 8;

    private final Path executable;
    private final Path auxiliaries;

    PdfLatex(Path executable) {
        this(executable, null);
    }

    private PdfLatex(Path executable, Path auxiliaries) {
        this.executable = executable;
        this.auxiliaries = auxiliaries;
    }

    /**
     * This pdflatex, keeping the auxiliary files ({@code .aux}, {@code .toc}, {@code .out}) of each
     * successful compilation in {@code folder} and starting the next from them (issue 16): when the first
     * run writes back exactly the auxiliary files it read, a second run would read the same input and
     * write the same PDF, so it is skipped. A missing or stale folder only costs the second run.
     */
    public PdfLatex keepingAuxiliaryFilesIn(Path folder) {
        return new PdfLatex(executable, folder);
    }

    private static final List<String> AUXILIARY = List.of(".aux", ".toc", ".out", ".lof", ".lot");

    /** The auxiliary files of {@code base} in {@code dir}, name to bytes (absent ones left out). */
    private static Map<String, byte[]> auxiliaryFiles(Path dir, String base) throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        for (String ext : AUXILIARY) {
            Path f = dir.resolve(base + ext);
            if (Files.isRegularFile(f)) {
                out.put(base + ext, Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void seed(Path dir, String base) {
        if (auxiliaries == null) {
            return;
        }
        for (String ext : AUXILIARY) {
            Path f = auxiliaries.resolve(base + ext);
            try {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dir.resolve(base + ext));
                }
            } catch (IOException e) {
                // a stale or unreadable store only costs the second run
            }
        }
    }

    private void keep(Map<String, byte[]> files) {
        if (auxiliaries == null || files.isEmpty()) {
            return;
        }
        OutputBatch batch = new OutputBatch(auxiliaries);
        files.forEach(batch::put);
        try {
            batch.commit();
        } catch (UncheckedIOException e) {
            // not kept: the next compilation runs twice
        }
    }

    /**
     * Whether a first run that started with no auxiliary file used nothing a second run would read back
     * (issue 16: one pdflatex run when a second cannot change the output). In such a run every reference
     * ({@code \ref}, {@code \pageref}, {@code \hyperref[..]}, citations) is undefined and logged as
     * such, every list read from a file ({@code \tableofcontents}, figures, tables, hyperref's outlines)
     * logs {@code No file NAME.EXT}, and longtable and rerunfilecheck ask for a rerun when their stored
     * widths or outlines are missing. A log with none of these, only LaTeX's notice that labels are new
     * (they are, and nothing refers to them), is the log of a run whose output the second run repeats.
     */
    static boolean readsNothingBack(String log, String base) {
        String rest = log.replace("LaTeX Warning: Label(s) may have changed. Rerun to get cross-references right.", "");
        if (rest.contains("Rerun to get") || rest.contains("Rerun LaTeX") || rest.contains("widths have changed")
                || rest.contains("undefined")) {
            return false;
        }
        for (int i = rest.indexOf("No file " + base + "."); i >= 0; i = rest.indexOf("No file " + base + ".", i + 1)) {
            if (!rest.startsWith("No file " + base + ".aux.", i)) {
                return false;
            }
        }
        return true;
    }

    /** What one compilation gave: the PDF and log on success, the first error lines otherwise. */
    public record Result(boolean succeeded, byte[] pdf, byte[] log, List<String> errors, int runs, Duration time) {
    }

    /** pdflatex as found on {@code PATH} (or {@value #PATH_PROPERTY}); {@link #available()} says whether. */
    public static PdfLatex fromEnvironment() {
        String path = System.getProperty(PATH_PROPERTY, System.getenv("PATH"));
        return new PdfLatex(find(path == null ? "" : path));
    }

    static Path find(String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pdflatex"))) {
                return Path.of(dir, "pdflatex");
            }
        }
        return null;
    }

    public boolean available() {
        return executable != null;
    }

    /**
     * Writes {@code files} (name to content) into a temporary folder and compiles {@code document} there.
     *
     * @param reproducible whether to fix the PDF's dates ({@code SOURCE_DATE_EPOCH=0})
     */
    public Result compile(Map<String, String> files, String document, boolean reproducible) {
        if (executable == null) {
            throw new IllegalStateException("pdflatex is not available");
        }
        long start = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zipfscale-pdflatex-");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            String base = document.endsWith(".tex") ? document.substring(0, document.length() - 4) : document;
            seed(dir, base);
            Map<String, byte[]> before = auxiliaryFiles(dir, base);
            int runs = 0;
            String log = "";
            do {
                runs++;
                int code = run(dir, document, reproducible);
                Path logFile = dir.resolve(base + ".log");
                log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.ISO_8859_1)
                        : Files.readString(dir.resolve("pdflatex.out"), StandardCharsets.ISO_8859_1);
                if (code != 0 || !Files.exists(dir.resolve(base + ".pdf"))) {
                    return new Result(false, null, log.getBytes(StandardCharsets.ISO_8859_1), errors(log, code),
                            runs, elapsed(start));
                }
                Map<String, byte[]> after = auxiliaryFiles(dir, base);
                boolean settled = !before.isEmpty() && sameFiles(before, after) && !log.contains("Rerun to get")
                        && !log.contains("Rerun LaTeX")
                        || before.isEmpty() && readsNothingBack(log, base);
                before = after;
                if (runs == 1 && settled) {
                    break;
                }
            } while (runs < 2 || runs < MAX_RUNS && (log.contains("Rerun to get") || log.contains("Rerun LaTeX")));
            keep(before);
            return new Result(true, Files.readAllBytes(dir.resolve(base + ".pdf")),
                    log.getBytes(StandardCharsets.ISO_8859_1), List.of(), runs, elapsed(start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pdflatex: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private int run(Path dir, String document, boolean reproducible) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-no-shell-escape", "-halt-on-error",
                "-interaction=nonstopmode", document).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pdflatex.out").toFile());
        pb.environment().put("openout_any", "p");
        if (reproducible) {
            pb.environment().put("SOURCE_DATE_EPOCH", "0");
        }
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("pdflatex did not finish in " + TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pdflatex ran", e);
        }
        return p.exitValue();
    }

    /** The first error of a log: the {@code ! ...} line and the lines after it (up to {@value #ERROR_LINES}). */
    static List<String> errors(String log, int exitCode) {
        List<String> out = new ArrayList<>();
        String[] lines = log.split("\r?\n");
        for (int i = 0; i < lines.length && out.isEmpty(); i++) {
            if (lines[i].startsWith("! ")) {
                for (int j = i; j < lines.length && j < i + ERROR_LINES; j++) {
                    out.add(lines[j]);
                }
            }
        }
        if (out.isEmpty()) {
            out.add("pdflatex exited with code " + exitCode + " and wrote no PDF (no '! ' error line in its log)");
        }
        return out;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing the run
        }
    }
}
