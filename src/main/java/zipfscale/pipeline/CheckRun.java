package zipfscale.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import zipfscale.pipeline.cache.VerdictCache;
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
            List<ExtrapolationResult> extrapolations, CacheUse cache) {

        public Run(List<Derivation> derivations, List<CheckResult> results, List<ExhibitResult> exhibits,
                List<ExtrapolationResult> extrapolations) {
            this(derivations, results, exhibits, extrapolations,
                    CacheUse.off(results, exhibits.size(), extrapolations.size()));
        }

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
        return run(paths, settings, VerdictCache.none());
    }

    /**
     * As {@link #run(List, CheckSettings)}, reusing from {@code cache} every result whose inputs did not
     * change ({@link CacheKeys}) and storing the others.
     */
    public static Run run(List<Path> paths, CheckSettings settings, VerdictCache cache) {
        return checkAll(read(ScriptSources.find(paths)), settings, cache);
    }

    /** Checks already-read derivations (the watch loop reads them itself). */
    public static Run checkAll(List<Derivation> derivations, CheckSettings settings, VerdictCache cache) {
        Reuse reuse = new Reuse(cache, settings);
        // values, plots and extrapolations need no Symja: they run beside the claims, whose checks wait on
        // Symja's single worker much of the time; each has its own inputs and seed, so the results do not
        // depend on the overlap
        java.util.concurrent.FutureTask<List<ExtrapolationResult>> extrapolated =
                new java.util.concurrent.FutureTask<>(() -> reuse.extrapolations(derivations));
        java.util.concurrent.FutureTask<List<ExhibitResult>> exhibits =
                new java.util.concurrent.FutureTask<>(() -> reuse.exhibits(derivations));
        Thread side = new Thread(null, () -> {
            exhibits.run();
            extrapolated.run();
        }, "exhibits", STACK_BYTES);
        side.setDaemon(true);
        side.start();
        List<CheckResult> results = check(derivations, settings, reuse, threads());
        List<ExhibitResult> ex = get(exhibits);
        List<ExtrapolationResult> extra = get(extrapolated);
        return new Run(derivations, results, ex, extra, reuse.use(results, ex.size(), extra.size()));
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

    /**
     * Checks every claim of every derivation; the results are in script order.
     *
     * <p>Implementation note: claims are independent (each has its own context, points drawn from the
     * seed, its own sign-oracle cache), so they are checked on up to {@link #MAX_THREADS} threads (the
     * machine's processors). Everything they share is either immutable, a concurrent memo of pure
     * function values ({@code PreciseFunctions}), or the Symja facade, whose {@code apply} is synchronized
     * and runs every call on its one worker thread (Symja's {@code EvalEngine} is thread-local and only
     * that thread touches it); Symja answers do not depend on the order of calls (each call is a fresh
     * expression in fresh symbol names, no assignments), so the report is the same as on one thread. Symja
     * is started in the background first (it takes 1.5-3 s), while the numeric witnesses run.
     */
    public static List<CheckResult> check(List<Derivation> derivations, CheckSettings settings) {
        return check(derivations, settings, threads());
    }

    private static int threads() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #check(List, CheckSettings)} on {@code threads} threads (tests compare 1 and 2). */
    static List<CheckResult> check(List<Derivation> derivations, CheckSettings settings, int threads) {
        return check(derivations, settings, new Reuse(VerdictCache.none(), settings), threads);
    }

    /**
     * Claims whose verdict {@code reuse} finds are not checked again. Symja is started in the background
     * when two or more claims are left to check (its start-up then overlaps their numeric witnesses); a
     * single claim starts it only if its check asks Symja something (an identity that expands to 0 in
     * exact arithmetic never does), which is what makes a one-claim re-check fast.
     */
    static List<CheckResult> check(List<Derivation> derivations, CheckSettings settings, Reuse reuse, int threads) {
        List<Callable<CheckResult>> tasks = new ArrayList<>();
        int toCheck = 0;
        for (Derivation d : derivations) {
            ClaimChecker checker = new ClaimChecker(d, settings);
            for (Claim c : d.claims()) {
                java.util.Optional<CheckResult> known = reuse.claim(d, c);
                if (known.isPresent()) {
                    tasks.add(known::get);
                } else {
                    toCheck++;
                    tasks.add(() -> reuse.stored(d, c, checker.check(c)));
                }
            }
        }
        if (toCheck >= 2) {
            settings.symbolic().warmUp();
        }
        if (threads == 1 || tasks.size() < 2) {
            List<CheckResult> results = new ArrayList<>();
            for (Callable<CheckResult> t : tasks) {
                results.add(call(t));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "check", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (Callable<CheckResult> t : tasks) {
                futures.add(pool.submit(t));
            }
            List<CheckResult> results = new ArrayList<>();
            for (Future<CheckResult> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Threads for checking claims: the two cores of the reference machine, more on larger ones. */
    private static final int MAX_THREADS = 4;
    /** The launcher's -Xss8m: expression trees are walked recursively. */
    private static final long STACK_BYTES = 8L << 20;

    private static CheckResult call(Callable<CheckResult> t) {
        try {
            return t.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            // the checker's own exception (e.g. bad input found while checking), as on one thread
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
