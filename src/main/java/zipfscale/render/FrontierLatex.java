package zipfscale.render;

import java.util.Locale;
import zipfscale.fit.IsoFlopFrontier;
import zipfscale.fit.IsoFlopFrontier.Profile;

/**
 * The LaTeX fragment of {@code fits frontier} (for {@code \input}; needs pgfplots): left, the IsoFLOP
 * profiles (every run's loss against N, one mark style per budget, each budget's fitted parabola and its
 * minimiser); right, the frontier {@code N_opt} against {@code C} on log-log axes with the fitted power law.
 */
public final class FrontierLatex {
    private static final int CURVE_POINTS = 40;

    private FrontierLatex() {
    }

    public static String render(IsoFlopFrontier.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("% IsoFLOP profiles and compute-optimal frontier (zipfscale fits frontier); needs \\usepackage{pgfplots}\n");
        b.append("\\begin{figure}[ht]\n\\centering\n\\begin{tikzpicture}\n");
        b.append("\\begin{axis}[name=iso, width=0.47\\textwidth, xmode=log, xlabel={$N$}, ylabel={loss},"
                + " title={IsoFLOP profiles}, legend style={font=\\tiny}, legend pos=north east]\n");
        for (Profile p : r.profiles()) {
            b.append("\\addplot+[only marks, mark size=1pt] coordinates {");
            for (int i : p.group().runs()) {
                b.append(String.format(Locale.ROOT, "(%.6g,%.6g)", r.runs().n()[i], r.runs().loss()[i]));
            }
            b.append("};\n");
            b.append("\\addlegendentry{$C = ").append(tex(p.group().c())).append("$}\n");
            if (p.coefN() != null && !Double.isNaN(p.coefN()[0])) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i : p.group().runs()) {
                    lo = Math.min(lo, Math.log(r.runs().n()[i]));
                    hi = Math.max(hi, Math.log(r.runs().n()[i]));
                }
                b.append("\\addplot[no marks, forget plot] coordinates {");
                for (int k = 0; k < CURVE_POINTS; k++) {
                    double u = lo + (hi - lo) * k / (CURVE_POINTS - 1);
                    double[] c = p.coefN();
                    b.append(String.format(Locale.ROOT, "(%.6g,%.6g)", Math.exp(u), c[0] + c[1] * u + c[2] * u * u));
                }
                b.append("};\n");
            }
        }
        b.append("\\end{axis}\n");
        b.append("\\begin{axis}[at={(iso.east)}, anchor=west, xshift=1.6cm, width=0.47\\textwidth, xmode=log, ymode=log,"
                + " xlabel={$C$}, ylabel={$N_{\\mathrm{opt}}$}, title={Frontier}]\n");
        b.append("\\addplot[only marks, mark=*] coordinates {");
        double cLo = Double.POSITIVE_INFINITY;
        double cHi = 0;
        for (Profile p : r.profiles()) {
            if (p.usable()) {
                b.append(String.format(Locale.ROOT, "(%.6g,%.6g)", p.group().c(), p.nOpt()));
                cLo = Math.min(cLo, p.group().c());
                cHi = Math.max(cHi, p.group().c());
            }
        }
        b.append("};\n");
        b.append(String.format(Locale.ROOT, "\\addplot[no marks] coordinates {(%.6g,%.6g)(%.6g,%.6g)};%n", cLo,
                r.kN() * Math.pow(cLo, r.aN().value()), cHi, r.kN() * Math.pow(cHi, r.aN().value())));
        b.append("\\end{axis}\n\\end{tikzpicture}\n");
        b.append(String.format(Locale.ROOT, "\\caption{IsoFLOP profiles of \\texttt{%s} (a parabola in $\\log N$ per"
                + " budget) and the frontier $N_{\\mathrm{opt}} \\propto C^{a_N}$, $a_N = %s$ [%s, %s] (bootstrap 95\\%%,"
                + " seed %d).}%n", LatexText.escape(r.runs().file()), FitsNumbers.num(r.aN().value()),
                FitsNumbers.num(r.aN().lower()), FitsNumbers.num(r.aN().upper()), r.seed()));
        b.append("\\end{figure}\n");
        return b.toString();
    }

    private static String tex(double v) {
        int e = (int) Math.floor(Math.log10(v));
        double m = v / Math.pow(10, e);
        return String.format(Locale.ROOT, "%.2f \\times 10^{%d}", m, e);
    }
}
