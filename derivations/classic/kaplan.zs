# Kaplan et al. (2020), "Scaling Laws for Neural Language Models": the joint law L(N, D), its limits,
# the data requirement for a fixed overfitting penalty, the L(N, S) frontier and the batch-corrected
# compute exponent. Constants from the seed notes (000, 003): alpha_N ~ 0.076, N_c ~ 8.8e13,
# alpha_D ~ 0.095, D_c ~ 5.4e13, alpha_C^min ~ 0.050; alpha_S ~ 0.76 and alpha_B ~ 0.21 as in
# examples/fits/kaplan2020.csv. Tied to the main paper (Zou 2025) through Remark 9.1 ((43)-(44)).
derivation kaplan "Kaplan: the joint law L(N, D), the L(N, S) frontier and alpha_C"
cite "Kaplan et al. (2020), eqs. (1.1)-(1.6); seeds 000 and 003"

notation aN "\alpha_N"
notation aD "\alpha_D"
notation aS "\alpha_S"
notation aB "\alpha_B"
notation aC "\alpha_C"
notation Nc "N_c"
notation Dc "D_c"
notation Sc "S_c"
notation Dreq "D_{\delta}"

assume aN > 0
assume aD > 0
assume aS > 0
assume aB > 0
assume Nc > 0
assume Dc > 0
assume Sc > 0
assume N > 0
assume D > 0
assume kappa > 0
assume delta > 0
param C

define LND := ((Nc/N)^(aN/aD) + Dc/D)^aD

claim limit_data_infinite "D -> Infinity: L(N, D) ~ (N_c/N)^alpha_N, the model-size law":
    LND ~ (Nc/N)^aN as D -> Infinity
    cite "Kaplan et al. (2020), eqs. (1.1), (1.5)"

# The correction here is relative (N_c/N)^(alpha_N/alpha_D) (D/D_c): for alpha_N/alpha_D near 0 it is
# too slow for the numeric witness (N <= 1e15) to see the limit, so the claim is stated on a range of
# exponents that contains the published ones (alpha_N/alpha_D = 0.8).
claim limit_params_infinite "N -> Infinity: L(N, D) ~ (D_c/D)^alpha_D, the data law":
    LND ~ (Dc/D)^aD as N -> Infinity
    for aN in [1/2, 2]
    for aD in [1/4, 1]
    cite "Kaplan et al. (2020), eqs. (1.2), (1.5)"

claim penalty_factor "Factor the N term out of the base of L(N, D)":
    (Nc/N)^(aN/aD)*(1 + Dc/D*(N/Nc)^(aN/aD)) == (Nc/N)^(aN/aD) + Dc/D
    cite "Kaplan et al. (2020), eq. (4.3)"

claim penalty_form "so L(N, D) = L(N, Infinity) times the overfitting penalty (1 + (D_c/D) (N/N_c)^r)^alpha_D, r = alpha_N/alpha_D":
    ((Nc/N)^(aN/aD)*(1 + Dc/D*(N/Nc)^(aN/aD)))^aD == (Nc/N)^aN*(1 + Dc/D*(N/Nc)^(aN/aD))^aD
    cite "Kaplan et al. (2020), eq. (4.3)"

# Solving L(N, D)/L(N, Infinity) = 1 + delta for D.
define Dreq := Dc*(N/Nc)^(aN/aD)/((1 + delta)^(1/aD) - 1)

claim penalty_solved_base "At D = D_delta the base of L(N, D) is (N_c/N)^(alpha_N/alpha_D) (1 + delta)^(1/alpha_D)":
    (Nc/N)^(aN/aD) + Dc/Dreq == (Nc/N)^(aN/aD)*(1 + delta)^(1/aD)
    cite "Kaplan et al. (2020), eq. (4.4)"

claim penalty_solved "so L(N, D_delta)/L(N, Infinity) = 1 + delta exactly":
    ((Nc/N)^(aN/aD)*(1 + delta)^(1/aD))^aD/(Nc/N)^aN == 1 + delta
    cite "Kaplan et al. (2020), eq. (4.4)"

claim data_requirement "The data needed for a fixed penalty grows as N^(alpha_N/alpha_D)":
    Dreq == Dc*Nc^(-aN/aD)/((1 + delta)^(1/aD) - 1)*N^(aN/aD)
    cite "Kaplan et al. (2020), eq. (4.4)"

claim data_requirement_exponent "With the seeds' alpha_N = 0.076, alpha_D = 0.095 the exponent is 0.8 < 1 (sublinear)":
    aN/aD == 4/5
    where aN = 0.076, aD = 0.095
    cite "seeds 000 and 003: alpha_N ~ 0.076, alpha_D ~ 0.095"

# L(N, S) (Remark 9.1, eq. (43)) under the budget C = kappa N S: S = C/(kappa N).
claim ns_frontier_n "N_opt of L(N, S) under C = kappa N S grows as C^(alpha_S/(alpha_N + alpha_S))":
    ArgMin((Nc/N)^aN + (Sc*kappa*N/C)^aS, N) asymp C^(aS/(aN + aS)) as C -> Infinity
    cite "main paper, Remark 9.1 and Prop. 10.2"

claim ns_frontier_n_constant "... with the constant of the stationary point":
    ArgMin((Nc/N)^aN + (Sc*kappa*N/C)^aS, N) ~ (aN*Nc^aN/(aS*(Sc*kappa)^aS))^(1/(aN + aS))*C^(aS/(aN + aS)) as C -> Infinity
    cite "main paper, Remark 9.1"

claim ns_frontier_loss "The frontier loss of L(N, S) falls as C^(-alpha_N alpha_S/(alpha_N + alpha_S)) (eq. (44))":
    (Nc/ArgMin((Nc/N)^aN + (Sc*kappa*N/C)^aS, N))^aN asymp C^(-aN*aS/(aN + aS)) as C -> Infinity
    cite "main paper, eq. (44)"

