package zipfscale.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import zipfscale.diag.InputException;
import zipfscale.pipeline.CheckRun;

/**
 * The fuzzing campaign of issue 21, in-process (one JVM for every input). Input {@code i} of seed
 * {@code s} is a pure function of (s, i), so a run is reproducible and can resume at any index.
 *
 * <p>Mix: 40% mutants of the scripts of derivations/ and the test corpus and 15% generated expression
 * scripts, both through the parser and elaborator ({@code CheckRun.read}, what every command does first);
 * one in {@code fullEvery} (100) of those that elaborate is cut to its header and one claim and checked fully
 * ({@code zipfscale check}, Symja and both witnesses, --timeout 2); 30% {@code eval} command lines, one in
 * {@code refEvery} (100) of the double results compared with the 40-digit mode ({@code --digits 40}); 15% fits
 * files through {@code zipfscale fits check --samples 1000}.
 *
 * <p>Usage: {@code bench/fuzz [--seed N] [--inputs N] [--from I] [--resume] [--full-every N] [--ref-every N]
 * [--work DIR] [--sweep N]}: inputs [from, inputs); --sweep N adds the honesty sweep with N draws per function
 * (defaults 21, 100000, 100, 100, target/fuzz).
 */
public final class FuzzCampaign {
    private final long seed;
    private final int fullEvery;
    private final int refEvery;
    private final Path work;
    private final List<String> scripts;
    private final List<String> fits;
    private final Probe probe = new Probe();
    private final Tally tally;
    private final ObjectMapper json = new ObjectMapper();
    private long lastElapsedBase;
    /** Scripts that elaborated so far in this run: every {@code fullEvery}-th is checked fully. */
    private long elaborated;

    FuzzCampaign(long seed, int fullEvery, int refEvery, Path work, Tally tally) throws IOException {
        this.seed = seed;
        this.fullEvery = fullEvery;
        this.refEvery = refEvery;
        this.work = work;
        this.tally = tally;
        tally.seed = seed;
        this.scripts = corpus(List.of(Path.of("derivations"), Path.of("src/test/resources/scripts")), ".zs");
        this.fits = corpus(List.of(Path.of("examples/fits")), ".csv");
        Files.createDirectories(work.resolve("tmp"));
        Files.createDirectories(work.resolve("out"));
        Files.createDirectories(work.resolve("failures"));
    }

