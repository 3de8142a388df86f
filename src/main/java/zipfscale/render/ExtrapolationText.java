package zipfscale.render;

import java.util.List;
import java.util.Locale;
import zipfscale.fit.ExtrapolationFit;
import zipfscale.fit.ExtrapolationResult;

/**
 * The terminal table of {@code extrapolate} statements printed by {@code zipfscale check} below the claims:
 * per statement its verdict and fit, then one row per target (C, prediction, 95% prediction interval,
 * truth, inside or not, relative error against the interval's implied bound). Empty without statements.
 */
public final class ExtrapolationText {

    private ExtrapolationText() {
    }

    public static String print(List<ExtrapolationResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (ExtrapolationResult r : results) {
            out.append(String.format(Locale.ROOT, "%nextrapolation %s:%d %s  %s%n", r.extrapolation().span().file(),
                    r.extrapolation().span().line(), r.extrapolation().id(), r.verdict()));
            if (r.fit() != null) {
                out.append(String.format(Locale.ROOT, "  fit a*C^b + c: a = %s [%s, %s], b = %s [%s, %s], c = %s [%s, %s]%n",
                        g(r.fit().a().value()), g(r.fit().a().lower()), g(r.fit().a().upper()),
                        g(r.fit().b().value()), g(r.fit().b().lower()), g(r.fit().b().upper()),
                        g(r.fit().c().value()), g(r.fit().c().lower()), g(r.fit().c().upper())));
            }
            if (!r.targets().isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-12s  %-12s  %-27s  %-12s  %-6s  %-9s  %s%n", "C",
                        "predicted", "95% prediction interval", "truth", "inside", "rel.err", "bound"));
            }
            for (ExtrapolationResult.Target t : r.targets()) {
                ExtrapolationFit.Prediction p = t.prediction();
                out.append(String.format(Locale.ROOT, "  %-12s  %-12s  %-27s  %-12s  %-6s  %-9s  %s%n", g(p.c()),
                        g(p.predicted()), "[" + g(p.lower()) + ", " + g(p.upper()) + "]", g(t.truth()),
                        t.inside() ? "yes" : "NO", pct(t.relativeError()), pct(p.relativeBound())));
            }
            out.append("  ").append(r.reason()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3g%%", 100 * v);
    }
}
