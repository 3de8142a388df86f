package zipfscale.expr;

/**
 * {@code Diff(f, x)} of an expression the engine does not differentiate: a function with no derivative
 * rule here (Zeta in its first argument, Floor, Max, ...) or an operation whose derivative is not the
 * obvious one (termwise differentiation of an infinite sum needs uniform convergence). The message says
 * which part and why.
 */
public final class NotDifferentiableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotDifferentiableException(String message) {
        super(message);
    }
}
