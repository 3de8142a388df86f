# Wrong variants of the classic laws (issue 8; derivations/classic/): for Chinchilla, Kaplan, the
# data-constrained effective data, emergence and the MoE law, a wrong exponent, a dropped constant, a
# wrong direction or a wrong relation. Every one must be REFUTED.
# expect ch_nopt_wrong_exponent REFUTED
# expect ch_budget_dropped_six REFUTED
# expect ch_sum_with_max_constant REFUTED
# expect ch_loss_ratio_below_one REFUTED
# expect ch_frontier_wrong_exponent REFUTED
# expect ka_limit_wrong_exponent REFUTED
# expect ka_data_requirement_inverted REFUTED
# expect ka_alpha_c_without_batch REFUTED
# expect dc_convex REFUTED
# expect dc_bound_without_fresh REFUTED
# expect dc_small_r_half_constant REFUTED
# expect em_n_half_without_log2 REFUTED
# expect em_n_half_times_log2 REFUTED
# expect em_slope_grows REFUTED
# expect moe_loss_increases_with_total REFUTED
# expect moe_wrong_floor REFUTED
# expect moe_argmin_without_beta REFUTED
derivation classic_mutations "Mutated versions of the classic laws"

assume alpha > 0
assume beta > 0
assume A > 0
assume B > 0
assume aN > 0
assume aD > 0
assume aS > 0
assume aB > 0
assume Nc > 0
assume Dc > 0
assume N > 0
assume delta > 0
assume U > 0
assume Rs > 0
assume R >= 0
assume L >= 1
assume Na > 0
assume Nt > 0
param C, D, x

define G := (alpha*A/(beta*B))^(1/(alpha + beta))
define Nopt := G*(C/6)^(beta/(alpha + beta))
define Dopt := (C/6)^(alpha/(alpha + beta))/G
define Deff := U + U*Rs*(1 - Exp(-R/Rs))
define Nh := (A/(1 - 2^(-1/L)))^(1/alpha)

# Chinchilla: the N_opt exponent alpha/(alpha+beta) instead of beta/(alpha+beta).
claim ch_nopt_wrong_exponent:
    ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) asymp C^(alpha/(alpha + beta)) as C -> Infinity
# The budget without its factor 6.
claim ch_budget_dropped_six:
    Nopt*Dopt == C
# The additive form's minimiser with the max form's constant (A/B)^(1/(alpha+beta)) (off by (alpha/beta)^(1/(alpha+beta))).
claim ch_sum_with_max_constant:
    ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) ~ (A/B)^(1/(alpha + beta))*(C/6)^(beta/(alpha + beta)) as C -> Infinity
# The loss ratio of the sum and max forms is at least 1, not at most.
claim ch_loss_ratio_below_one:
    w^(-w)*(1 - w)^(w - 1) <= 1
    for w in [1/10, 9/10]
# The frontier loss exponent -alpha*beta without the division by alpha + beta.
claim ch_frontier_wrong_exponent:
    A*ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N)^(-alpha) asymp C^(-alpha*beta) as C -> Infinity

# Kaplan: the D -> Infinity limit with exponent alpha_N/alpha_D instead of alpha_N.
claim ka_limit_wrong_exponent:
    ((Nc/N)^(aN/aD) + Dc/D)^aD ~ (Nc/N)^(aN/aD) as D -> Infinity
# The data requirement with the exponent inverted (alpha_D/alpha_N): the penalty is not 1 + delta.
claim ka_data_requirement_inverted:
    ((Nc/N)^(aN/aD) + Dc/(Dc*(N/Nc)^(aD/aN)/((1 + delta)^(1/aD) - 1)))^aD/(Nc/N)^aN == 1 + delta
# alpha_C without the batch term.
claim ka_alpha_c_without_batch:
    1/(1/aN + 1/aS + 1/aB) == aN*aS/(aN + aS)

# Data-constrained: convex instead of concave.
claim dc_convex:
    -(U/Rs)*Exp(-R/Rs) > 0
# Bounded by U R* (the fresh epoch forgotten).
claim dc_bound_without_fresh:
    Deff <= U*Rs
# The small-R bound with half the right constant.
claim dc_small_r_half_constant:
    U*(1 + R) - Deff <= U*R^2/(4*Rs)

# Emergence: N_half without the Log(2).
claim em_n_half_without_log2:
    Nh ~ (A*L)^(1/alpha) as L -> Infinity
# N_half with Log(2) multiplying instead of dividing.
claim em_n_half_times_log2:
    Nh ~ (A*L*Log(2))^(1/alpha) as L -> Infinity
# The slope in log N at N_half does not grow with L.
claim em_slope_grows:
    alpha/2*L*(2^(1/L) - 1) asymp L as L -> Infinity

# MoE: the loss increasing in the total parameters.
claim moe_loss_increases_with_total:
    -beta*B*Nt^(-beta - 1) > 0
# The floor at fixed N_a taken as the total-parameter term.
claim moe_wrong_floor:
    A/Na^alpha + B/Nt^beta ~ B/Nt^beta as Nt -> Infinity
# The optimal total size under a memory price without the factor beta.
claim moe_argmin_without_beta:
    ArgMin(B*Nt^(-beta) + Nt/x, Nt) ~ (B*x)^(1/(1 + beta)) as x -> Infinity
