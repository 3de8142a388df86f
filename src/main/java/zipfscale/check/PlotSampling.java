package zipfscale.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zipfscale.claims.Derivation;
import zipfscale.claims.Plot;
import zipfscale.claims.PlotSeries;
import zipfscale.expr.Expr;
import zipfscale.expr.Substitution;
import zipfscale.numerics.EvaluationException;

/**
 * Samples a {@code plot}: {@value #POINTS} points per curve, evenly spaced in x (in log x on a log axis),
 * both ends included, evaluated with the double evaluator. Points whose value is not finite, cannot be
 * evaluated, or is not positive on a log y axis are dropped and counted, with the first reason kept.
 */
final class PlotSampling {
    /** Points per curve: enough for a smooth line, few enough for a readable .tex file. */
    static final int POINTS = 101;

    private final NumericBackend numeric;

    PlotSampling(NumericBackend numeric) {
        this.numeric = numeric;
    }

    PlotResult sample(Derivation d, Plot p, ExhibitChecker.Preparation prep) {
        double lo = numeric.evaluateDouble(prep.prepare(p.range().lower(), p.where()), Map.of());
        double hi = numeric.evaluateDouble(prep.prepare(p.range().upper(), p.where()), Map.of());
        double[] xs = abscissas(lo, hi, p.scale().logX());
        Expr e = prep.prepare(p.expression(), p.where());
        List<PlotCurve> curves = new ArrayList<>();
        int dropped = 0;
        String reason = null;
        List<Expr> values = p.series().map(PlotSeries::values).orElse(List.of());
        for (int c = 0; c < Math.max(1, values.size()); c++) {
            Expr curve = e;
            String label = "";
            if (!values.isEmpty()) {
                PlotSeries s = p.series().get();
                Expr v = prep.prepare(values.get(c), p.where());
                curve = Substitution.apply(e, Map.of(s.name(), v));
                label = s.name() + " = " + numberText(numeric.evaluateDouble(v, Map.of()));
            }
            List<PlotPoint> points = new ArrayList<>();
            for (double x : xs) {
                String why;
                try {
                    double y = numeric.evaluateDouble(curve, Map.of(p.variable(), x));
                    if (!Double.isFinite(y)) {
                        why = "not finite at " + p.variable() + " = " + x;
                    } else if (p.scale().logY() && !(y > 0)) {
                        why = "not positive (log y axis) at " + p.variable() + " = " + x;
                    } else {
                        points.add(new PlotPoint(x, y));
                        continue;
                    }
                } catch (EvaluationException ex) {
                    why = ex.getMessage() + " at " + p.variable() + " = " + x;
                }
                dropped++;
                if (reason == null) {
                    reason = (label.isEmpty() ? "" : label + ": ") + why;
                }
            }
            curves.add(new PlotCurve(label, points));
        }
        return new PlotResult(d, p, lo, hi, curves, xs.length, dropped, Optional.ofNullable(reason));
    }

    /** {@value #POINTS} abscissas from lo to hi, geometric when {@code log}; the ends exact. */
    static double[] abscissas(double lo, double hi, boolean log) {
        double[] xs = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double t = (double) i / (POINTS - 1);
            xs[i] = log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
        }
        xs[0] = lo;
        xs[POINTS - 1] = hi;
        return xs;
    }

    /** A series value for a legend: six significant digits, plain from 1e-4 to 1e6, else {@code 1e+21}. */
    static String numberText(double v) {
        BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double a = Math.abs(v);
        if (v == 0 || a >= 1e-4 && a < 1e6) {
            return b.toPlainString();
        }
        return b.toString().replace("E+", "e").replace("E", "e");
    }
}
