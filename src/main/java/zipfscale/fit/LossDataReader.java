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
 * Reads raw loss rows for {@code fits fit}: CSV with a header naming the law's variables (e.g. {@code D},
 * or {@code N,D}) and a {@code loss} column; other columns are ignored; {@code #} comments allowed. Every
 * value must be a finite positive number (a power law lives on the positive axis, the fit is on
 * {@code log L}); every error of the file is reported with FILE:LINE:COL.
 */
public final class LossDataReader {
    /** The name of the loss column. */
    public static final String LOSS = "loss";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).build();

    private LossDataReader() {
    }

    private static String positiveReason(String column, String response) {
        return column.equals(response) ? " (log residuals need a positive response; --residuals linear takes any sign)"
                : " (the law is a power law in it)";
    }

    /** The header's column names (for binding {@code x} to a column), or an error when there is no header. */
    public static List<String> columns(String text, String file, Diagnostics diagnostics) {
        try (CSVParser p = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord r : p) {
                List<String> names = new ArrayList<>();
                r.forEach(names::add);
                return names;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            MalformedCsv.report(file, e, new SourceText(text, file), diagnostics);
            return List.of();
        }
        diagnostics.error(new SourceSpan(file, 1, 1, 1), "empty data file: expected a header with a 'loss' column", null);
        return List.of();
    }

    /** Reads the columns {@code variables} and {@code loss}, all positive; errors go to {@code diagnostics}. */
    public static LossData read(String text, String file, List<String> variables, Diagnostics diagnostics) {
        java.util.Set<String> positive = new java.util.HashSet<>(variables);
        positive.add(LOSS);
        return read(text, file, variables, LOSS, positive, diagnostics);
    }

    /**
     * Reads the columns {@code variables} and the response column {@code response}; every value must be a
     * finite number, and a positive one in the columns of {@code positive}; errors go to {@code diagnostics}.
     */
    public static LossData read(String text, String file, List<String> variables, String response,
            java.util.Set<String> positive, Diagnostics diagnostics) {
        SourceText source = new SourceText(text, file);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), FORMAT)) {
            p.forEach(records::add);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            MalformedCsv.report(file, e, new SourceText(text, file), diagnostics);
            return new LossData(file, variables, new double[0][], new double[0]);
        }
        if (records.isEmpty()) {
            diagnostics.error(new SourceSpan(file, 1, 1, 1), "empty data file: expected a header with a '" + response
                    + "' column", source.line(1));
            return new LossData(file, variables, new double[0][], new double[0]);
        }
        CSVRecord header = records.get(0);
        int headerLine = source.lineAt(header.getCharacterPosition());
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        List<String> wanted = new ArrayList<>(variables);
        wanted.add(response);
        int[] index = new int[wanted.size()];
        boolean ok = true;
        for (int c = 0; c < wanted.size(); c++) {
            index[c] = names.indexOf(wanted.get(c));
            if (index[c] < 0) {
                diagnostics.error(new SourceSpan(file, headerLine, 1, source.line(headerLine).length()),
                        "missing column '" + wanted.get(c) + "' (the law reads " + String.join(", ", wanted) + "; the header"
                        + " has " + String.join(", ", names) + (wanted.get(c).equals(response)
                        ? "; name another response column with --y COLUMN)" : ")"),
                        source.line(headerLine));
                ok = false;
            }
        }
        if (!ok) {
            return new LossData(file, variables, new double[0][], new double[0]);
        }
        List<double[]> xs = new ArrayList<>();
        List<Double> ls = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = source.lineAt(r.getCharacterPosition());
            List<Integer> cols = source.fieldColumns(line);
            double[] row = new double[wanted.size()];
            boolean good = true;
            for (int c = 0; c < wanted.size(); c++) {
                int col = index[c] < cols.size() ? cols.get(index[c]) : 0;
                if (index[c] >= r.size()) {
                    diagnostics.error(new SourceSpan(file, line, 1, 1), "row has " + r.size() + " fields, the header has "
                            + names.size(), source.line(line));
                    good = false;
                    break;
                }
                String t = r.get(index[c]);
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    diagnostics.error(new SourceSpan(file, line, col, Math.max(1, t.length())), wanted.get(c) + " '" + t
                            + "' is not a number", source.line(line));
                    good = false;
                    continue;
                }
                boolean mustBePositive = positive.contains(wanted.get(c));
                if (!Double.isFinite(v) || (mustBePositive && !(v > 0))) {
                    diagnostics.error(new SourceSpan(file, line, col, Math.max(1, t.length())), wanted.get(c) + " = " + t
                            + (mustBePositive ? " must be a finite positive number" + positiveReason(wanted.get(c), response)
                            : " must be a finite number"), source.line(line));
                    good = false;
                    continue;
                }
                row[c] = v;
            }
            if (good) {
                xs.add(java.util.Arrays.copyOf(row, variables.size()));
                ls.add(row[variables.size()]);
            }
        }
        if (xs.size() + (diagnostics.hasErrors() ? 1 : 0) == 0) {
            diagnostics.error(new SourceSpan(file, headerLine, 1, 1), "no data rows", source.line(headerLine));
        }
        return new LossData(file, variables, xs.toArray(new double[0][]), ls.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
