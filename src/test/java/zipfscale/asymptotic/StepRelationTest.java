package zipfscale.asymptotic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/** Relation calls of steps: every token round-trips through its head; other calls are no relation. */
class StepRelationTest {
    @Test
    void everyToken_roundTripsThroughItsHead() {
        for (String token : new String[] {"==", "!=", "<", "<=", ">", ">=", "~", "->"}) {
            assertEquals(token, StepRelation.token(StepRelation.of(Expr.sym("a"), token, Expr.sym("b"))), token);
        }
        assertEquals(Expr.call("Sim", Expr.sym("f"), Expr.sym("g")), StepRelation.sim(Expr.sym("f"), Expr.sym("g")));
        assertEquals(Expr.call("Greater", Expr.sym("c"), Expr.num(0)), StepRelation.positive(Expr.sym("c")));
    }

    @Test
    void otherCalls_areNoRelation_andAnUnknownTokenIsRejected() {
        assertNull(StepRelation.token(Expr.call("Gamma", Expr.sym("s"))));
        assertNull(StepRelation.token(Expr.call("Equal", Expr.sym("s"))));
        assertNull(StepRelation.token(Expr.sym("x")));
        assertThrows(IllegalArgumentException.class, () -> StepRelation.of(Expr.sym("a"), "=<", Expr.sym("b")));
    }
}
