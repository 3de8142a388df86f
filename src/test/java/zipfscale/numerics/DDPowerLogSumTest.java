package zipfscale.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zipfscale.cas.ExpressionReader;
import zipfscale.expr.Expr;

/**
 * {@link DDPowerLogSum} and {@link DDPowerLogForm} against mpmath at 50 digits (values printed to 42
 * significant digits, so the reference is within 1e-41 relative): {@code (-1)^L d^L/ds^L} of
 * {@code zeta(s, lo)} (minus {@code zeta(s, hi+1)} for a finite sum); at s = 1,
 * {@code (log n)^3/3 + gamma_2 + (log n)^2/(2n) + (2 log n - (log n)^2)/(12 n^2)} with the Stieltjes constant
 * gamma_2 from mpmath (Euler-Maclaurin's next term is below 1e-45 at n = 1e12; mpmath's own sumem was 0.007
 * off there). The ball must contain the reference (its radius plus the reference's 1e-41 relative) and be
 * narrower than 1e-29 relative (issue 17: 30-digit answers at or below 1e-29).
 */
class DDPowerLogSumTest {

    @ParameterizedTest
    @CsvSource({
        // s, L, lo, hi, value (mpmath, mp.dps = 50)
        "0.5, 0, 1, 1000000000000000, 63245551.7430130936417793588410505605378691",
        "2, 1, 1, inf, 0.93754825431584375370257409456786497789786",
        "1.5, 2, 2, inf, 15.9895563712256867497188974132073364750834",
        "3, 3, 1, inf, 0.374043682386151262865184526057117543540631",
        "0.5, 1, 1, 1000000, 23634.9506698225440291405058915375589462001",
        "-1.5, 1, 3, 100000, 14057044410611.2228850566426018401476159212",
        "1, 2, 1, 1000000000000, 7031.83952460344260059337541381604728021102",
        "1.05, 1, 7, inf, 398.352871666988352721931659188411196165871",
        "7.25, 2, 1, inf, 0.00369346204542022752565903977568681560369621",
        "0.75, 0, 1000, 10000000000000, 7090.62679920625540745548300366622125523144",
        "2.5, 1, 123456789, inf, 0.00000000000937886144138739797458669998961016811667479",
        "1.3, 4, 1, inf, 9876.54528875969730528588741035576708392714",
    })
    void sums_matchMpmath(String s, int logPower, long lo, String hi, BigDecimal value) {
        DDBall r = DDPowerLogSum.sum(DDBall.of(new BigDecimal(s)), logPower, lo,
                hi.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(hi));
        BigDecimal diff = r.mid.exact().subtract(value).abs();
        BigDecimal allowed = new BigDecimal(r.rad).add(value.abs().multiply(new BigDecimal("1e-41")));
        assertTrue(diff.compareTo(allowed) <= 0, "s=" + s + " L=" + logPower + ": |error| " + diff + " > radius " + r.rad);
        assertTrue(r.rad <= 1e-29 * value.abs().doubleValue(), "radius " + r.rad + " above 1e-29 relative");
    }

    @Test
    void divergentOrOutOfRange_refused() {
        assertThrows(ArithmeticException.class, () -> DDPowerLogSum.sum(DDBall.ONE, 1, 1, Double.POSITIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> DDPowerLogSum.sum(DDBall.exact(0.5), 0, 1, Double.POSITIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> DDPowerLogSum.sum(DDBall.exact(2), 9, 1, Double.POSITIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> DDPowerLogSum.sum(DDBall.exact(2), 1, 0, Double.POSITIVE_INFINITY));
        // a ball straddling s = 1 cannot be bounded: 1/(s-1) refuses it
        assertThrows(ArithmeticException.class, () -> DDPowerLogSum.sum(DDBall.ONE.widen(1e-20), 0, 1, 1e9));
    }

    @Test
    void shortSums_addedDirectly_exactForWholePowers() {
        // sum_{k=1}^{10} k^-2 = 1968329/1270080 (exact rational)
        DDBall r = DDPowerLogSum.sum(DDBall.exact(2), 0, 1, 10);
        BigDecimal exact = new BigDecimal(1968329).divide(new BigDecimal(1270080), new MathContext(50));
        assertTrue(r.mid.exact().subtract(exact).abs().doubleValue() <= r.rad + 1e-45);
        assertEquals(0, DDPowerLogSum.sum(DDBall.exact(2), 0, 5, 4).hi());
    }

    private static DDPowerLogForm form(String body) {
        Expr e = ExpressionReader.read(body, "<test>", 1, 1);
        Map<String, Apfloat> env = new HashMap<>();
        env.put("alpha", new Apfloat("1.25", 40));
        return DDPowerLogForm.match(e, "k", env, 40);
    }

    @Test
    void forms_recognised() {
        DDPowerLogForm f = form("Log(k)/k^2");
        assertEquals(1, f.logPower());
        assertEquals(0, f.s().compareTo(new Apfloat(2)));
        assertEquals(0, f.c().compareTo(new Apfloat(1)));
        DDPowerLogForm g = form("3*Sqrt(k)*Log(k)^2");
        assertEquals(2, g.logPower());
        assertEquals(0, g.s().compareTo(new Apfloat("-0.5")));
        assertEquals(0, g.c().compareTo(new Apfloat(3)));
        DDPowerLogForm h = form("(2*k^2)^(-alpha)");
        assertEquals(0, h.logPower());
        assertEquals(0, h.s().compareTo(new Apfloat("2.5")));
        // 2^-1.25 = 0.42044820762685727151556273...
        assertTrue(Math.abs(h.c().doubleValue() - 0.42044820762685727) < 1e-16);
    }

    @Test
    void otherShapes_notMatched() {
        assertNull(form("Exp(-k)"));
        assertNull(form("Log(k)^(1/2)/k^2"));
        assertNull(form("Log(k+1)/k^2"));
        assertNull(form("Log(k)^9/k^2"));
    }
}
