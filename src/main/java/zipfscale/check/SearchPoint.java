package zipfscale.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate of the search: the sizes and whole parameters (the shape), the vectors, and the real
 * parameters, with both sides' double values once evaluated.
 *
 * @param margin the violation relative to the larger side: {@code (lhs - rhs)/max(|lhs|, |rhs|)} for
 *     {@code <=} (positive: violated), {@code (rhs - lhs)/...} for {@code >=}, {@code |lhs - rhs|/...} for
 *     {@code ==}
 */
record SearchPoint(Map<String, Double> fixed, Map<String, double[]> vectors, Map<String, Double> reals, double lhs,
        double rhs, double margin, boolean violated) {

    /** The environment of the double evaluator: fixed and real parameters, and one entry per atom. */
    static Map<String, Double> environment(Map<String, Double> fixed, Map<String, double[]> vectors,
            Map<String, Double> reals) {
        Map<String, Double> env = new LinkedHashMap<>(fixed);
        env.putAll(reals);
        for (Map.Entry<String, double[]> e : vectors.entrySet()) {
            double[] v = e.getValue();
            for (int j = 0; j < v.length; j++) {
                env.put(SequenceUnrolling.symbol(e.getKey(), j + 1), v[j]);
            }
        }
        return env;
    }
}
