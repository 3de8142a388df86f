package zipfscale.fit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;

/**
 * Finds a fits file's comment line {@code # draws: FILE} and reads that file (a path relative to the fits
 * file's folder): CSV, a header of column names, one row per bootstrap draw. Columns named by a quantity
 * of the fits file are used; {@code param:NAME} columns (other parameters of the fit) and quantities the
 * fits file has no row for are ignored; any other name is an error. Errors are positioned in the draws file
 * (or at the comment line when the file cannot be read).
 */
public final class JointDrawsReader {
    private static final String MARK = "draws:";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).build();

    private JointDrawsReader() {
    }

    /** The joint draws named in {@code fitsText} (the text of {@code fitsPath}), or null when none is named. */
    public static JointDraws read(String fitsText, Path fitsPath, FitsFile parsed, Diagnostics diagnostics) {
        String[] lines = fitsText.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (!t.startsWith("#")) {
                continue;
            }
            String body = t.substring(1).strip();
            if (!body.startsWith(MARK)) {
                continue;
            }
            String name = body.substring(MARK.length()).strip();
            SourceSpan at = new SourceSpan(fitsPath.toString(), i + 1, lines[i].indexOf(MARK) + 1,
                    Math.max(1, lines[i].length() - lines[i].indexOf(MARK)));
            Path parent = fitsPath.toAbsolutePath().getParent();
            Path drawsPath = parent == null ? Path.of(name) : parent.resolve(name);
            Path shown = fitsPath.getParent() == null ? Path.of(name) : fitsPath.getParent().resolve(name);
            String text;
            try {
                text = Files.readString(drawsPath, StandardCharsets.UTF_8);
            } catch (IOException e) {
                diagnostics.error(at, "cannot read the bootstrap draws '" + name + "' named here: " + e.getMessage()
                        + " (keep the draws file beside the fits file, or delete this line to draw the rows independently)",
                        lines[i]);
                return null;
            }
            return parse(text, shown.toString(), at, parsed, diagnostics);
        }
        return null;
    }

    static JointDraws parse(String text, String file, SourceSpan at, FitsFile parsed, Diagnostics diagnostics) {
        SourceText source = new SourceText(text, file);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), FORMAT)) {
            p.forEach(records::add);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            MalformedCsv.report(file, e, new SourceText(text, file), diagnostics);
            return null;
        }
        if (records.size() < 3) {
            diagnostics.error(new SourceSpan(file, 1, 1, 1), "the bootstrap draws need a header and at least 2 rows",
                    source.line(1));
            return null;
        }
        CSVRecord header = records.get(0);
        int headerLine = source.lineAt(header.getCharacterPosition());
        List<Integer> cols = source.fieldColumns(headerLine);
        List<Quantity> quantities = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        boolean ok = true;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.startsWith("param:")) {
                continue;
            }
            Quantity q = Quantity.byKey(name).filter(Quantity::isMeasurement).orElse(null);
            if (q == null) {
                diagnostics.error(new SourceSpan(file, headerLine, c < cols.size() ? cols.get(c) : 1,
                        Math.max(1, name.length())), "unknown column '" + name + "' in the bootstrap draws (a quantity"
                        + " such as alpha_N, or param:NAME)", source.line(headerLine));
                ok = false;
            } else if (parsed.has(q)) {
                quantities.add(q);
                index.add(c);
            }
        }
        if (!ok || quantities.isEmpty()) {
            return null;
        }
        double[][] rows = new double[records.size() - 1][quantities.size()];
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            int line = source.lineAt(rec.getCharacterPosition());
            if (rec.size() != header.size()) {
                diagnostics.error(new SourceSpan(file, line, 1, 1), "row has " + rec.size() + " fields, the header has "
                        + header.size(), source.line(line));
                ok = false;
                continue;
            }
            List<Integer> fc = source.fieldColumns(line);
            for (int k = 0; k < quantities.size(); k++) {
                String t = rec.get(index.get(k));
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    int col = index.get(k) < fc.size() ? fc.get(index.get(k)) : 1;
                    diagnostics.error(new SourceSpan(file, line, col, Math.max(1, t.length())), quantities.get(k).key()
                            + " '" + t + "' is not a finite number", source.line(line));
                    ok = false;
                }
                rows[r - 1][k] = v;
            }
        }
        return ok ? new JointDraws(file, quantities, rows, at) : null;
    }
}
