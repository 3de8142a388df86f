# The paper's statements in their original form where derivations/ had to state them differently
# (issue 6). Each is UNDECIDED, with the reason; the checked forms are in the scripts named below.
# expect model_law_in_n UNDECIDED
# expect substitution_integral UNDECIDED
# expect mellin_condition_exp UNDECIDED
derivation paper_original_forms "Original forms of paper equations the engine cannot decide"

assume alpha > 1
assume beta > 0
assume gamma > 0
assume a > 0
assume tau > 0
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z
define s := (alpha - 1)/(alpha*beta)
define A := a*Z^(-beta)

# Section 2, sum_k p_k = 1, is PROVED now (infinite power sums, issue 6): see infinite-sums.zs.

# (9) with M(N) = N^gamma inside the tail: the first index N^gamma + 1 is not a whole number, which the
# numeric engine refuses: UNDECIDED. derivations/04-model-scaling.zs proves (8) in M and the exponent identity.
claim model_law_in_n:
    Sum(p(k), {k, N^gamma + 1, Infinity}) asymp N^(-gamma*(alpha - 1)) as N -> Infinity

# (27) for g = exp(-u) as an identity of integrals: integrals are evaluated only inside the Mellin
# lemmas: UNDECIDED. derivations/07-critical-rank.zs checks the Jacobian and the constant of the substitution.
claim substitution_integral:
    Integrate(x^(-alpha)/Z*Exp(-A*tau*x^(-alpha*beta)), {x, 1, Infinity}) == Z^(-1/alpha)*a^(-s)*tau^(-s)*(Gamma(s) - Gamma(s, A*tau))/(alpha*beta)

# (28) for g = exp(-u): the Mellin integral itself, UNDECIDED for the same reason; 07-critical-rank.zs
# states (28) as positivity of the Mellin constants.
claim mellin_condition_exp:
    Integrate(u^(s - 1)*Exp(-u), {u, 0, Infinity}) == Gamma(s)
