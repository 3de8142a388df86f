# First-order conditions written as researchers write them (issue 20): Diff(R(N), N) at N = Nopt == 0,
# differentiated first, then evaluated at the point. Chinchilla's loss on the budget curve D = C/(6N)
# (Hoffmann et al. 2022, eq. (4) for N_opt) and the same loss with a lifetime inference demand I under
# C = 6 N D + 2 N I (Sardana et al. 2024, eq. (1)), D = C/(6N) - I/3. The inference-aware optimum has no
# closed form in C; it is written through the demand I that makes a given (Nopt, Dopt) optimal (solve the
# first-order condition alpha A N^-alpha = beta B D^-beta (1 + I/(3D)) for I).
# expect chinchilla_first_order PROVED
# expect chinchilla_wrong_exponent REFUTED
# expect inference_first_order PROVED
# expect inference_demand_without_minus_one UNDECIDED
# (as in inference-aware-mutations.zs: the violation is not confirmed up to 160 digits; never PROVED)
# expect slope_at_two CHECKED
# expect slope_at_two_wrong REFUTED
derivation stationarity "First-order conditions with Diff ... at"
cite "Hoffmann et al. (2022), eq. (4); Sardana et al. (2024), eq. (1)"
notation Nopt "N_{\mathrm{opt}}"
notation Dopt "D_{\mathrm{opt}}"
notation Nch "N_{\mathrm{Ch}}"

assume 1/10 < alpha < 1
assume 1/10 < beta < 1
assume 1 < A < 1000
assume 1 < B < 1000
assume 0 < E < 3
assume C > 0
assume 1 < Nopt < 1000
assume 1 < Dopt < 1000
param N, I

define R0(N) := E + A*N^(-alpha) + B*(C/(6*N))^(-beta)
define R(N) := E + A*N^(-alpha) + B*(C/(6*N) - I/3)^(-beta)
define G := (alpha*A/(beta*B))^(1/(alpha + beta))
define Nch := G*(C/6)^(beta/(alpha + beta))
define Istar := 3*Dopt*(alpha*A*Nopt^(-alpha)*Dopt^beta/(beta*B) - 1)

claim chinchilla_first_order "R0'(N) = 0 at Chinchilla's N_opt":
    Diff(R0(N), N) at N = Nch == 0
    cite "Hoffmann et al. (2022), eq. (4)"

# wrong: the exponent of C is alpha/(alpha + beta) (that of D_opt), not beta/(alpha + beta)
claim chinchilla_wrong_exponent "R0'(N) = 0 at G (C/6)^(alpha/(alpha + beta)) (wrong)":
    Diff(R0(N), N) at N = (G*(C/6)^(alpha/(alpha + beta))) == 0

# C and I occur only inside the definition R: the where clause may still bind them
claim inference_first_order "R'(N) = 0 at Nopt when the demand is I* and C = 6 Nopt Dopt + 2 Nopt I*":
    Diff(R(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 2*Nopt*Istar, I = Istar
    cite "Sardana et al. (2024), eq. (1)"

# wrong: the demand without the "- 1" (the Chinchilla balance itself would then need I = 0)
claim inference_demand_without_minus_one "R'(N) = 0 with I = 3 D alpha A N^-alpha D^beta/(beta B) (wrong)":
    Diff(R(N), N) at N = Nopt == 0
    where C = 6*Nopt*Dopt + 2*Nopt*Istar, I = 3*Dopt*alpha*A*Nopt^(-alpha)*Dopt^beta/(beta*B)

# d/dN 3 N^(-1/2) = -3/2 N^(-3/2); at N = 2 that is -3/2 * 2^(-3/2) = -0.53033008588991064... (by hand)
value slope_at_two "The slope of 3 N^(-1/2) at N = 2":
    Diff(A*N^(-alpha), N) at N = 2
    where A = 3, alpha = 1/2
    expect in [-0.5304, -0.5302]

value slope_at_two_wrong "The same slope against a wrong expected range (about 0)":
    Diff(A*N^(-alpha), N) at N = 2
    where A = 3, alpha = 1/2
    expect in [-0.01, 0.01]
