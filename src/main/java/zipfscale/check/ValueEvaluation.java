package zipfscale.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatRuntimeException;
import zipfscale.claims.Binding;
import zipfscale.claims.Derivation;
import zipfscale.claims.NumericRange;
import zipfscale.claims.Value;
import zipfscale.expr.Expr;
import zipfscale.numerics.EvaluationException;

/**
 * Evaluates a {@code value}: with the 40-digit evaluator, confirmed by the double evaluator (the two must
 * agree within {@link Tolerance#DOUBLE}). A failed or non-finite evaluation, or two that disagree, is
 * UNDECIDED with the reason, never a silent number. With {@code expect in [lo, hi]}: CHECKED when the
 * value lies in the range in both precisions, REFUTED when it lies outside in both, UNDECIDED when the
 * two precisions put it on different sides of an end.
 */
final class ValueEvaluation {
    /** Significant digits of the reported decimal value. */
    static final int SHOWN_DIGITS = 20;

    private final CheckSettings settings;

    ValueEvaluation(CheckSettings settings) {
        this.settings = settings;
    }

    ValueResult evaluate(Derivation d, Value v, ExhibitChecker.Preparation prep) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (Binding b : v.where()) {
            inputs.put(b.name(), orNaN(prep.prepare(b.value(), List.of())));
        }
        Expr e = prep.prepare(v.expression(), v.where());
        Apfloat precise;
        try {
            precise = settings.numeric().evaluatePrecise(e, Map.of(), settings.digits());
        } catch (EvaluationException | ArithmeticException | ApfloatRuntimeException ex) {
            return undecided(d, v, inputs, Optional.empty(), "the " + settings.digits()
                    + "-digit evaluation failed: " + ex.getMessage());
        }
        Optional<String> digits = Optional.of(digits(precise));
        double fromPrecise = precise.doubleValue();
        if (!Double.isFinite(fromPrecise)) {
            return undecided(d, v, inputs, digits, "the value " + digits.get() + " is beyond the range of double");
        }
        double dbl;
        try {
            dbl = settings.numeric().evaluateDouble(e, Map.of());
        } catch (EvaluationException ex) {
            return undecided(d, v, inputs, digits, "no double confirmation of " + digits.get() + ": "
                    + ex.getMessage());
        }
        if (!Double.isFinite(dbl)) {
            return undecided(d, v, inputs, digits, "the double evaluation is not finite (" + dbl
                    + "); 40 digits give " + digits.get());
        }
        if (!Tolerance.DOUBLE.equal(dbl, fromPrecise)) {
            return undecided(d, v, inputs, digits, "the " + settings.digits() + "-digit (" + digits.get()
                    + ") and the double (" + dbl + ") evaluations disagree");
        }
        String how = "evaluated with " + settings.digits() + " digits, confirmed in double (" + Tolerance.DOUBLE + ")";
        if (v.expect().isEmpty()) {
            return new ValueResult(d, v, inputs, OptionalDouble.of(fromPrecise), digits, Optional.empty(), how);
        }
        NumericRange r = v.expect().get();
        Apfloat lo;
        Apfloat hi;
        double loD;
        double hiD;
        try {
            lo = settings.numeric().evaluatePrecise(prep.prepare(r.lower(), v.where()), Map.of(), settings.digits());
            hi = settings.numeric().evaluatePrecise(prep.prepare(r.upper(), v.where()), Map.of(), settings.digits());
            loD = settings.numeric().evaluateDouble(prep.prepare(r.lower(), v.where()), Map.of());
            hiD = settings.numeric().evaluateDouble(prep.prepare(r.upper(), v.where()), Map.of());
        } catch (EvaluationException | ArithmeticException | ApfloatRuntimeException ex) {
            return undecided(d, v, inputs, digits, "the expected range could not be evaluated: " + ex.getMessage());
        }
        String range = "[" + shortText(lo) + ", " + shortText(hi) + "]";
        boolean inPrecise = precise.compareTo(lo) >= 0 && precise.compareTo(hi) <= 0;
        boolean inDouble = dbl >= loD && dbl <= hiD;
        if (inPrecise != inDouble) {
            return undecided(d, v, inputs, digits, "the value " + digits.get() + " is at an end of the expected range "
                    + range + ": the 40-digit and the double evaluations put it on different sides");
        }
        if (inPrecise) {
            return new ValueResult(d, v, inputs, OptionalDouble.of(fromPrecise), digits, Optional.of(Verdict.CHECKED),
                    digits.get() + " lies in the expected range " + range + "; " + how);
        }
        return new ValueResult(d, v, inputs, OptionalDouble.of(fromPrecise), digits, Optional.of(Verdict.REFUTED),
                digits.get() + " lies outside the expected range " + range + "; " + how);
    }

    private static ValueResult undecided(Derivation d, Value v, Map<String, Double> inputs, Optional<String> digits,
            String reason) {
        return new ValueResult(d, v, inputs, OptionalDouble.empty(), digits, Optional.of(Verdict.UNDECIDED), reason);
    }

    private double orNaN(Expr e) {
        try {
            double x = settings.numeric().evaluateDouble(e, Map.of());
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (EvaluationException ex) {
            return Double.NaN;
        }
    }

    /** An end of a range for a message: up to 12 significant digits, without trailing zeros. */
    private static String shortText(Apfloat a) {
        try {
            BigDecimal b = new BigDecimal(a.toString(false)).round(new MathContext(12)).stripTrailingZeros();
            double m = b.abs().doubleValue();
            return m == 0 || m >= 1e-4 && m < 1e6 ? b.toPlainString() : b.toString().replace("E+", "e").replace('E', 'e');
        } catch (NumberFormatException | ArithmeticException e) {
            return a.precision(12).toString(false);
        }
    }

    /** {@code a} rounded to {@value #SHOWN_DIGITS} significant digits, in scientific form when large or small. */
    static String digits(Apfloat a) {
        String text = a.toString(false);
        try {
            BigDecimal b = new BigDecimal(text).round(new MathContext(SHOWN_DIGITS));
            // an exact value (9) is written with its 20 digits too (9.0000000000000000000)
            return (b.signum() == 0 ? b : b.setScale(b.scale() + SHOWN_DIGITS - b.precision())).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            return a.precision(SHOWN_DIGITS).toString(false);
        }
    }
}
