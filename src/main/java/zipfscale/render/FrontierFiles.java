package zipfscale.render;

import java.util.Locale;
import zipfscale.fit.IsoFlopFrontier;
import zipfscale.fit.IsoFlopFrontier.Profile;

/**
 * What {@code fits frontier} writes: the fits file ({@code budget}, {@code a_N}, {@code b_D} with their
 * bootstrap intervals, every budget's minimiser in comments, the draws named in {@code # draws:}), the
 * bootstrap draws, and the terminal table.
 */
public final class FrontierFiles {

    private FrontierFiles() {
    }

    /** The fits file that {@code fits check} reads. */
    public static String fitsFile(IsoFlopFrontier.Result r, String drawsFile) {
        StringBuilder b = new StringBuilder();
        b.append("# IsoFLOP frontier (Hoffmann et al.'s Approach 2) by zipfscale fits frontier from ")
                .append(oneLine(r.runs().file())).append('\n');
        b.append(String.format(Locale.ROOT, "# N_opt = %s C^a_N, %s_opt = %s C^b; a parabola of the loss in log N (and"
                + " log %s) per budget; bootstrap over runs within budgets, %d resamples (%d failed), seed %d%n",
                g(r.kN()), r.runs().partner(), g(r.kD()), r.runs().partner(), r.resamples(), r.failed(), r.seed()));
        b.append("# C: ").append(r.runs().computeGiven() ? "the C column" : "6 N " + r.runs().partner() + " (no C column)")
                .append("; budgets: ").append(r.runs().group() != null ? "the budget column"
                        : "log-space bins of " + g(r.binWidth()) + " decades").append('\n');
        for (Profile p : r.profiles()) {
            b.append("# budget ").append(oneLine(p.group().label())).append(String.format(Locale.ROOT, ": C = %s, %d runs, ",
                    g(p.group().c()), p.group().runs().length));
            b.append(p.usable() ? String.format(Locale.ROOT, "N_opt = %s, %s_opt = %s", g(p.nOpt()), r.runs().partner(),
                    g(p.dOpt())) : "left out: " + oneLine(p.problem())).append('\n');
        }
        b.append("# draws: ").append(oneLine(drawsFile)).append('\n');
        if (r.runs().budget() == zipfscale.fit.Budget.NTAU) {
            b.append(String.format(Locale.ROOT, "# tau_opt ~ C^%s [%s, %s] (no quantity of the vocabulary: tau_opt is not D_opt)%n",
                    g(r.bD().value()), g(r.bD().lower()), g(r.bD().upper())));
        }
        b.append("quantity,value,lower,upper,stderr,source\n");
        b.append("budget,").append(r.runs().budget().key()).append(",,,,\"IsoFLOP runs: C ~ N ").append(r.runs().partner())
                .append("\"\n");
        row(b, "a_N", r.aN(), "IsoFLOP minimisers N_opt against C", r);
        if (r.runs().budget() == zipfscale.fit.Budget.ND) {
            row(b, "b_D", r.bD(), "IsoFLOP minimisers D_opt against C", r);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String key, IsoFlopFrontier.Exponent e, String what, IsoFlopFrontier.Result r) {
        String source = String.format(Locale.ROOT, "%s (%s); bootstrap 95%%, seed %d", what, oneLine(r.runs().file()), r.seed());
        b.append(key).append(',').append(g(e.value())).append(',').append(g(Math.min(e.lower(), e.value()))).append(',')
                .append(g(Math.max(e.upper(), e.value()))).append(',').append(g(e.stderr())).append(",\"")
                .append(source.replace("\"", "\"\"")).append("\"\n");
    }

    /** The bootstrap draws, one row per resample: {@code a_N} and {@code b_D} (or {@code param:b_tau}). */
    public static String draws(IsoFlopFrontier.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# bootstrap draws of zipfscale fits frontier (%s), seed %d%n",
                oneLine(r.runs().file()), r.seed()));
        b.append(r.runs().budget() == zipfscale.fit.Budget.ND ? "a_N,b_D\n" : "a_N,param:b_tau\n");
        for (double[] d : r.draws()) {
            b.append(String.format(Locale.ROOT, "%.10g,%.10g%n", d[0], d[1]));
        }
        return b.toString();
    }

    /** The terminal table. */
    public static String table(IsoFlopFrontier.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: IsoFLOP frontier (Approach 2), %d runs, %d budgets; bootstrap %d resamples"
                + " (%d failed), seed %d%n", r.runs().file(), r.runs().size(), r.profiles().size(), r.resamples(), r.failed(),
                r.seed()));
        b.append(String.format(Locale.ROOT, "  %-14s %-12s %-5s %-12s %-12s%n", "budget", "C", "runs", "N_opt",
                r.runs().partner() + "_opt"));
        for (Profile p : r.profiles()) {
            b.append(String.format(Locale.ROOT, "  %-14s %-12s %-5d %s%n", p.group().label(), FitsNumbers.num(p.group().c()),
                    p.group().runs().length, p.usable() ? String.format(Locale.ROOT, "%-12s %-12s",
                            FitsNumbers.num(p.nOpt()), FitsNumbers.num(p.dOpt())) : "left out: " + p.problem()));
        }
        b.append(String.format(Locale.ROOT, "  a_N = %s [%s, %s]   (N_opt ~ C^a_N)%n", FitsNumbers.num(r.aN().value()),
                FitsNumbers.num(r.aN().lower()), FitsNumbers.num(r.aN().upper())));
        b.append(String.format(Locale.ROOT, "  %s = %s [%s, %s]   (%s_opt ~ C^b)%n",
                r.runs().budget() == zipfscale.fit.Budget.ND ? "b_D" : "b_tau", FitsNumbers.num(r.bD().value()),
                FitsNumbers.num(r.bD().lower()), FitsNumbers.num(r.bD().upper()), r.runs().partner()));
        for (IsoFlopFrontier.Note n : r.notes()) {
            b.append("  ").append(r.runs().file()).append(':').append(n.line()).append(": note: ").append(n.message())
                    .append('\n');
        }
        return b.toString();
    }

    static String g(double v) {
        return String.format(Locale.ROOT, "%.8g", v);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
