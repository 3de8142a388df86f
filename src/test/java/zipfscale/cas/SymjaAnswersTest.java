package zipfscale.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipfscale.expr.Expr;

/** The facade remembers Symja's answers by input text; each caller still gets the answer in its own names. */
class SymjaAnswersTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void sameQuestionInOtherNames_isAnsweredInTheCallersNames() {
        // Simplify(a^2/a) and Simplify(b^2/b) are the same text for Symja (zz1^2/zz1): the second is served
        // from memory and must come back as b, not a
        Expr first = Expr.div(Expr.pow(Expr.sym("a"), Expr.num(2)), Expr.sym("a"));
        Expr second = Expr.div(Expr.pow(Expr.sym("b"), Expr.num(2)), Expr.sym("b"));
        CasResult ra = Symja.shared().apply("Simplify", first, List.of(), LIMIT);
        CasResult rb = Symja.shared().apply("Simplify", second, List.of(), LIMIT);
        assertEquals(Expr.sym("a"), assertInstanceOf(CasResult.Done.class, ra).value());
        assertEquals(Expr.sym("b"), assertInstanceOf(CasResult.Done.class, rb).value());
    }

    @Test
    void differentQuestions_getDifferentAnswers() {
        Expr x = Expr.sym("x");
        CasResult sum = Symja.shared().apply("Simplify", Expr.add(x, x), List.of(), LIMIT);
        CasResult product = Symja.shared().apply("Simplify", Expr.mul(x, x), List.of(), LIMIT);
        assertEquals(Expr.mul(Expr.num(2), x), assertInstanceOf(CasResult.Done.class, sum).value());
        assertEquals(Expr.pow(x, Expr.num(2)), assertInstanceOf(CasResult.Done.class, product).value());
    }
}
