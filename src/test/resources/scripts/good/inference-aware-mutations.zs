# Wrong variants of derivations/classic/inference-aware.zs (Sardana et al. 2024): each changes one exponent,
# constant or sign of a true claim there; every one must be REFUTED (none PROVED), beside two true claims
# kept as controls.
# expect first_order_control PROVED
# expect chinchilla_optimum_ignores_inference REFUTED
# expect demand_without_minus_one UNDECIDED
# (after the merge with issue 18's error-bounded witness: the wrong demand's first-order condition cancels
#  below 160 digits at the points where it fails, so no point confirms the violation; never PROVED)
# expect demand_inference_cost_6N REFUTED
# expect shift_wrong_exponent REFUTED
# expect shift_wrong_direction REFUTED
# expect dominant_wrong_power_of_D REFUTED
# expect dominant_wrong_factor_3 REFUTED
# expect negligible_control PROVED
derivation inference_aware_mutations "Wrong variants of the inference-aware allocation"
cite "Sardana et al. (2024), eq. (1) and Sec. 2; Hoffmann et al. (2022), eq. (2) and (4)"

notation Nopt "N_{\mathrm{opt}}"
notation Dopt "D_{\mathrm{opt}}"
notation Nch "N_{\mathrm{Ch}}"
notation Istar "I^{*}"
notation Rinf "L_{I}"
notation Rch "L_{0}"
notation Ninf "N_{I}"
notation NchD "N_{\mathrm{Ch}}"

# Chinchilla-like constants: Hoffmann et al. (2022) fit alpha = 0.34, beta = 0.28, A = 406.4, B = 410.7,
# E = 1.69; the ranges below contain them and keep the random evaluation points away from overflow.
assume 1/10 < alpha < 1
assume 1/10 < beta < 1
assume 1 < A < 1000
assume 1 < B < 1000
assume 0 < E < 3
assume C > 0
assume I >= 0
assume 1 < Nopt < 1000
assume 1 < Dopt < 1000
assume D >= 1
param N, D

# The loss along the budget curve: without inference (Chinchilla, D = C/(6N)) and with a demand I.
define Rch(N) := E + A*N^(-alpha) + B*(C/(6*N))^(-beta)
define Rinf(N) := E + A*N^(-alpha) + B*(C/(6*N) - I/3)^(-beta)
define G := (alpha*A/(beta*B))^(1/(alpha + beta))
define Nch := G*(C/6)^(beta/(alpha + beta))
# The demand for which (Nopt, Dopt) is the optimum (the first-order condition solved for I).
define Istar := 3*Dopt*(alpha*A*Nopt^(-alpha)*Dopt^beta/(beta*B) - 1)
# At D training tokens: Chinchilla's balance solved for N, and the inference-aware one.
define NchD(D) := (alpha*A*D^beta/(beta*B))^(1/alpha)
define Ninf(D) := (alpha*A*D^beta/(beta*B*(1 + I/(3*D))))^(1/alpha)


claim first_order_control "L_I'(N) = 0 at Nopt with the demand I* (true)":
    Diff(Rinf(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 2*Nopt*Istar, I = Istar

# wrong: Chinchilla's N_opt is not a stationary point once the demand I is positive (here I = Chinchilla's D_opt)
claim chinchilla_optimum_ignores_inference "L_I'(N) = 0 at Chinchilla's N_opt (wrong for I > 0)":
    Diff(Rinf(N), N) at N = Nch == 0
    where I = C/(6*Nch)

# wrong: the demand without the "- 1"
claim demand_without_minus_one "L_I'(N) = 0 at Nopt with I = 3 D alpha A N^-alpha D^beta/(beta B) (wrong)":
    Diff(Rinf(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 2*Nopt*Istar, I = 3*Dopt*alpha*A*Nopt^(-alpha)*Dopt^beta/(beta*B)

# wrong: inference costed at 6N per token (as training) while the loss uses D = C/(6N) - I/3
claim demand_inference_cost_6N "L_I'(N) = 0 at Nopt with C = 6 Nopt Dopt + 6 Nopt I* (wrong)":
    Diff(Rinf(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 6*Nopt*Istar, I = Istar

# wrong: the exponent of the shift is -1/alpha, not -1/beta
claim shift_wrong_exponent "N_I(D)/N_Ch(D) = (1 + I/(3D))^(-1/beta) (wrong)":
    Ninf(D)/NchD(D) == (1 + I/(3*D))^(-1/beta)
    where I = 1 + Dopt
    for D in [1, 1000]

# wrong: inference makes the optimal model smaller, not larger
claim shift_wrong_direction "N_I(D) >= N_Ch(D) (wrong)":
    Ninf(D) >= NchD(D)
    where I = 1 + Dopt
    for D in [1, 1000]

# wrong: D^(beta + 1), not D^beta
claim dominant_wrong_power_of_D "N_I(D) ~ (3 alpha A D^beta/(beta B I))^(1/alpha) (wrong)":
    Ninf(D) ~ (3*alpha*A*D^beta/(beta*B*I))^(1/alpha) as I -> Infinity

# wrong: the factor 3 (from 2 N I against 6 N D) dropped
claim dominant_wrong_factor_3 "N_I(D) ~ (alpha A D^(beta+1)/(beta B I))^(1/alpha) (wrong)":
    Ninf(D) ~ (alpha*A*D^(beta + 1)/(beta*B*I))^(1/alpha) as I -> Infinity

claim negligible_control "N_I(D) ~ N_Ch(D) as D -> Infinity (true)":
    Ninf(D) ~ NchD(D) as D -> Infinity
