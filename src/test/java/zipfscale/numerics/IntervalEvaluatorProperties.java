package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import zipfscale.gen.ExprGen;
import zipfscale.numerics.EvaluationException;
import zipfscale.numerics.PreciseEvaluator;

/**
 * Interval arithmetic is sound: for random expressions, random boxes of their parameters and a random
 * point inside, the enclosure contains the value computed independently at 40 digits, and a sign read
 * off the enclosure is the sign of the value. Cases reach both outcomes: enclosures that fix a sign and
 * enclosures that do not.
 */
class IntervalEvaluatorProperties {

    @Test
    void enclosuresContainTheValueAtEveryPointOfTheBox() {
        AtomicInteger signed = new AtomicInteger();
        AtomicInteger unsigned = new AtomicInteger();
        List<String> names = ExprGen.POSITIVE_SYMBOLS;
        qt().withFixedSeed(34L).withExamples(500)
                .forAll(ExprGen.evaluable(2), lists().of(doubles().between(0.05, 4)).ofSize(names.size()),
                        lists().of(doubles().between(0, 3)).ofSize(names.size()),
                        lists().of(doubles().between(0, 1)).ofSize(names.size()))
                .checkAssert((e, los, widths, where) -> {
                    Map<String, Interval> boxes = new HashMap<>();
                    Map<String, BigDecimal> point = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        double lo = los.get(i);
                        double hi = lo + widths.get(i);
                        boxes.put(names.get(i), new Interval(lo, hi));
                        point.put(names.get(i), new BigDecimal(Math.min(hi, lo + where.get(i) * (hi - lo))));
                    }
                    Apfloat v;
                    try {
                        v = PreciseEvaluator.evaluate(e, point, 40);
                    } catch (EvaluationException | ArithmeticException ex) {
                        return;
                    }
                    Interval enc = new IntervalEvaluator(boxes).enclose(e);
                    BigDecimal value = new BigDecimal(v.toString(true));
                    // the 40-digit value carries a relative error below 1e-38: allow 1e-35 of slack
                    BigDecimal slack = value.abs().multiply(new BigDecimal("1e-35")).add(new BigDecimal("1e-300"));
                    if (enc.lo() != Double.NEGATIVE_INFINITY) {
                        assertTrue(value.add(slack).compareTo(new BigDecimal(enc.lo())) >= 0,
                                e + " = " + value + " below " + enc);
                    }
                    if (enc.hi() != Double.POSITIVE_INFINITY) {
                        assertTrue(value.subtract(slack).compareTo(new BigDecimal(enc.hi())) <= 0,
                                e + " = " + value + " above " + enc);
                    }
                    if (enc.positive()) {
                        assertTrue(value.signum() > 0, e + " = " + value + " not positive, enclosure " + enc);
                    }
                    if (enc.negative()) {
                        assertTrue(value.signum() < 0, e + " = " + value + " not negative, enclosure " + enc);
                    }
                    (enc.positive() || enc.negative() ? signed : unsigned).incrementAndGet();
                });
        assertTrue(signed.get() > 30 && unsigned.get() > 10, "both outcomes: " + signed + " signed, " + unsigned);
    }
}