    private static List<String> corpus(List<Path> roots, String ext) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(ext)).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (java.nio.charset.MalformedInputException e) {
                // a deliberately broken test script: skip it
            }
        }
        return out;
    }

    /** Runs inputs [tally.next, end); saves the state every 500 inputs. */
    Tally run(long end) throws IOException {
        long start = System.currentTimeMillis();
        lastElapsedBase = tally.elapsedMillis;
        for (long i = tally.next; i < end; i++) {
            one(i);
            tally.next = i + 1;
            if (tally.next % 500 == 0 || tally.next == end) {
                tally.elapsedMillis = lastElapsedBase + System.currentTimeMillis() - start;
                tally.save(work.resolve("state.properties"));
            }
        }
        tally.elapsedMillis = lastElapsedBase + System.currentTimeMillis() - start;
        tally.save(work.resolve("state.properties"));
        return tally;
    }

    private void one(long i) throws IOException {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int kind = r.nextInt(100);
        long t0 = System.nanoTime();
        String k;
        if (kind < 40) {
            k = "script";
            String base = scripts.get(r.nextInt(scripts.size()));
            script(k, i, ScriptMutator.mutate(base, r), r);
        } else if (kind < 55) {
            k = "expression";
            script(k, i, ScriptMutator.encode(ExpressionGrammar.script(r), r), r);
        } else if (kind < 85) {
            k = "eval";
            eval(i, r);
        } else {
            k = "fits";
            fits(i, FitsMutator.mutate(fits.get(r.nextInt(fits.size())), r));
        }
        tally.counts.merge("time." + k + ".ms", (System.nanoTime() - t0) / 1_000_000, Long::sum);
    }

    private void script(String kind, long i, byte[] bytes, SplittableRandom r) throws IOException {
        Path in = work.resolve("tmp/in.zs");
        Files.write(in, bytes);
        Probe.Result res;
        try {
            res = probe.within(10_000, () -> {
                try {
                    CheckRun.read(List.of(in));
                    return new Probe.Result(Outcome.ACCEPTED, "");
                } catch (InputException e) {
                    return Probe.errorClass(e.getMessage(), true);
                }
            });
            if (res == null) {
                res = new Probe.Result(Outcome.HANG, "parse/elaborate over 10 s");
            }
        } catch (Throwable t) {
            res = new Probe.Result(Outcome.INTERNAL_ERROR, t.getClass().getName() + " at " + firstOwnFrame(t));
        }
        record(kind, i, res, bytes, ".zs");
        tally.note("stage." + kind + (res.outcome() == Outcome.ACCEPTED ? ".elaborated" : ".rejected"));
        if (res.outcome() == Outcome.ACCEPTED && ++elaborated % fullEvery == 0) {
            byte[] cut = oneClaim(new String(bytes, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8);
            Path full = work.resolve("tmp/full.zs");
            Files.write(full, cut);
            long t0 = System.nanoTime();
            Probe.Ran ran = probe.command(300_000, "check", full.toString(), "--timeout", "2", "--out",
                    work.resolve("out").toString());
            tally.counts.merge("time.fullcheck.ms", (System.nanoTime() - t0) / 1_000_000, Long::sum);
            Probe.Result fr = Probe.classify(ran, true);
            tally.note("check.full." + fr.outcome().name());
            record(kind, i, fr, cut, ".full.zs");
        }
    }

    /** The script's header statements and one of its claims (a full check of a whole script takes long). */
    static String oneClaim(String text, SplittableRandom r) {
        List<String> lines = List.of(text.split("\r?\n|\r", -1));
        List<Integer> claims = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith("claim ")) {
                claims.add(k);
            }
        }
        int keep = claims.isEmpty() ? -1 : claims.get(r.nextInt(claims.size()));
        StringBuilder b = new StringBuilder();
        boolean inBlock = false;
        boolean keepBlock = false;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            boolean top = !l.isEmpty() && !Character.isWhitespace(l.charAt(0));
            if (top) {
                inBlock = l.startsWith("claim ") || l.startsWith("value ") || l.startsWith("plot ")
                        || l.startsWith("extrapolate ");
                keepBlock = !inBlock || k == keep;
            }
            if (keepBlock || l.isBlank()) {
                b.append(l).append('\n');
            }
        }
        return b.toString();
    }

    private void eval(long i, SplittableRandom r) throws IOException {
        boolean compare = i % refEvery == 0;
        String[] cmd;
        if (compare) {
            cmd = new String[] {"eval", EvalCalls.call(r), "--json", "--timeout", "5"};
        } else {
            cmd = EvalCalls.commandLine(r);
        }
        Probe.Ran ran = probe.command(20_000, cmd);
        Probe.Result res = Probe.classify(ran, false);
        if (res.outcome() == Outcome.ACCEPTED && ran.exit() == 0 && compare) {
            res = compareWithReference(cmd[1], ran.out());
        }
        record("eval", i, res, String.join(" ", cmd).getBytes(StandardCharsets.UTF_8), ".txt");
    }

    /** The double result against {@code --digits 40}: the distance must not exceed the two bounds. */
    private Probe.Result compareWithReference(String call, String doubleJson) {
        long t0 = System.nanoTime();
        Probe.Ran ref = probe.command(120_000, "eval", call, "--digits", "40", "--json", "--timeout", "60");
        tally.counts.merge("time.reference.ms", (System.nanoTime() - t0) / 1_000_000, Long::sum);
        if (ref == null || ref.exit() != 0) {
            tally.note("check.reference.unavailable");
            return new Probe.Result(Outcome.ACCEPTED, "");
        }
        try {
            JsonNode d = json.readTree(doubleJson);
            JsonNode p = json.readTree(ref.out());
            BigDecimal v = new BigDecimal(d.get("value").asText());
            BigDecimal e = new BigDecimal(d.get("error").asText());
            BigDecimal pv = new BigDecimal(p.get("value").asText().replace("E", "e"));
            BigDecimal pe = new BigDecimal(p.get("error").asText());
            tally.note("check.reference.compared");
            if (v.subtract(pv).abs().compareTo(e.add(pe)) > 0) {
                return new Probe.Result(Outcome.FALSE_BOUND, call.replaceAll("=[^,)]*", "=_") + ": |" + v + " - " + pv
                        + "| > " + e + " + " + pe);
            }
            return new Probe.Result(Outcome.BOUND_KEPT, "");
        } catch (IOException | RuntimeException ex) {
            return new Probe.Result(Outcome.INTERNAL_ERROR, "unreadable eval --json output: " + ex);
        }
    }

    /** The reader stage for every fits file; one in 10 of those it reads is checked ({@code fits check}). */
    private void fits(long i, byte[] bytes) throws IOException {
        Path in = work.resolve("tmp/in.csv");
        Files.write(in, bytes);
        Probe.Result res;
        try {
            res = probe.within(10_000, () -> {
                try {
                    zipfscale.fit.FitsFileReader.read(in);
                    return new Probe.Result(Outcome.ACCEPTED, "");
                } catch (InputException e) {
                    return Probe.errorClass(e.getMessage(), false);
                }
            });
            if (res == null) {
                res = new Probe.Result(Outcome.HANG, "fits reader over 10 s");
            }
        } catch (Throwable t) {
            res = new Probe.Result(Outcome.INTERNAL_ERROR, t.getClass().getName() + " at " + firstOwnFrame(t));
        }
        record("fits", i, res, bytes, ".csv");
        if (res.outcome() == Outcome.ACCEPTED && i % 10 == 0) {
            Probe.Ran ran = probe.command(60_000, "fits", "check", in.toString(), "--samples", "1000", "--out",
                    work.resolve("out").toString());
            Probe.Result fr = Probe.classify(ran, false);
            tally.note("check.fits." + fr.outcome().name());
            record("fits", i, fr, bytes, ".checked.csv");
        }
    }

    private void record(String kind, long i, Probe.Result res, byte[] input, String ext) throws IOException {
        tally.add(kind, res.outcome());
        if (!res.outcome().clean()) {
            String key = kind + " " + res.outcome().name() + ": " + normalise(res.detail());
            if (tally.fail(key)) {
                Files.write(work.resolve("failures/" + i + ext), input);
                Files.writeString(work.resolve("failures/" + i + ".why"), key + "\n" + res.detail() + "\n");
            }
        }
    }

    /** A failure's class: its detail with numbers and file names taken out. */
    private static String normalise(String detail) {
        String d = detail.replaceAll("[0-9.eE+-]{2,}", "#").replaceAll("/[^ :]*\\.(zs|csv)", "FILE");
        return d.length() > 160 ? d.substring(0, 160) : d;
    }

    private static String firstOwnFrame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("zipfscale.")) {
                return e.getClassName() + "." + e.getMethodName();
            }
        }
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "?";
    }

    /** Runs a campaign; exit code 0 when every input ended clean. */
    public static void main(String[] args) throws IOException {
        long seed = 21;
        long inputs = 100_000;
        boolean resume = false;
        int fullEvery = 100;
        int refEvery = 100;
        Path work = Path.of("target/fuzz");
        long from = 0;
        int sweep = 0;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--seed" -> seed = Long.parseLong(args[++k]);
                case "--inputs" -> inputs = Long.parseLong(args[++k]);
                case "--resume" -> resume = true;
                case "--full-every" -> fullEvery = Integer.parseInt(args[++k]);
                case "--ref-every" -> refEvery = Integer.parseInt(args[++k]);
                case "--work" -> work = Path.of(args[++k]);
                case "--from" -> from = Long.parseLong(args[++k]);
                case "--sweep" -> sweep = Integer.parseInt(args[++k]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]);
            }
        }
        Files.createDirectories(work);
        Path state = work.resolve("state.properties");
        Tally tally = resume && Files.exists(state) ? Tally.load(state) : new Tally();
        if (resume && tally.seed != seed && Files.exists(state)) {
            throw new IllegalArgumentException("the saved state is for seed " + tally.seed);
        }
        if (tally.next < from) {
            tally.next = from;
        }
        Tally done = new FuzzCampaign(seed, fullEvery, refEvery, work, tally).run(inputs);
        System.out.print(done.report());
        boolean clean = done.failureCount() == 0;
        if (sweep > 0) {
            long t0 = System.currentTimeMillis();
            HonestySweep.Result s = new HonestySweep().run(seed, sweep);
            System.out.printf("honesty sweep: %d per function, %d compared with 40 digits, %d refused (underflow),"
                    + " %d outside draws refused, %d failures, %.1f s%n", sweep, s.compared, s.refused,
                    s.outsideRefused, s.failures.size(), (System.currentTimeMillis() - t0) / 1000.0);
            s.failures.forEach(f -> System.out.println("  " + f));
            clean &= s.failures.isEmpty();
        }
        System.out.flush();
        Runtime.getRuntime().halt(clean ? 0 : 1);
    }

    /** For tests: a fresh campaign of {@code inputs} inputs in {@code work}. */
    static Tally slice(long seed, long inputs, int fullEvery, int refEvery, Path work) {
        try {
            return new FuzzCampaign(seed, fullEvery, refEvery, work, new Tally()).run(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
