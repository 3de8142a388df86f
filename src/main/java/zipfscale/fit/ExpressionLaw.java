package zipfscale.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import zipfscale.expr.Expr;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Symbol;
import zipfscale.numerics.DoubleEvaluator;
import zipfscale.numerics.EvaluationException;

/**
 * A law given as a general expression ({@code zipfscale.cas.ExpressionReader} syntax): its free symbols
 * that name data columns are the variables, the others are the parameters, fitted as they are (no log
 * transform, since their signs are unknown; {@link BoundedLaw} adds bounds). Values come from
 * {@link DoubleEvaluator}; the gradient from central differences. No power term is required.
 *
 * <p>An exponent parameter {@code p} of variable {@code v} is recognised in the shapes {@code v^(-p)},
 * {@code 1/v^p} and {@code (c/v)^p} (Kaplan et al.'s form); in {@code (c/v)^p} the parameter {@code c} is a
 * <em>scale</em> of {@code v}. Starting points, built from the data: every exponent in
 * {0.1, 0.3, 0.6, 1, 2}; every scale at the 10%, 50% and 90% points of its column (geometric); every other
 * parameter in {min y, max y, 100 s, 10^4 s} with {@code s = max |y|} (the last two for a coefficient of a
 * decaying power); when that grid has more than {@value #MAX_STARTS} points, a fixed-seed sample of
 * {@value #MAX_STARTS} of them.
 *
 * @param text the law as written
 * @param expr the parsed law
 * @param variables data columns, in order of {@code x}
 * @param symbols the symbol each variable has in {@code expr} (the literal {@code x} may stand for a column)
 * @param parameters the other free symbols, sorted
 * @param exponents exponent parameter -> variable (column)
 * @param scales scale parameter ({@code c} of {@code (c/v)^p}) -> variable (column)
 */
