package zipfscale.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Which sizes and whole parameters the search visits (issue 15), smallest sizes first: every size of a
 * range of at most {@value #ALL_SIZES} values, else the first {@value #HEAD} and a geometric ladder to the
 * top (the top included); for each, whole parameters at both ends, next to them, the middle and one
 * random value (all of them when there are at most {@value #ALL_WHOLES}).
 */
final class ShapePlan {
    static final int ALL_SIZES = 64;
    static final int HEAD = 32;
    static final int ALL_WHOLES = 6;
    private static final int MAX_WHOLE_COMBINATIONS = 16;

    private ShapePlan() {
    }

    static List<Map<String, Double>> fixedValues(QuantifiedClaim claim, SplittableRandom random) {
        List<Map<String, Double>> sizeChoices = new ArrayList<>();
        sizeChoices.add(new LinkedHashMap<>());
        int perSize = claim.sizes.size() > 1 ? 8 : Integer.MAX_VALUE;
        for (Map.Entry<String, int[]> e : claim.sizes.entrySet()) {
            List<Integer> values = sizes(e.getValue()[0], e.getValue()[1], perSize);
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> m : sizeChoices) {
                for (int v : values) {
                    Map<String, Double> c = new LinkedHashMap<>(m);
                    c.put(e.getKey(), (double) v);
                    next.add(c);
                }
            }
            sizeChoices = next;
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Double> sizes : sizeChoices) {
            List<Map<String, Double>> combos = new ArrayList<>();
            combos.add(sizes);
            for (String w : claim.wholes) {
                List<Map<String, Double>> next = new ArrayList<>();
                for (Map<String, Double> m : combos) {
                    double[] r = claim.range(w, m);
                    for (long v : wholes(r, random)) {
                        Map<String, Double> c = new LinkedHashMap<>(m);
                        c.put(w, (double) v);
                        next.add(c);
                    }
                }
                combos = next;
            }
            while (combos.size() > MAX_WHOLE_COMBINATIONS) {
                combos.remove(1 + random.nextInt(combos.size() - 2));
            }
            out.addAll(combos);
        }
        return out;
    }

    static List<Integer> sizes(int lo, int hi, int cap) {
        TreeSet<Integer> s = new TreeSet<>();
        if (hi - lo + 1 <= Math.min(ALL_SIZES, cap)) {
            for (int k = lo; k <= hi; k++) {
                s.add(k);
            }
        } else {
            int head = Math.min(HEAD, cap / 2);
            for (int k = lo; k < lo + head; k++) {
                s.add(k);
            }
            int ladder = Math.min(16, cap - head);
            double from = Math.log(lo + head);
            double to = Math.log(hi);
            for (int i = 0; i <= ladder; i++) {
                s.add((int) Math.round(Math.exp(from + (to - from) * i / ladder)));
            }
            s.add(hi);
        }
        return new ArrayList<>(s);
    }

    private static List<Long> wholes(double[] r, SplittableRandom random) {
        long lo = (long) Math.ceil(r[0]);
        long hi = (long) Math.floor(r[1]);
        TreeSet<Long> s = new TreeSet<>();
        if (hi < lo) {
            return new ArrayList<>(s);
        }
        if (hi - lo + 1 <= ALL_WHOLES) {
            for (long v = lo; v <= hi; v++) {
                s.add(v);
            }
        } else {
            s.add(lo);
            s.add(lo + 1);
            s.add((lo + hi) / 2);
            s.add(hi - 1);
            s.add(hi);
            s.add(lo + (long) (random.nextDouble() * (hi - lo + 1)));
        }
        return new ArrayList<>(s);
    }
}
