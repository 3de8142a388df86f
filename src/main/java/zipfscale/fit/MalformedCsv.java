package zipfscale.fit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;

/**
 * Commons CSV's parse failures as positioned diagnostics: its messages name the line where the faulty record
 * starts ({@code (startline N)}) and wrap Java exception names; the diagnostic keeps the line and says in words
 * what went wrong.
 */
final class MalformedCsv {
    private static final Pattern START = Pattern.compile("\\(startline (\\d+)\\)");

    private MalformedCsv() {
    }

    static void report(String file, Exception e, SourceText source, Diagnostics diagnostics) {
        String raw = String.valueOf(e.getMessage());
        Matcher m = START.matcher(raw);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
        String what = raw.contains("EOF reached before encapsulated token finished")
                ? "a quoted field opened here is never closed"
                : raw.contains("invalid char between encapsulated token and delimiter")
                ? "a character between a closing quote and the next comma"
                : raw.replaceAll("(java\\.[a-z.]+\\.)?[A-Za-z]*Exception:?\\s*", "").strip();
        SourceSpan span = line > 0 ? new SourceSpan(file, line, 1, Math.max(1, source.line(line).length()))
                : SourceSpan.wholeFile(file);
        diagnostics.error(span, "malformed CSV: " + what, line > 0 ? source.line(line) : null);
    }
}
