package zipfscale.pipeline.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import zipfscale.render.JsonText;

/**
 * Results of earlier runs, one file per key under a folder ({@code proofs-output/.cache/} by default).
 * The key ({@link CacheKeys}) hashes everything a result depends on; the file holds a header line
 * ({@code zipfscale-cache 2 KEY SHA256}; the number is the format version, bumped when a cached record changes shape, so that older entries are ignored rather than misread) and the result as JSON ({@link RecordCodec}).
 *
 * <p>Nothing read is trusted: an entry whose header, key, checksum or content does not match is ignored
 * (counted in {@link #ignored()}) and rewritten by the run, which checks the claim again. Entries are
 * written to a temporary file in the folder and moved into place, so a run killed half-way or two runs at
 * once leave either the old entry, the new one or a stray temporary file (ignored), never a torn entry.
 * A folder that cannot be written makes the cache a no-op, never a failed run.
 */
public final class VerdictCache {
    static final String MAGIC = "zipfscale-cache 2";
    private final Path directory;
    private final AtomicInteger ignored = new AtomicInteger();

    private VerdictCache(Path directory) {
        this.directory = directory;
    }

    /** A cache kept in {@code directory} (created on the first store). */
    public static VerdictCache at(Path directory) {
        return new VerdictCache(directory);
    }

    /** No cache: every lookup misses, nothing is stored ({@code --no-cache}). */
    public static VerdictCache none() {
        return new VerdictCache(null);
    }

    public boolean enabled() {
        return directory != null;
    }

    /** How many entries were found but not trusted (corrupt, foreign or unreadable) in this run. */
    public int ignored() {
        return ignored.get();
    }

    /**
     * The result stored under {@code key}, rebuilt as a {@code type} with its context components (the
     * derivation, the claim, ...) taken from {@code context}; empty when absent or not trusted.
     */
    public <T> Optional<T> load(String key, Type type, Class<T> as, List<Object> context) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String payload = text.substring(nl + 1);
            if (nl < 0 || !text.substring(0, nl).equals(MAGIC + " " + key + " " + Hashes.sha256(payload))) {
                throw new IllegalArgumentException("header does not match");
            }
            JsonNode node = JsonText.parse(payload);
            return Optional.of(as.cast(new RecordCodec(context).read(node, type)));
        } catch (IOException | RuntimeException e) {
            ignored.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Stores {@code result} under {@code key}; a result the codec cannot write, or an I/O error, is skipped. */
    public void store(String key, Object result, Type type) {
        if (directory == null) {
            return;
        }
        String payload;
        try {
            payload = JsonText.compact(new RecordCodec(List.of()).write(result, type));
        } catch (IllegalArgumentException e) {
            return;
        }
        String text = MAGIC + " " + key + " " + Hashes.sha256(payload) + "\n" + payload;
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            tmp = Files.createTempFile(directory, ".tmp-", ".part");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignoredToo) {
                    // the stray temporary file is ignored by later runs
                }
            }
        }
    }
}
