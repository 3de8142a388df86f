# Sardana, Portes, Doubov and Frankle (2024), "Beyond Chinchilla-Optimal: Accounting for Inference in
# Language Model Scaling Laws" (ICML 2024, arXiv:2401.00448): a model is trained on D tokens and then
# serves a lifetime inference demand of I tokens, so its lifetime cost is 6 N D + 2 N I FLOPs (their
# eq. (1): training 6 N D_tr, inference 2 N D_inf), with Chinchilla's loss L(N, D) = E + A N^-alpha +
# B D^-beta (Hoffmann et al. 2022). Sardana et al. minimise the cost at a fixed loss and solve the
# first-order conditions numerically (Newton); here the same optima are written through the dual problem,
# the loss minimised at a fixed lifetime compute C = 6 N D + 2 N I, i.e. along D = C/(6N) - I/3.
#
# The optimum has no closed form in C, so it is parametrised by what it is: a pair (Nopt, Dopt) is optimal
# exactly for the demand I* that solves the first-order condition alpha A N^-alpha = beta B D^-beta
# (1 + I/(3 D)) (claims first_order and balance). At a given number of training tokens D, the optimal
# model is then smaller than Chinchilla's by the factor (1 + I/(3 D))^(-1/alpha) (shift); the factor tends
# to 1 when inference is negligible (D >> I) and the model size falls like I^(-1/alpha) when inference
# dominates. Wrong variants are refuted in src/test/resources/scripts/good/inference-aware-mutations.zs.
derivation inference_aware "Inference-aware compute-optimal allocation (Sardana et al. 2024)"
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

claim chinchilla_first_order "Without inference, L_0'(N) = 0 at Chinchilla's N_opt = G (C/6)^(beta/(alpha+beta))":
    Diff(Rch(N), N) at N = Nch == 0
    cite "Hoffmann et al. (2022), eq. (4)"

claim first_order "With demand I*, L_I'(N) = 0 at Nopt, where C = 6 Nopt Dopt + 2 Nopt I*":
    Diff(Rinf(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 2*Nopt*Istar, I = Istar
    cite "Sardana et al. (2024), eq. (1)"

claim budget_spent "The training tokens at the optimum are C/(6 Nopt) - I*/3 = Dopt":
    C/(6*Nopt) - Istar/3 == Dopt
    where C = 6*Nopt*Dopt + 2*Nopt*Istar

claim balance "First-order condition as a balance: alpha A N^-alpha = beta B D^-beta (1 + I/(3D))":
    alpha*A*Nopt^(-alpha) == beta*B*Dopt^(-beta)*(1 + Istar/(3*Dopt))

claim chinchilla_is_zero_demand "The Chinchilla balance alpha A N^-alpha = beta B D^-beta is the case I* = 0":
    Istar == 3*Dopt*(alpha*A*Nopt^(-alpha) - beta*B*Dopt^(-beta))/(beta*B*Dopt^(-beta))

claim shift "At D training tokens the optimal model shrinks by (1 + I/(3D))^(-1/alpha) against Chinchilla's":
    Ninf(D)/NchD(D) == (1 + I/(3*D))^(-1/alpha)
    for D in [1, 1000]

claim smaller_than_chinchilla "Inference never makes the optimal model larger: N_I(D) <= N_Ch(D)":
    Ninf(D) <= NchD(D)
    for D in [1, 1000]

claim inference_negligible "Inference negligible (D >> I): N_I(D) ~ N_Ch(D)":
    Ninf(D) ~ NchD(D) as D -> Infinity

claim inference_dominant "Inference dominant (I >> D): N_I(D) ~ (3 alpha A D^(beta+1)/(beta B I))^(1/alpha)":
    Ninf(D) ~ (3*alpha*A*D^(beta + 1)/(beta*B*I))^(1/alpha) as I -> Infinity
