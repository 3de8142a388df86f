package zipfscale.fuzz;

/**
 * The class of what one fuzz input did. The first five are acceptable ends (issue 21: a verdict or a
 * positioned error, exit class 0/1/2, no stack trace, within the budget, bounds kept); the rest are
 * failures, each a class to fix.
 */
enum Outcome {
    /** Parsed and elaborated (the script stage), or a verdict / value with exit 0 or 1. */
    ACCEPTED(true),
    /** Exit 2 (or the script stage's bad input) and every error line is {@code FILE:LINE:COL: error: ...}. */
    POSITIONED_ERROR(true),
    /** Exit 2 from {@code eval} or {@code fits}: a domain error naming the parameter and its range, or a usage error. */
    DOMAIN_OR_USAGE_ERROR(true),
    /** {@code eval} stopped by its own {@code --timeout}, exit 1 with a message. */
    OWN_TIMEOUT(true),
    /** A double value that was compared with the 40-digit reference and kept its bound. */
    BOUND_KEPT(true),
    /** An internal error: exit 3, or an exception other than bad input escaping a stage. */
    INTERNAL_ERROR(false),
    /** A stack trace in the output. */
    STACK_TRACE(false),
    /** Exit 2 with an error line that has no position (a script) or no recognisable message. */
    UNPOSITIONED_ERROR(false),
    /** Still running when the harness's budget ran out. */
    HANG(false),
    /** A double result whose distance to the 40-digit reference exceeds the printed bound. */
    FALSE_BOUND(false),
    /** An exit code outside 0/1/2, or output on stdout together with a bad-input exit. */
    BAD_EXIT(false);

    private final boolean clean;

    Outcome(boolean clean) {
        this.clean = clean;
    }

    boolean clean() {
        return clean;
    }
}
