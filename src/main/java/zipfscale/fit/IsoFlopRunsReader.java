package zipfscale.fit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.SourceSpan;

/**
 * Reads the runs of {@code fits frontier}: CSV with a header holding {@code N}, {@code D} or {@code tau},
 * {@code loss}, and optionally {@code C} (compute) and {@code budget} (a group label); other columns are
 * ignored, {@code #} comments allowed. {@code N}, {@code D}/{@code tau}, {@code C} must be finite positive
 * numbers, {@code loss} finite. Every error of the file is reported with FILE:LINE:COL.
 */
public final class IsoFlopRunsReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).build();

    private IsoFlopRunsReader() {
    }

    public static IsoFlopRuns read(String text, String file, Diagnostics diagnostics) {
        SourceText source = new SourceText(text, file);
        IsoFlopRuns empty = new IsoFlopRuns(file, "D", false, new double[0], new double[0], new double[0], new double[0],
                null, new int[0]);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), FORMAT)) {
            p.forEach(records::add);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            MalformedCsv.report(file, e, new SourceText(text, file), diagnostics);
            return empty;
        }
        if (records.isEmpty()) {
            diagnostics.error(new SourceSpan(file, 1, 1, 1), "empty runs file: expected a header with N, D (or tau),"
                    + " loss and C (or budget)", source.line(1));
            return empty;
        }
        CSVRecord header = records.get(0);
        int headerLine = source.lineAt(header.getCharacterPosition());
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        String partner = names.contains("D") ? "D" : names.contains("tau") ? "tau" : null;
        SourceSpan headerSpan = new SourceSpan(file, headerLine, 1, Math.max(1, source.line(headerLine).length()));
        for (String needed : List.of("N", "loss")) {
            if (!names.contains(needed)) {
                diagnostics.error(headerSpan, "missing column '" + needed + "' (the runs need N, D or tau, loss, and C"
                        + " or budget; the header has " + String.join(", ", names) + ")", source.line(headerLine));
            }
        }
        if (partner == null) {
            diagnostics.error(headerSpan, "missing column 'D' (or 'tau'): the data or steps of each run",
                    source.line(headerLine));
        }
        if (diagnostics.hasErrors()) {
            return empty;
        }
        int iN = names.indexOf("N");
        int iD = names.indexOf(partner);
        int iL = names.indexOf("loss");
        int iC = names.indexOf("C");
        int iB = names.indexOf("budget");
        List<double[]> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = source.lineAt(r.getCharacterPosition());
            if (r.size() != names.size()) {
                diagnostics.error(new SourceSpan(file, line, 1, Math.max(1, source.line(line).length())), "row has "
                        + r.size() + " fields, the header has " + names.size(), source.line(line));
                continue;
            }
            List<Integer> cols = source.fieldColumns(line);
            double n = number(r, iN, "N", true, line, cols, source, diagnostics);
            double d = number(r, iD, partner, true, line, cols, source, diagnostics);
            double l = number(r, iL, "loss", false, line, cols, source, diagnostics);
            double c = iC < 0 ? 6 * n * d : number(r, iC, "C", true, line, cols, source, diagnostics);
            if (Double.isNaN(n) || Double.isNaN(d) || Double.isNaN(l) || Double.isNaN(c)) {
                continue;
            }
            rows.add(new double[] {n, d, l, c});
            groups.add(iB < 0 ? null : r.get(iB));
            lines.add(line);
        }
        if (rows.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(headerSpan, "no runs", source.line(headerLine));
        }
        int size = rows.size();
        double[][] cols = new double[4][size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < 4; k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        return new IsoFlopRuns(file, partner, iC >= 0, cols[0], cols[1], cols[2], cols[3],
                iB < 0 ? null : groups.toArray(new String[0]), lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The field as a number, or NaN after reporting why it is not one. */
    private static double number(CSVRecord r, int index, String column, boolean positive, int line, List<Integer> cols,
            SourceText source, Diagnostics diagnostics) {
        String t = r.get(index);
        int col = index < cols.size() ? cols.get(index) : 1;
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            diagnostics.error(new SourceSpan(source.file(), line, col, Math.max(1, t.length())), column + " '" + t
                    + "' is not a number", source.line(line));
            return Double.NaN;
        }
        if (!Double.isFinite(v) || (positive && !(v > 0))) {
            diagnostics.error(new SourceSpan(source.file(), line, col, Math.max(1, t.length())), column + " = " + t
                    + " must be a finite" + (positive ? " positive" : "") + " number", source.line(line));
            return Double.NaN;
        }
        return v;
    }
}
