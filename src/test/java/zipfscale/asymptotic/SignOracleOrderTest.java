package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.cas.CasResult;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/**
 * {@link SignOracle} asks Symja for a normal form only when interval arithmetic on the forms before it
 * leaves the sign open; Symja's 0 still decides ZERO. A counting stand-in for Symja sees the calls.
 */
class SignOracleOrderTest {
    private static final Expr ALPHA = Expr.sym("alpha");
    private static final List<Comparison> ASSUMED = List.of(new Comparison(ALPHA, RelOp.GT, Expr.num(1)));

    @Test
    void aSignFixedAsWritten_asksSymjaNothing() {
        List<String> calls = new ArrayList<>();
        Algebra counting = (m, e, a) -> {
            calls.add(m);
            return new CasResult.Done(e, m);
        };
        SignOracle.Answer a = new SignOracle(counting, ASSUMED).sign(Expr.sub(ALPHA, Expr.num(1)));
        assertEquals(SignOracle.Sign.POSITIVE, a.sign());
        assertEquals("interval arithmetic as written over alpha in (1, inf)", a.how());
        assertEquals(List.of(), calls);
    }

    @Test
    void anOpenSign_asksTheFormsInOrderUntilOneFixesIt() {
        // alpha^2 - alpha: (1, inf) - (1, inf) as written; Together gives alpha (alpha - 1) > 0
        List<String> calls = new ArrayList<>();
        Algebra together = (m, e, a) -> {
            calls.add(m);
            return new CasResult.Done(m.equals("Together") ? Expr.mul(ALPHA, Expr.sub(ALPHA, Expr.num(1))) : e, m);
        };
        SignOracle.Answer a = new SignOracle(together, ASSUMED).sign(Expr.sub(Expr.pow(ALPHA, Expr.num(2)), ALPHA));
        assertEquals(SignOracle.Sign.POSITIVE, a.sign());
        assertEquals("interval arithmetic in Symja's Together form over alpha in (1, inf)", a.how());
        assertEquals(List.of("Together"), calls);
    }

    @Test
    void symjasZero_isStillZero() {
        // alpha/alpha - 1 is (0, inf) - 1 as written: open; Symja's Apart brings it to 0
        List<String> calls = new ArrayList<>();
        Algebra apart = (m, e, a) -> {
            calls.add(m);
            return new CasResult.Done(m.equals("Apart") ? Expr.num(0) : e, m);
        };
        SignOracle.Answer a = new SignOracle(apart, ASSUMED).sign(Expr.sub(Expr.div(ALPHA, ALPHA), Expr.num(1)));
        assertEquals(SignOracle.Sign.ZERO, a.sign());
        assertEquals("Symja Apart gives 0", a.how());
        assertEquals(List.of("Together", "Apart"), calls);
    }
}
