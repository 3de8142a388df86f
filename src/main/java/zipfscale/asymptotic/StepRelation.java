package zipfscale.asymptotic;

import java.util.List;
import java.util.Map;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;

/**
 * Relations inside justification steps, as calls with a relation head: {@code Equal}, {@code Unequal},
 * {@code Less}, {@code LessEqual}, {@code Greater}, {@code GreaterEqual} (Symja's heads, as in
 * {@code Boole(x < 1)}), {@code Sim} for {@code ~} (asymptotic equivalence) and {@code Tends} for
 * {@code ->} (a limit). Printers set {@code Call(head, a, b)} as {@code a REL b}; a head keyed by its
 * script token ({@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ~},
 * {@code ->}).
 */
public final class StepRelation {
    private static final Map<String, String> HEADS = Map.of("==", "Equal", "!=", "Unequal", "<", "Less",
            "<=", "LessEqual", ">", "Greater", ">=", "GreaterEqual", "~", "Sim", "->", "Tends");
    private static final Map<String, String> TOKENS = Map.of("Equal", "==", "Unequal", "!=", "Less", "<",
            "LessEqual", "<=", "Greater", ">", "GreaterEqual", ">=", "Sim", "~", "Tends", "->");

    private StepRelation() {
    }

    /**
     * {@code lhs TOKEN rhs}.
     *
     * @throws IllegalArgumentException for a token not listed above
     */
    public static Expr of(Expr lhs, String token, Expr rhs) {
        String head = HEADS.get(token);
        if (head == null) {
            throw new IllegalArgumentException("not a relation token: " + token);
        }
        return new Call(head, List.of(lhs, rhs));
    }

    public static Expr equal(Expr lhs, Expr rhs) {
        return of(lhs, "==", rhs);
    }

    public static Expr greater(Expr lhs, Expr rhs) {
        return of(lhs, ">", rhs);
    }

    public static Expr less(Expr lhs, Expr rhs) {
        return of(lhs, "<", rhs);
    }

    public static Expr sim(Expr lhs, Expr rhs) {
        return of(lhs, "~", rhs);
    }

    /** {@code e > 0}. */
    public static Expr positive(Expr e) {
        return greater(e, Expr.num(0));
    }

    /** The script token of {@code e}'s relation if {@code e} is a two-argument relation call, else null. */
    public static String token(Expr e) {
        return e instanceof Call c && c.args().size() == 2 ? TOKENS.get(c.function()) : null;
    }
}
