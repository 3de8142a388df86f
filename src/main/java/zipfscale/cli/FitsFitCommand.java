package zipfscale.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.fit.Bootstrap;
import zipfscale.fit.Bound;
import zipfscale.fit.BoundedLaw;
import zipfscale.fit.ExponentQuantity;
import zipfscale.fit.ExpressionLaw;
import zipfscale.fit.FitSummary;
import zipfscale.fit.HuberFit;
import zipfscale.fit.KnownLaws;
import zipfscale.fit.LossData;
import zipfscale.fit.LossDataReader;
import zipfscale.fit.LossLaw;
import zipfscale.fit.Quantity;
import zipfscale.fit.Residuals;
import zipfscale.pipeline.OutputBatch;
import zipfscale.render.FitsCsvWriter;
import zipfscale.render.FitsDrawsCsv;
import zipfscale.render.FitsFitTable;

/**
 * {@code zipfscale fits fit DATA.csv --law LAW}: fits the law to the rows of DATA.csv (Huber on log
 * residuals or least squares on the response, several starting points), bootstraps 95% intervals
 * (seeded), prints them, and writes {@code fit-<name>.csv}, a fits file that {@code fits check} reads, with
 * its bootstrap draws in {@code fit-<name>-draws.csv} beside it. Every input error (the data file, the law,
 * {@code --y}, {@code --quantity}, {@code --bound}, {@code --residuals}) is reported at once.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a law to raw rows (columns: the law's variables and the response); write a fits file.")
public final class FitsFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "CSV with a header: the law's variables and the response")
    Path dataFile;

    @Option(names = "--law", required = true, paramLabel = "LAW",
            description = "'" + KnownLaws.ONE_VARIABLE + "', '" + KnownLaws.TWO_VARIABLES + "', or any expression whose"
                    + " free symbols are data columns (variables) and parameters")
    String law;

    @Option(names = "--y", paramLabel = "COLUMN", description = "the response column (default: ${DEFAULT-VALUE})")
    String response = LossDataReader.LOSS;

    @Option(names = "--residuals", paramLabel = "log|linear",
            description = "log (Huber on log residuals; every value positive) or linear (least squares); default: log"
                    + " when every response is positive, else linear")
    String residualsOption;

    @Option(names = "--bound", paramLabel = "BOUND", description = "a parameter bound such as 'B > 0' or '0 < f < 1' (repeatable)")
    List<String> boundTexts = new ArrayList<>();

    @Option(names = "--quantity", paramLabel = "Q",
            description = "the quantity the exponent of a one-variable law measures (default: from the column: "
                    + "N -> alpha_N, D -> alpha_D, tau/S/steps/T -> alpha_tau, B -> alpha_B, C -> alpha_C)")
    String quantity;

    @Option(names = "--seed", paramLabel = "N", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed = Bootstrap.DEFAULT_SEED;

    @Option(names = "--resamples", paramLabel = "N", description = "bootstrap resamples, at least 50 (default: ${DEFAULT-VALUE})")
    int resamples = Bootstrap.DEFAULT_RESAMPLES;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("proofs-output");

    @Override
    public Integer call() {
        String file = dataFile.toString();
        String text;
        try {
            text = Files.readString(dataFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(SourceSpan.wholeFile(file), "cannot read: " + e.getMessage()));
        }
        Diagnostics diagnostics = new Diagnostics();
        if (resamples < 50) {
            option(diagnostics, "--resamples", "--resamples must be at least 50, not " + resamples);
        }
        Residuals residuals = null;
        if (residualsOption != null) {
            residuals = Residuals.byKey(residualsOption).orElse(null);
            if (residuals == null) {
                option(diagnostics, "--residuals", "--residuals must be log or linear, not '" + residualsOption + "'");
            }
        }
        List<Bound> bounds = new ArrayList<>();
        for (String b : boundTexts) {
            Bound parsed = Bound.parse(b, diagnostics::report);
            if (parsed != null) {
                bounds.add(parsed);
            }
        }
        List<String> columns = LossDataReader.columns(text, file, diagnostics);
        LossLaw lossLaw = null;
        if (!columns.isEmpty()) {
            try {
                lossLaw = bounds.isEmpty() ? KnownLaws.read(law, columns, response, file)
                        : KnownLaws.general(law, columns, response, file);
            } catch (InputException e) {
                e.diagnostics().forEach(diagnostics::report);
            }
            if (lossLaw == null && !columns.contains(response)) {
                // the data reader reports it (at the header) when the law could be read
                diagnostics.error(new SourceSpan(file, 1, 1, 1), "missing column '" + response + "' (the response; the"
                        + " header has " + String.join(", ", columns) + "; name another response with --y COLUMN)", null);
            }
        }
        Map<String, Quantity> quantities = Map.of();
        LossData data = null;
        if (lossLaw != null) {
            for (Bound b : bounds) {
                if (!lossLaw.parameters().contains(b.parameter())) {
                    option(diagnostics, "--bound", "--bound names '" + b.parameter() + "', not a parameter of the law"
                            + " (its parameters: " + String.join(", ", lossLaw.parameters()) + ")");
                }
            }
            quantities = quantities(lossLaw, diagnostics);
            Set<String> positive = new HashSet<>();
            if (!(lossLaw instanceof ExpressionLaw)) {
                positive.addAll(lossLaw.variables());
            }
            if (residuals == Residuals.LOG) {
                positive.add(response);
            }
            data = LossDataReader.read(text, file, lossLaw.variables(), response, positive, diagnostics);
        }
        diagnostics.throwIfErrors();
        int needed = lossLaw.parameters().size() + 2;
        if (data.size() < needed) {
            throw new InputException(Diagnostic.error(SourceSpan.wholeFile(file), "the law has "
                    + lossLaw.parameters().size() + " parameters; fitting it needs at least " + needed + " rows, not "
                    + data.size()));
        }
        boolean automatic = residuals == null;
        if (automatic) {
            residuals = Residuals.automatic(data.loss());
        }
        if (lossLaw instanceof ExpressionLaw general) {
            List<Bound> all = new ArrayList<>(bounds);
            for (Map.Entry<String, String> s : general.scales().entrySet()) {
                boolean given = bounds.stream().anyMatch(b -> b.parameter().equals(s.getKey()));
                int column = general.variables().indexOf(s.getValue());
                boolean positiveColumn = java.util.Arrays.stream(data.x()).allMatch(row -> row[column] > 0);
                if (!given && positiveColumn) {
                    all.add(new Bound(s.getKey(), 0, Double.POSITIVE_INFINITY, true));
                }
            }
            if (!all.isEmpty()) {
                lossLaw = new BoundedLaw(general, all);
            }
        }
        FitSummary summary;
        try {
            summary = Bootstrap.run(new HuberFit(lossLaw, HuberFit.DELTA, residuals), data, seed, resamples);
        } catch (IllegalStateException e) {
            throw new InputException(Diagnostic.error(SourceSpan.wholeFile(file), "the fit did not converge from any"
                    + " starting point: " + e.getMessage()));
        }
        String name = baseName(dataFile);
        String drawsName = "fit-" + name + "-draws.csv";
        OutputBatch batch = new OutputBatch(out);
        batch.put("fit-" + name + ".csv", FitsCsvWriter.render(summary, quantities, drawsName));
        batch.put(drawsName, FitsDrawsCsv.render(summary, quantities));
        PrintWriter w = spec.commandLine().getOut();
        w.print(FitsFitTable.render(summary, quantities, automatic));
        batch.commit();
        w.println("  wrote " + out.resolve("fit-" + name + ".csv") + " and its bootstrap draws " + out.resolve(drawsName));
        if (quantities.isEmpty()) {
            w.println("  (no exponent of the theory's vocabulary: the fits file has no rows for fits check)");
        } else {
            w.println("  check it with: zipfscale fits check " + out.resolve("fit-" + name + ".csv"));
        }
        w.flush();
        return ExitCodes.OK;
    }

    private static void option(Diagnostics diagnostics, String option, String message) {
        diagnostics.error(new SourceSpan(option, 1, 1, 1), message, null);
    }

    /**
     * Exponent parameter -> quantity, from the columns or from {@code --quantity}. A response other than
     * {@code loss} measures no loss exponent unless {@code --quantity} says so.
     */
    private Map<String, Quantity> quantities(LossLaw lossLaw, Diagnostics diagnostics) {
        Map<String, Quantity> found = new LinkedHashMap<>();
        if (quantity != null) {
            if (lossLaw.exponents().size() != 1) {
                option(diagnostics, "--quantity", "--quantity applies to a law with one exponent only; this law has "
                        + lossLaw.exponents().size());
                return found;
            }
            Quantity q = Quantity.byKey(quantity).filter(Quantity::isLossExponent).orElse(null);
            if (q == null) {
                option(diagnostics, "--quantity", "--quantity must be one of alpha_N, alpha_D, alpha_tau, alpha_B, alpha_C,"
                        + " not '" + quantity + "'");
                return found;
            }
            found.put(lossLaw.exponents().keySet().iterator().next(), q);
            return found;
        }
        if (!response.equals(LossDataReader.LOSS)) {
            return found;
        }
        for (Map.Entry<String, String> e : lossLaw.exponents().entrySet()) {
            Quantity q = ExponentQuantity.forColumn(e.getValue()).orElse(null);
            if (q == null) {
                option(diagnostics, "--quantity", "cannot tell which exponent the column '" + e.getValue() + "' measures;"
                        + " give --quantity (e.g. --quantity alpha_D)");
            } else {
                found.put(e.getKey(), q);
            }
        }
        return found;
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
