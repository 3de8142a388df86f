package zipfscale.pipeline.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A fingerprint of the engine that runs: the code on the class path (for a jar, the name, size and CRC of
 * every entry and its manifest's {@code Class-Path}, which names every library with its version; for a
 * folder of classes, every file's bytes) and the Java version. A rebuilt engine gets a new fingerprint, so
 * verdicts of an older build are never reused.
 */
public final class EngineBuild {
    private static volatile String current;

    private EngineBuild() {
    }

    /** The fingerprint of the running engine (computed once per process). */
    public static String current() {
        String c = current;
        if (c == null) {
            c = fingerprint(Stream.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                    .filter(s -> !s.isEmpty()).map(Path::of).toList());
            current = c;
        }
        return c;
    }

    static String fingerprint(List<Path> classPath) {
        MessageDigest md = Hashes.sha256();
        update(md, "java " + System.getProperty("java.version"));
        for (Path p : classPath) {
            update(md, "entry " + p.getFileName());
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            update(md, p.relativize(f).toString());
                            md.update(Files.readAllBytes(f));
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    try (JarFile jar = new JarFile(p.toFile())) {
                        var manifest = jar.getManifest();
                        if (manifest != null) {
                            update(md, String.valueOf(manifest.getMainAttributes().getValue("Class-Path")));
                        }
                        for (Enumeration<? extends ZipEntry> en = jar.entries(); en.hasMoreElements();) {
                            ZipEntry e = en.nextElement();
                            update(md, e.getName() + " " + e.getSize() + " " + e.getCrc());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot fingerprint " + p + ": " + e.getMessage(), e);
            }
        }
        return Hashes.hex(md.digest());
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
