# Soundness traps (issue 18): infinite sums that converge only on part of the range, through `where` and
# definitions; the Hurwitz continuation is never a divergent sum's value. Twins: suffix _twin.
# expect divergent_tail REFUTED
# expect divergent_tail_twin PROVED
# expect divergent_tail_by_definition REFUTED
# expect divergent_tail_by_definition_twin PROVED
# expect continuation_as_value REFUTED
# expect continuation_as_value_twin PROVED
# expect converges_for_part_of_beta REFUTED
# expect converges_for_part_of_beta_twin PROVED
# expect tail_from_two_diverges REFUTED
# expect tail_from_two_diverges_twin PROVED
derivation soundness_sums "Infinite sums that converge only on part of the range"
assume alpha > 1
assume beta > 0
assume beta < 10
define s := alpha/2

claim divergent_tail "where a = alpha - 1/2: diverges for alpha <= 3/2":
    Sum(k^(-a), {k, M + 1, Infinity}) ~ M^(1 - a)/(a - 1) as M -> Infinity
    where a = alpha - 1/2
claim divergent_tail_twin:
    Sum(k^(-a), {k, M + 1, Infinity}) ~ M^(1 - a)/(a - 1) as M -> Infinity
    where a = alpha + 1/2
claim divergent_tail_by_definition "s = alpha/2 <= 1 for alpha <= 2":
    Sum(k^(-s), {k, M + 1, Infinity}) ~ M^(1 - s)/(s - 1) as M -> Infinity
claim divergent_tail_by_definition_twin:
    Sum(k^(-2*s), {k, M + 1, Infinity}) ~ M^(1 - 2*s)/(2*s - 1) as M -> Infinity
claim continuation_as_value "the Hurwitz continuation is not the sum's value":
    Sum(k^(-a), {k, 1, Infinity}) == Zeta(a)
    where a = alpha - 1/2
claim continuation_as_value_twin:
    Sum(k^(-a), {k, 1, Infinity}) == Zeta(a)
    where a = alpha + 1/2
claim converges_for_part_of_beta:
    Sum(k^(-beta - 1/2), {k, 1, Infinity}) == Zeta(beta + 1/2)
claim converges_for_part_of_beta_twin:
    Sum(k^(-beta - 1), {k, 1, Infinity}) == Zeta(beta + 1)
claim tail_from_two_diverges:
    Sum(k^(-beta), {k, 2, Infinity}) == Zeta(beta) - 1
claim tail_from_two_diverges_twin:
    Sum(k^(-beta - 1), {k, 2, Infinity}) == Zeta(beta + 1) - 1
