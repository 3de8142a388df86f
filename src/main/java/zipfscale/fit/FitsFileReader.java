package zipfscale.fit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;

/**
 * Reads a fits file: CSV with the header {@code quantity,value,lower,upper,stderr,source} (any order),
 * {@code #} comment lines and blank lines allowed.
 *
 * <p>Every error of a file is reported, each as {@code FILE:LINE:COL: error: ...}: a missing or unknown
 * column, an unknown quantity, a non-numeric or non-finite number, a negative standard error,
 * {@code lower > upper}, a value outside {@code [lower, upper]}, only one end of an interval, a duplicate
 * quantity, an empty file. When both an interval and a standard error are given, the interval is used.
 */
public final class FitsFileReader {
    /** The header of a fits file, in the documented order. */
    public static final List<String> COLUMNS = List.of("quantity", "value", "lower", "upper", "stderr", "source");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .build();

    private FitsFileReader() {
    }

    /** Reads {@code path}; the file is named in messages as the user gave it. */
    public static FitsFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(path + ": error: cannot read: " + e.getMessage());
        }
        Diagnostics diagnostics = new Diagnostics();
        FitsFile result = parse(text, path.toString(), diagnostics);
        JointDraws joint = diagnostics.hasErrors() ? null : JointDrawsReader.read(text, path, result, diagnostics);
        diagnostics.throwIfErrors();
        return joint == null ? result : result.withJointDraws(joint);
    }

    /** Parses {@code text}, naming it {@code file} in messages; throws {@link InputException} with every error. */
    public static FitsFile parse(String text, String file) {
        Diagnostics diagnostics = new Diagnostics();
        FitsFile result = parse(text, file, diagnostics);
        diagnostics.throwIfErrors();
        return result;
    }

    /** Parses {@code text}, reporting every error into {@code diagnostics}; the result is partial when there were errors. */
    public static FitsFile parse(String text, String file, Diagnostics diagnostics) {
        SourceText source = new SourceText(text, file);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord r : parser) {
                records.add(r);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            MalformedCsv.report(file, e, new SourceText(text, file), diagnostics);
            return new FitsFile(file, Map.of(), Budget.ND, 0.95);
        }
        if (records.isEmpty()) {
            diagnostics.error(new SourceSpan(file, 1, 1, 1),
                    "empty fits file: expected the header " + String.join(",", COLUMNS), source.line(1));
            return new FitsFile(file, Map.of(), Budget.ND, 0.95);
        }
        CSVRecord header = records.get(0);
        int headerLine = source.lineAt(header.getCharacterPosition());
        int[] index = headerIndex(header, headerLine, source, diagnostics);
        if (index == null) {
            return new FitsFile(file, Map.of(), Budget.ND, 0.95);
        }
        if (records.size() == 1) {
            diagnostics.error(new SourceSpan(file, headerLine, 1, 1), "empty fits file: a header but no rows",
                    source.line(headerLine));
        }
        RowReader rows = new RowReader(source, index, diagnostics);
        for (CSVRecord r : records.subList(1, records.size())) {
            rows.read(r);
        }
        return rows.result(file);
    }

    /** Column indices in {@link #COLUMNS} order, or null when the header is unusable. */
    private static int[] headerIndex(CSVRecord header, int line, SourceText source, Diagnostics diagnostics) {
        int[] index = new int[COLUMNS.size()];
        java.util.Arrays.fill(index, -1);
        boolean ok = true;
        List<Integer> columns = source.fieldColumns(line);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int c = COLUMNS.indexOf(name);
            int col = i < columns.size() ? columns.get(i) : 0;
            if (c < 0) {
                diagnostics.error(new SourceSpan(source.file(), line, col, Math.max(1, name.length())),
                        "unknown column '" + name + "' (the header is " + String.join(",", COLUMNS) + ")",
                        source.line(line));
                ok = false;
            } else if (index[c] >= 0) {
                diagnostics.error(new SourceSpan(source.file(), line, col, name.length()),
                        "column '" + name + "' appears twice", source.line(line));
                ok = false;
            } else {
                index[c] = i;
            }
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (index[c] < 0) {
                diagnostics.error(new SourceSpan(source.file(), line, 1, source.line(line).length()),
                        "missing column '" + COLUMNS.get(c) + "' (the header is " + String.join(",", COLUMNS) + ")",
                        source.line(line));
                ok = false;
            }
        }
        return ok ? index : null;
    }

    /** Reads the data rows, one {@link CSVRecord} at a time, collecting measurements and errors. */
    private static final class RowReader {
        private final SourceText source;
        private final int[] index;
        private final Diagnostics diagnostics;
        private final Map<Quantity, Measurement> measurements = new EnumMap<>(Quantity.class);
        private final Map<Quantity, Integer> firstLine = new EnumMap<>(Quantity.class);
        private final List<RawRow> pending = new ArrayList<>();
        private Budget budget = Budget.ND;
        private double level = 0.95;

        RowReader(SourceText source, int[] index, Diagnostics diagnostics) {
            this.source = source;
            this.index = index;
            this.diagnostics = diagnostics;
        }

        void read(CSVRecord r) {
            int line = source.lineAt(r.getCharacterPosition());
            List<Integer> cols = source.fieldColumns(line);
            if (r.size() != COLUMNS.size()) {
                error(line, 1, source.line(line).length(),
                        "row has " + r.size() + " fields, the header has " + COLUMNS.size());
                return;
            }
            String[] f = new String[COLUMNS.size()];
            int[] at = new int[COLUMNS.size()];
            for (int c = 0; c < f.length; c++) {
                f[c] = r.get(index[c]);
                at[c] = index[c] < cols.size() ? cols.get(index[c]) : 0;
            }
            String name = f[0];
            Quantity q = Quantity.byKey(name).orElse(null);
            if (q == null) {
                String hint = Quantity.nearMiss(name).map(m -> "; did you mean '" + m.key() + "'?")
                        .orElse(" (known: " + Quantity.vocabulary() + ")");
                error(line, at[0], name.length(), "unknown quantity '" + name + "'" + hint);
                return;
            }
            if (firstLine.containsKey(q)) {
                error(line, at[0], name.length(), "duplicate quantity '" + name + "' (first given on line "
                        + firstLine.get(q) + ")");
                return;
            }
            firstLine.put(q, line);
            if (q == Quantity.BUDGET) {
                budget = Budget.byKey(f[1]).orElse(null);
                if (budget == null) {
                    error(line, at[1], Math.max(1, f[1].length()), "budget must be ND or Ntau, not '" + f[1] + "'");
                    budget = Budget.ND;
                }
                return;
            }
            Double value = number(f[1], "value", line, at[1], true);
            Double lower = number(f[2], "lower", line, at[2], false);
            Double upper = number(f[3], "upper", line, at[3], false);
            Double stderr = number(f[4], "stderr", line, at[4], false);
            if (q == Quantity.INTERVAL_LEVEL) {
                if (value != null && !(value > 0 && value < 1)) {
                    error(line, at[1], f[1].length(), "interval_level must lie strictly between 0 and 1, not " + f[1]);
                } else if (value != null) {
                    level = value;
                }
                return;
            }
            boolean ok = value != null;
            if (stderr != null && stderr < 0) {
                error(line, at[4], f[4].length(), "negative stderr " + f[4]);
                ok = false;
            }
            if (f[2].isEmpty() != f[3].isEmpty()) {
                int c = f[2].isEmpty() ? at[2] : at[3];
                error(line, c, 1, "an interval needs both lower and upper");
                ok = false;
            }
            if (lower != null && upper != null && lower > upper) {
                error(line, at[2], f[2].length(), "lower " + f[2] + " > upper " + f[3]);
                ok = false;
            } else if (value != null && lower != null && upper != null && (value < lower || value > upper)) {
                error(line, at[1], f[1].length(), "value " + f[1] + " lies outside [" + f[2] + ", " + f[3] + "]");
                ok = false;
            }
            boolean parsed = (f[2].isEmpty() || lower != null) && (f[3].isEmpty() || upper != null)
                    && (f[4].isEmpty() || stderr != null);
            if (ok && parsed) {
                pending.add(new RawRow(q, value, lower, upper, stderr, f[5], new SourceSpan(source.file(), line, at[0],
                        name.length())));
            }
        }

        /** A number, or null (with an error when it is present but bad, or required and missing). */
        private Double number(String text, String column, int line, int col, boolean required) {
            if (text.isEmpty()) {
                if (required) {
                    error(line, col, 1, "missing " + column);
                }
                return null;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                error(line, col, text.length(), column + " '" + text + "' is not a number");
                return null;
            }
            if (Double.isNaN(v)) {
                error(line, col, text.length(), column + " is NaN");
                return null;
            }
            if (Double.isInfinite(v)) {
                error(line, col, text.length(), column + " is infinite");
                return null;
            }
            return v;
        }

        private void error(int line, int col, int length, String message) {
            diagnostics.error(new SourceSpan(source.file(), line, col, length), message, source.line(line));
        }

        FitsFile result(String file) {
            for (RawRow r : pending) {
                Uncertainty u;
                if (r.lower() != null) {
                    u = new Uncertainty.Interval(r.lower(), r.upper(), level);
                } else if (r.stderr() != null) {
                    u = new Uncertainty.StandardError(r.stderr());
                } else {
                    u = new Uncertainty.Exact();
                }
                measurements.put(r.quantity(), new Measurement(r.quantity(), r.value(), u, r.source(), r.span()));
            }
            return new FitsFile(file, measurements, budget, level);
        }
    }

    /** A row whose fields parsed, before the file's interval level is known. */
    private record RawRow(Quantity quantity, double value, Double lower, Double upper, Double stderr, String source,
            SourceSpan span) {
    }
}
