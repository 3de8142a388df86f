package zipfscale.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.check.ClaimChecker;
import zipfscale.check.ExhibitChecker;
import zipfscale.check.ExhibitResult;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Extrapolation;
import zipfscale.diag.Diagnostics;
import zipfscale.diag.InputException;
import zipfscale.fit.ExtrapolationCheck;
import zipfscale.fit.ExtrapolationResult;
import zipfscale.render.LatexNotation;
import zipfscale.script.Elaborator;
import zipfscale.script.ScriptFile;
import zipfscale.script.ScriptParser;
import zipfscale.script.Statement;

/**
 * One checking run: read every script (all errors of all files reported together, as bad input, before
 * anything is checked), then check every claim in order.
 */
public final class CheckRun {

    private CheckRun() {
    }

    /** The scripts read and elaborated; throws {@link InputException} with every error found. */
    public static List<Derivation> read(List<Path> scripts) {
        Diagnostics diagnostics = new Diagnostics();
        List<Derivation> out = new ArrayList<>();
        for (Path p : scripts) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
            String name = p.toString();
            ScriptFile file;
            try {
                file = ScriptFile.decode(name, bytes);
            } catch (InputException e) {
                e.diagnostics().forEach(diagnostics::report);
                continue;
            }
            List<Statement> statements = ScriptParser.parse(file, diagnostics);
            List<Derivation> read = Elaborator.elaborate(file, statements, diagnostics, LatexNotation::problem);
            DerivationNames.checkAcrossFiles(out, read, file, diagnostics);
            out.addAll(read);
        }
        diagnostics.throwIfErrors();
        return out;
    }

    /**
     * The scripts read, the verdicts on their claims, what was computed for their values and plots, and the
     * verdicts on their {@code extrapolate} statements.
     */
    public record Run(List<Derivation> derivations, List<CheckResult> results, List<ExhibitResult> exhibits,
            List<ExtrapolationResult> extrapolations) {
        /**
         * Whether every claim is PROVED or CHECKED, every value's check (if any) holds and every
         * extrapolation is CHECKED.
         */
        public boolean allHold() {
            return results.stream().allMatch(r -> r.verdict().holds())
                    && exhibits.stream().allMatch(ExhibitResult::holds)
                    && extrapolations.stream().allMatch(r -> r.verdict().holds());
        }
    }

    /** Reads the scripts at {@code paths} (files or folders) and checks every claim, value and plot. */
    public static Run run(List<Path> paths, CheckSettings settings) {
        List<Derivation> derivations = read(ScriptSources.find(paths));
        return new Run(derivations, check(derivations, settings), computeExhibits(derivations, settings),
                extrapolations(derivations));
    }

    /** Checks every {@code extrapolate} statement of every derivation (each carries its own seed). */
    public static List<ExtrapolationResult> extrapolations(List<Derivation> derivations) {
        List<ExtrapolationResult> out = new ArrayList<>();
        for (Derivation d : derivations) {
            for (Extrapolation e : d.extrapolations()) {
                out.add(ExtrapolationCheck.check(d, e));
            }
        }
        return out;
    }

    /** Evaluates every value and samples every plot of every derivation (issue 8). */
    public static List<ExhibitResult> computeExhibits(List<Derivation> derivations, CheckSettings settings) {
        List<ExhibitResult> out = new ArrayList<>();
        for (Derivation d : derivations) {
            ExhibitChecker checker = new ExhibitChecker(d, settings);
            d.exhibits().forEach(e -> out.add(checker.check(e)));
        }
        return out;
    }

    /** Checks every claim of every derivation. */
    public static List<CheckResult> check(List<Derivation> derivations, CheckSettings settings) {
        List<CheckResult> results = new ArrayList<>();
        for (Derivation d : derivations) {
            ClaimChecker checker = new ClaimChecker(d, settings);
            for (Claim c : d.claims()) {
                results.add(checker.check(c));
            }
        }
        return results;
    }

}
