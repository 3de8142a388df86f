package zipfscale.check;

/**
 * The bound on one claim's counterexample search (issue 15): at most {@code candidates} evaluations and
 * {@code seconds} of wall clock. The count is what normally stops a search, so the same seed gives the
 * same report; running out of wall clock first makes the claim UNDECIDED (a search cut by the machine's
 * load is not reproducible, so it proves nothing), except that a counterexample already confirmed stands.
 */
public record SearchBudget(int candidates, double seconds) {

    public static final SearchBudget DEFAULT = new SearchBudget(8_000, 120);

    public SearchBudget {
        if (candidates < 100 || !(seconds > 0)) {
            throw new IllegalArgumentException("a search budget needs >= 100 candidates and a positive time");
        }
    }
}