claim ns_frontier_matches_theory "(44) is (42) with alpha_tau = alpha_S":
    aN*aS/(aN + aS) == 1/(1/aN + 1/aS)
    cite "main paper, eqs. (42), (44)"

# The batch-corrected exponent: C_min ~ N B_crit S_min with B_crit ~ L^(-1/alpha_B). On the frontier
# N ~ C^(alpha_C/alpha_N), B ~ C^(alpha_C/alpha_B), S ~ C^(alpha_C/alpha_S) and L ~ C^(-alpha_C); the budget
# C = N B S forces the three exponents to add to 1, which is alpha_C = 1/(1/alpha_N + 1/alpha_S + 1/alpha_B).
define aC := 1/(1/aN + 1/aS + 1/aB)

claim batch_budget "The allocation exponents of N, B, S add to 1 exactly when alpha_C = 1/(1/alpha_N + 1/alpha_S + 1/alpha_B)":
    aC/aN + aC/aB + aC/aS == 1
    cite "Kaplan et al. (2020), Sec. 6.1; main paper, Remark 9.1"

claim batch_loss "L ~ N_opt^(-alpha_N) ~ C^(-alpha_N alpha_C/alpha_N) = C^(-alpha_C)":
    aN*(aC/aN) == aC
    cite "Kaplan et al. (2020), Sec. 6.1"

claim batch_slower "The batch term lowers the frontier exponent below (44)":
    aC < aN*aS/(aN + aS)
    cite "main paper, Remark 9.1"

# Where N_opt ~ C^0.73 comes from: the N exponent on the batch-corrected frontier is alpha_C/alpha_N.
claim n_opt_exponent "N_opt ~ C^(alpha_C/alpha_N), alpha_C/alpha_N = (1/alpha_N)/(1/alpha_N + 1/alpha_S + 1/alpha_B)":
    aC/aN == (1/aN)/(1/aN + 1/aS + 1/aB)
    cite "Kaplan et al. (2020), Sec. 6.1"

claim n_opt_exponent_value_low "With alpha_N 0.076, alpha_S 0.76, alpha_B 0.21: alpha_C/alpha_N = 0.684 > 0.68":
    (1/aN)/(1/aN + 1/aS + 1/aB) > 0.68
    where aN = 0.076, aS = 0.76, aB = 0.21
    cite "Kaplan et al. (2020) exponents, examples/fits/kaplan2020.csv"

claim n_opt_exponent_value_high "... and < 0.69: below the fitted 0.73":
    (1/aN)/(1/aN + 1/aS + 1/aB) < 0.69
    where aN = 0.076, aS = 0.76, aB = 0.21
    cite "Kaplan et al. (2020) exponents, examples/fits/kaplan2020.csv"

claim alpha_c_value "alpha_C = 1/(1/0.076 + 1/0.76 + 1/0.21) = 0.0520, between 0.051 and 0.053 (fitted alpha_C^min: 0.050)":
    Abs(1/(1/aN + 1/aS + 1/aB) - 0.052) < 0.001
    where aN = 0.076, aS = 0.76, aB = 0.21
    cite "Kaplan et al. (2020) exponents; seed 003: alpha_C^min ~ 0.050"

claim n_opt_from_fitted_exponents "From the fitted alpha_C^min = 0.050 and alpha_N = 0.076: N_opt ~ C^0.658":
    aCmin/aN < 0.66
    where aCmin = 0.050, aN = 0.076
    cite "seed 003: alpha_C^min ~ 0.050, alpha_N ~ 0.076"

# ---- Computed values (issue 8), with Kaplan et al.'s exponents as collected in the seed notes ----
value kaplan_alpha_c "Batch-corrected alpha_C = 1/(1/alpha_N + 1/alpha_S + 1/alpha_B)":
    1/(1/aN + 1/aS + 1/aB)
    where aN = 0.076, aS = 0.76, aB = 0.21
    cite "Kaplan et al. (2020): alpha_N 0.076, alpha_S 0.76, alpha_B 0.21 (seed note 003; examples/fits/kaplan2020.csv)"

value kaplan_n_exponent "N_opt exponent alpha_C/alpha_N implied by the exponents (Kaplan's fit: 0.73)":
    (1/aN)/(1/aN + 1/aS + 1/aB)
    where aN = 0.076, aS = 0.76, aB = 0.21
    cite "Kaplan et al. (2020): alpha_N 0.076, alpha_S 0.76, alpha_B 0.21 (seed note 003)"

value kaplan_data_exponent "Data requirement exponent alpha_N/alpha_D (D grows as N^0.8)":
    aN/aD
    where aN = 0.076, aD = 0.095
    cite "Kaplan et al. (2020): alpha_N 0.076, alpha_D 0.095 (seed notes 000, 003)"

value kaplan_loss_1e9 "L(N) = (N_c/N)^alpha_N at N = 1e9 parameters":
    (Nc/N)^aN
    where Nc = 8.8e13, aN = 0.076, N = 1e9
    cite "Kaplan et al. (2020), eq. (1.1): N_c 8.8e13, alpha_N 0.076 (seed note 003)"
    cite "N: a chosen size"

value kaplan_data_2pct_1e9 "Data for a 2% overfitting penalty at N = 1e9":
    Dreq
    where Dc = 5.4e13, Nc = 8.8e13, aN = 0.076, aD = 0.095, delta = 0.02, N = 1e9
    cite "Kaplan et al. (2020): N_c 8.8e13, D_c 5.4e13, alpha_N 0.076, alpha_D 0.095 (seed note 003)"
    cite "delta, N: chosen"
