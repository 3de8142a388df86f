# Plain infinite sums (issue 6): Sum(c*k^(-s), {k, L, Infinity}) is c*zeta(s, L) in both numeric
# evaluators (Hurwitz zeta with its remainder bound) and, in the symbolic witness, only where interval
# arithmetic over the assumptions shows s > 1. Where the assumptions allow s <= 1 the sum diverges at
# some points: never PROVED.
# expect normalisation PROVED
# expect normalisation_wrong REFUTED
# expect basel PROVED
# expect shifted_tail PROVED
# expect normalisation_divergent REFUTED
derivation infinite_sums "Infinite power sums"

assume alpha > 1
assume beta > 1/2
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

# Section 2: the weights sum to 1
claim normalisation:
    Sum(p(k), {k, 1, Infinity}) == 1

claim normalisation_wrong:
    Sum(p(k), {k, 1, Infinity}) == 1 + 1/Z

claim basel:
    Sum(k^(-2), {k, 1, Infinity}) == Pi^2/6

# written without a difference of nearly equal numbers: at alpha near 1000, 2*Zeta(alpha + 1) - 2 is far
# below 10^-40 and its 40-digit value is all rounding
claim shifted_tail:
    Sum(2*k^(-alpha - 1), {k, 2, Infinity}) + 2 == 2*Zeta(alpha + 1)

# beta in (1/2, 1] makes the sum diverge: the numeric engine says so and the symbolic witness does not
# show convergence; the right side is finite there, so the claim is REFUTED at such a beta (issue 18:
# a divergent sum has no value, its analytic continuation is not one)
claim normalisation_divergent:
    Sum(k^(-beta)/Zeta(beta + 1), {k, 1, Infinity}) == Zeta(beta)/Zeta(beta + 1)