public record ExpressionLaw(String text, Expr expr, List<String> variables, List<String> symbols, List<String> parameters,
        Map<String, String> exponents, Map<String, String> scales) implements LossLaw {
    static final int MAX_STARTS = 200;

    public ExpressionLaw {
        variables = List.copyOf(variables);
        symbols = List.copyOf(symbols);
        parameters = List.copyOf(parameters);
        exponents = Map.copyOf(exponents);
        scales = Map.copyOf(scales);
    }

    /** Finds the scales {@code c} of {@code (c/v)^p} (also {@code (v/c)^(-p)}): parameter -> column. */
    public static Map<String, String> findScales(Expr e, List<String> symbols, List<String> variables,
            List<String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        scales(e, symbols, variables, parameters, out);
        return out;
    }

    private static void scales(Expr e, List<String> symbols, List<String> variables, List<String> parameters,
            Map<String, String> out) {
        if (e instanceof Pow p && p.base() instanceof Mul m && m.factors().size() == 2) {
            String column = null;
            String scale = null;
            for (Expr f : m.factors()) {
                Expr inner = f instanceof Pow q && isMinusOne(q.exponent()) ? q.base() : f;
                if (inner instanceof Symbol s && symbols.contains(s.name())) {
                    column = variables.get(symbols.indexOf(s.name()));
                } else if (inner instanceof Symbol s && parameters.contains(s.name())) {
                    scale = s.name();
                }
            }
            if (column != null && scale != null) {
                out.putIfAbsent(scale, column);
            }
        }
        if (e instanceof Pow p) {
            scales(p.base(), symbols, variables, parameters, out);
            scales(p.exponent(), symbols, variables, parameters, out);
        } else if (e instanceof Mul m) {
            m.factors().forEach(f -> scales(f, symbols, variables, parameters, out));
        } else if (e instanceof zipfscale.expr.Add a) {
            a.terms().forEach(t -> scales(t, symbols, variables, parameters, out));
        }
    }

    /** Finds {@code v^(-p)}, {@code 1/v^p}, {@code (c/v)^p} with {@code v} in {@code symbols}, {@code p} in {@code parameters}. */
    public static Map<String, String> findExponents(Expr e, List<String> symbols, List<String> variables,
            List<String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(e, symbols, variables, parameters, out);
        return out;
    }

    private static void walk(Expr e, List<String> symbols, List<String> variables, List<String> parameters,
            Map<String, String> out) {
        if (e instanceof Pow p) {
            String v = variableIn(p.base(), symbols, variables);
            String param = negatedParameter(p.exponent(), parameters);
            if (v != null && param != null) {
                out.putIfAbsent(param, v);
            }
            if (p.base() instanceof Pow inner && isMinusOne(p.exponent()) && inner.exponent() instanceof Symbol s
                    && parameters.contains(s.name())) {
                String w = variableIn(inner.base(), symbols, variables);
                if (w != null) {
                    out.putIfAbsent(s.name(), w);
                }
            }
            if (p.base() instanceof Mul m && p.exponent() instanceof Symbol s && parameters.contains(s.name())) {
                for (Expr f : m.factors()) {
                    if (f instanceof Pow q && isMinusOne(q.exponent())) {
                        String w = variableIn(q.base(), symbols, variables);
                        if (w != null) {
                            out.putIfAbsent(s.name(), w);
                        }
                    }
                }
            }
            walk(p.base(), symbols, variables, parameters, out);
            walk(p.exponent(), symbols, variables, parameters, out);
        } else if (e instanceof Mul m) {
            m.factors().forEach(f -> walk(f, symbols, variables, parameters, out));
        } else if (e instanceof zipfscale.expr.Add a) {
            a.terms().forEach(t -> walk(t, symbols, variables, parameters, out));
        }
    }

    private static String variableIn(Expr base, List<String> symbols, List<String> variables) {
        if (base instanceof Symbol s && symbols.contains(s.name())) {
            return variables.get(symbols.indexOf(s.name()));
        }
        return null;
    }

    private static String negatedParameter(Expr exponent, List<String> parameters) {
        if (exponent instanceof Mul m && m.factors().size() == 2 && isMinusOne(m.factors().get(0))
                && m.factors().get(1) instanceof Symbol s && parameters.contains(s.name())) {
            return s.name();
        }
        return null;
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Rational r && r.equals(Expr.num(-1));
    }

    @Override
    public double logValue(double[] x, double[] theta) {
        double v = value(x, theta);
        return v > 0 ? Math.log(v) : Double.NaN;
    }

    @Override
    public double value(double[] x, double[] theta) {
        Map<String, Double> env = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            env.put(symbols.get(i), x[i]);
        }
        for (int k = 0; k < parameters.size(); k++) {
            env.put(parameters.get(k), theta[k]);
        }
        try {
            return DoubleEvaluator.evaluate(expr, env);
        } catch (EvaluationException | ArithmeticException e) {
            return Double.NaN;
        }
    }

    @Override
    public double[] logGradient(double[] x, double[] theta) {
        return differences(x, theta, true);
    }

    @Override
    public double[] gradient(double[] x, double[] theta) {
        return differences(x, theta, false);
    }

    /** Central differences of {@code log L} or {@code L}, step {@code 1e-6 max(1, |theta_k|)}. */
    private double[] differences(double[] x, double[] theta, boolean log) {
        double[] g = new double[theta.length];
        double[] t = theta.clone();
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(theta[k]));
            t[k] = theta[k] + h;
            double up = log ? logValue(x, t) : value(x, t);
            t[k] = theta[k] - h;
            double down = log ? logValue(x, t) : value(x, t);
            t[k] = theta[k];
            g[k] = (up - down) / (2 * h);
        }
        return g;
    }

    @Override
    public List<double[]> startingPoints(LossData data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (double l : data.loss()) {
            min = Math.min(min, l);
            max = Math.max(max, l);
            scale = Math.max(scale, Math.abs(l));
        }
        scale = scale > 0 ? scale : 1;
        List<double[]> choices = new ArrayList<>();
        for (String p : parameters) {
            if (exponents.containsKey(p)) {
                choices.add(new double[] {0.1, 0.3, 0.6, 1, 2});
            } else if (scales.containsKey(p)) {
                choices.add(columnPoints(data, variables.indexOf(scales.get(p))));
            } else {
                choices.add(min == max ? new double[] {min, 100 * scale, 1e4 * scale}
                        : new double[] {min, max, 100 * scale, 1e4 * scale});
            }
        }
        List<double[]> grid = new ArrayList<>();
        grid.add(new double[parameters.size()]);
        for (int k = 0; k < parameters.size(); k++) {
            List<double[]> next = new ArrayList<>();
            for (double[] g : grid) {
                for (double c : choices.get(k)) {
                    double[] h = g.clone();
                    h[k] = c;
                    next.add(h);
                }
            }
            grid = next;
        }
        if (grid.size() <= MAX_STARTS) {
            return grid;
        }
        SplittableRandom r = new SplittableRandom(7);
        List<double[]> sample = new ArrayList<>(grid);
        for (int i = 0; i < MAX_STARTS; i++) {
            java.util.Collections.swap(sample, i, i + r.nextInt(sample.size() - i));
        }
        return sample.subList(0, MAX_STARTS);
    }

    /** The 10%, 50% and 90% points (order statistics) of a column. */
    private static double[] columnPoints(LossData data, int column) {
        double[] v = new double[data.size()];

        for (int i = 0; i < v.length; i++) {
            v[i] = data.x()[i][column];

        }
        java.util.Arrays.sort(v);
        double[] out = new double[3];
        double[] at = {0.1, 0.5, 0.9};
        for (int j = 0; j < 3; j++) {
            double q = v[(int) Math.round(at[j] * (v.length - 1))];
            out[j] = q;
        }
        return out;
    }

    @Override
    public double[] reported(double[] theta) {
        return theta.clone();
    }
}
