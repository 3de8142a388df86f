/**
 * Expansions of expressions as a variable grows and the lemma library: the leading-term calculus
 * ({@code LeadingTerms}, {@code LeadingTermComparison}), the lemmas ({@code ZipfSumLemmas},
 * {@code MellinTable}, {@code BottleneckEqualisation}; for other minimisers {@code DominantBalance} with its
 * convexity certificate {@code LogConvexity} and {@code BudgetElimination}), the sign oracle and the
 * proof-chain steps.
 * No verdicts, no witnesses, no time budgets: those belong to {@code check}, which imports this package.
 */
package zipfscale.asymptotic;
