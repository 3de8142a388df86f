/**
 * The checkers and their verdicts (PROVED / CHECKED / REFUTED / UNDECIDED). A verdict is PROVED only
 * when a symbolic witness and an independent numeric witness agree. Asymptotic claims: the expansions
 * and lemmas of {@code zipfscale.asymptotic} and the ratio witness ({@code RatioWitness}), combined by
 * {@code AsymptoticChecker}. Never prints, never imports {@code render}.
 */
package zipfscale.check;
