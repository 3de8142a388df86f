# Chinchilla (Hoffmann et al. 2022): L(N, D) = E + A N^-alpha + B D^-beta minimised under the budget
# C = 6 N D, its closed-form allocation, the frontier loss, and the paper's max-of-bottlenecks form (34)
# against the additive form. Sources: seeds 000 and 003 (the law, C = 6ND, ~20 tokens per parameter),
# Hoffmann et al. (2022) Approach 3 and Besiroglu et al. (2024) for the constants, and Section 10 of the
# main paper (Zou 2025) for the link to the Zipf-mode exponents.
derivation chinchilla "Chinchilla: compute-optimal allocation under C = 6ND"
cite "Hoffmann et al. (2022), eq. (2) and Approach 3; seeds 000 and 003"

notation Nopt "N_{\mathrm{opt}}"
notation Dopt "D_{\mathrm{opt}}"
notation Kf "K_{\mathrm{F}}"
notation Nmax "N_{\mathrm{max}}"
notation alphaZ "\alpha_{\mathrm{Z}}"

assume alpha > 0
assume beta > 0
assume A > 0
assume B > 0
assume E > 0
assume C > 0
param N, D, alphaZ, gamma

# The allocation constant and the closed form (Lagrange / stationarity on the budget curve D = C/(6N)).
define G := (alpha*A/(beta*B))^(1/(alpha + beta))
define Nopt := G*(C/6)^(beta/(alpha + beta))
define Dopt := (C/6)^(alpha/(alpha + beta))/G
# The exact constant of the frontier loss: L_opt - E = Kf (C/6)^(-alpha beta/(alpha + beta)).
define Kf := (alpha + beta)*(A/beta)^(beta/(alpha + beta))*(B/alpha)^(alpha/(alpha + beta))

claim stationarity "On D = C/(6N) (dD/dN = -D/N), dL/dN = -alpha A N^(-alpha-1) + beta B D^(-beta)/N vanishes at N_opt":
    alpha*A*Nopt^(-alpha - 1) == beta*B*Dopt^(-beta)/Nopt
    cite "Hoffmann et al. (2022), Appendix D.2"

claim balance "Stationarity as the balance alpha A N^-alpha = beta B D^-beta":
    alpha*A*Nopt^(-alpha) == beta*B*Dopt^(-beta)
    cite "Hoffmann et al. (2022), Appendix D.2"

claim second_order "N^2 d2L/dN2 at N_opt equals alpha (alpha + beta) A N_opt^-alpha > 0: a minimum":
    alpha*(alpha + 1)*A*Nopt^(-alpha) + beta*(beta - 1)*B*(6/C)^beta*Nopt^beta == alpha*(alpha + beta)*A*Nopt^(-alpha)
    cite "Hoffmann et al. (2022), Appendix D.2"

claim budget "The closed form spends the budget: 6 N_opt D_opt = C":
    6*Nopt*Dopt == C
    cite "C = 6ND (Kaplan et al. 2020, Sec. 2.1)"

claim d_opt_from_budget "D_opt = G^-1 (C/6)^(alpha/(alpha+beta)) is C/(6 N_opt)":
    C/(6*Nopt) == Dopt
    cite "Hoffmann et al. (2022), eq. (4)"

claim frontier_n_term "A N_opt^-alpha = A G^-alpha (C/6)^(-alpha beta/(alpha+beta))":
    A*Nopt^(-alpha) == A*G^(-alpha)*(C/6)^(-alpha*beta/(alpha + beta))
    cite "Hoffmann et al. (2022), eq. (4)"

claim data_share "At the optimum the data term is alpha/beta times the parameter term":
    B*Dopt^(-beta)/(A*Nopt^(-alpha)) == alpha/beta
    cite "Hoffmann et al. (2022), Appendix D.2"

claim frontier_constant "L_opt - E = A N_opt^-alpha + B D_opt^-beta = (1 + alpha/beta) A N_opt^-alpha":
    A*Nopt^(-alpha) + B*Dopt^(-beta) == A*Nopt^(-alpha) + alpha/beta*A*Nopt^(-alpha)
    cite "Hoffmann et al. (2022), eq. (4)"

claim frontier_constant_other_form "K = (alpha + beta)/beta A G^-alpha":
    Kf == (alpha + beta)/beta*A*G^(-alpha)

claim tokens_per_parameter "D_opt/N_opt = G^-2 (C/6)^((alpha - beta)/(alpha + beta))":
    Dopt/Nopt == G^(-2)*(C/6)^((alpha - beta)/(alpha + beta))

# The minimiser of the loss on the budget curve, as C -> Infinity (exact here: the lemma gives the closed form).
# E does not depend on N, so the minimiser of E + A N^-alpha + B D^-beta is that of the reducible part;
# the claims minimise the reducible part (with E inside, the double-precision search for the minimiser
# would be swamped by E at large C).
claim n_opt_argmin "N_opt = ArgMin over N of L(N, C/(6N)) ~ G (C/6)^(beta/(alpha+beta))":
    ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) ~ G*(C/6)^(beta/(alpha + beta)) as C -> Infinity
    cite "Hoffmann et al. (2022), eq. (4)"

claim n_opt_exponent "N_opt asymp C^(beta/(alpha+beta))":
    ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N) asymp C^(beta/(alpha + beta)) as C -> Infinity
    cite "Hoffmann et al. (2022), eq. (4)"

claim d_opt_argmin "D_opt = C/(6 N_opt) ~ G^-1 (C/6)^(alpha/(alpha+beta))":
    C/(6*ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N)) ~ (C/6)^(alpha/(alpha + beta))/G as C -> Infinity
    cite "Hoffmann et al. (2022), eq. (4)"

claim frontier_loss "L_opt - E ~ K (C/6)^(-alpha beta/(alpha+beta))":
    A*ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N)^(-alpha) + B*(C/(6*ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N)))^(-beta) ~ Kf*(C/6)^(-alpha*beta/(alpha + beta)) as C -> Infinity
    cite "Hoffmann et al. (2022), eq. (4)"

# The Zipf-mode theory (main paper, eq. (56)): alpha = alpha_N = gamma (alpha_Z - 1) and
# beta = alpha_D = (alpha_Z - 1)/alpha_Z, with alpha_Z > 1 the Zipf exponent of the modes and gamma > 0 the
# capacity exponent. Chinchilla's allocation exponents are then (57).
claim zipf_n_exponent "N_opt exponent beta/(alpha+beta) = 1/(1 + alpha_Z gamma) (eq. 57)":
    beta/(alpha + beta) == 1/(1 + alphaZ*gamma)
    where alpha = gamma*(alphaZ - 1), beta = (alphaZ - 1)/alphaZ
    cite "main paper, eqs. (56)-(57)"

claim zipf_loss_exponent "frontier exponent alpha beta/(alpha+beta) = gamma (alpha_Z - 1)/(1 + alpha_Z gamma) (eq. 57)":
    alpha*beta/(alpha + beta) == gamma*(alphaZ - 1)/(1 + alphaZ*gamma)
    where alpha = gamma*(alphaZ - 1), beta = (alphaZ - 1)/alphaZ
    cite "main paper, eqs. (56)-(57)"

claim zipf_exponent_from_beta "Read backwards: beta = (alpha_Z - 1)/alpha_Z gives alpha_Z = 1/(1 - beta)":
    (alphaZ - 1)/alphaZ == beta
    where alphaZ = 1/(1 - beta)
    cite "main paper, eq. (56)"

claim zipf_exponent_hoffmann "Hoffmann's beta = 0.28 puts the Zipf exponent at 1/(1 - 0.28) = 1.389 > 1":
    1/(1 - beta) > 1.38
    where beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: beta = 0.28"

claim zipf_exponent_besiroglu "The replication's beta = 0.3658 puts it at 1/(1 - 0.3658) = 1.577 > 1":
    1/(1 - beta) > 1.57
    where beta = 0.3658
    cite "Besiroglu et al. (2024): beta = 0.3658"

# Published constants. Hoffmann et al. (2022) Approach 3: E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28;
# Besiroglu et al. (2024): E 1.8172, A 482.01, B 2085.43, alpha 0.3478, beta 0.3658. Tokens per parameter
# D_opt/N_opt = G^-2 (C/6)^((alpha - beta)/(alpha + beta)) (claim tokens_per_parameter) over
# C = 1e21 ... 1e25 FLOP, by interval arithmetic over the whole range of C.
claim tpp_besiroglu_low "Replication: D_opt/N_opt >= 15 for C in [1e21, 1e25]":
    (alpha*A/(beta*B))^(-2/(alpha + beta))*(C/6)^((alpha - beta)/(alpha + beta)) >= 15
    for C in [1e21, 1e25]
    where A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    cite "Besiroglu et al. (2024), Chinchilla scaling: a replication attempt"

claim tpp_besiroglu_high "Replication: D_opt/N_opt <= 25 for C in [1e21, 1e25] (near 20)":
    (alpha*A/(beta*B))^(-2/(alpha + beta))*(C/6)^((alpha - beta)/(alpha + beta)) <= 25
    for C in [1e21, 1e25]
    where A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    cite "Besiroglu et al. (2024), Chinchilla scaling: a replication attempt"

claim tpp_hoffmann_low "Approach 3: D_opt/N_opt >= 45 for C in [1e21, 1e25]":
    (alpha*A/(beta*B))^(-2/(alpha + beta))*(C/6)^((alpha - beta)/(alpha + beta)) >= 45
    for C in [1e21, 1e25]
    where A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3"

claim tpp_hoffmann_high "Approach 3: D_opt/N_opt <= 125 for C in [1e21, 1e25] (it grows as C^0.097)":
    (alpha*A/(beta*B))^(-2/(alpha + beta))*(C/6)^((alpha - beta)/(alpha + beta)) <= 125
    for C in [1e21, 1e25]
    where A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3"

# Sum against max (main paper, eq. (34)): the bottleneck form Max(A N^-alpha, B D^-beta) on the same
# budget. Its minimiser equalises the two terms, N_max = (A/B)^(1/(alpha+beta)) (C/6)^(beta/(alpha+beta));
# the additive form's minimiser is the stationary point N_opt above. Same exponent; the ratio of the
# minimisers is (alpha/beta)^(1/(alpha+beta)), and the ratio of the minimal losses is
# (alpha+beta)/(alpha^(alpha/(alpha+beta)) beta^(beta/(alpha+beta))) = exp(H(w)), w = alpha/(alpha+beta),
# H the binary entropy in nats: between 1 and 2, 2 exactly when alpha = beta.
define Nmax := (A/B)^(1/(alpha + beta))*(C/6)^(beta/(alpha + beta))

claim max_equalises "The max form's minimiser makes the two bottlenecks equal":
    A*Nmax^(-alpha) == B*(6*Nmax/C)^beta
    cite "main paper, Prop. 10.1"

claim n_max_argmin "ArgMin of the max form ~ N_max (bottleneck equalisation)":
    ArgMin(Max(A*N^(-alpha), B*(C/(6*N))^(-beta)), N) ~ (A/B)^(1/(alpha + beta))*(C/6)^(beta/(alpha + beta)) as C -> Infinity
    cite "main paper, Prop. 10.1, eq. (50)"

claim minimiser_ratio "N_opt/N_max = (alpha/beta)^(1/(alpha+beta)), free of C":
    Nopt/Nmax == (alpha/beta)^(1/(alpha + beta))
    cite "main paper, eq. (34)"

claim minimiser_ratio_argmin "The two minimisers differ by the constant factor (alpha/beta)^(1/(alpha+beta))":
    ArgMin(A*N^(-alpha) + B*(C/(6*N))^(-beta), N)/ArgMin(Max(A*N^(-alpha), B*(C/(6*N))^(-beta)), N) ~ (alpha/beta)^(1/(alpha + beta)) as C -> Infinity
    cite "main paper, eq. (34)"

claim max_min_loss "The minimal bottleneck loss: A N_max^-alpha = A^(beta/(alpha+beta)) B^(alpha/(alpha+beta)) (C/6)^(-alpha beta/(alpha+beta))":
    A*Nmax^(-alpha) == A^(beta/(alpha + beta))*B^(alpha/(alpha + beta))*(C/6)^(-alpha*beta/(alpha + beta))
    cite "main paper, Prop. 10.1, eq. (50)"

claim loss_ratio "Minimal additive loss over minimal bottleneck loss, with L_opt - E = (alpha+beta)/beta A N_opt^-alpha":
    (alpha + beta)/beta*A*Nopt^(-alpha)/(A*Nmax^(-alpha)) == (alpha + beta)/beta*(alpha/beta)^(-alpha/(alpha + beta))
    cite "main paper, eq. (34)"

claim loss_ratio_closed "The loss ratio in closed form: (alpha+beta)/(alpha^w beta^(1-w)), w = alpha/(alpha+beta)":
    (alpha + beta)/beta*(alpha/beta)^(-alpha/(alpha + beta)) == (alpha + beta)*alpha^(-alpha/(alpha + beta))*beta^(-beta/(alpha + beta))

claim loss_ratio_entropy "The loss ratio is w^-w (1-w)^-(1-w) = exp(H(w)) with w = alpha/(alpha+beta)":
    (alpha/(alpha + beta))^(-alpha/(alpha + beta))*(beta/(alpha + beta))^(-beta/(alpha + beta)) == (alpha + beta)*alpha^(-alpha/(alpha + beta))*beta^(-beta/(alpha + beta))

claim loss_ratio_above_one "The loss ratio is at least 1 (max <= sum, eq. (34) left)":
    w^(-w)*(1 - w)^(w - 1) >= 1
    for w in [1/1000, 999/1000]
    cite "main paper, eq. (34)"

claim loss_ratio_below_two "The loss ratio is at most 2 (sum <= 2 max, eq. (34) right)":
    w^(-w)*(1 - w)^(w - 1) <= 2
    for w in [1/1000, 999/1000]
    cite "main paper, eq. (34)"

# ---- Computed values (issue 8): the numbers a reader knows, from the published constants ----
# Tokens per parameter at three budgets. Independent check (mpmath, 30 digits): Approach 3 gives
# 50.08, 78.21, 122.12 (it grows as C^((alpha - beta)/(alpha + beta)) = C^0.097); the replication gives
# 21.59, 19.22, 17.11, near the famous 20 (src/test/java/zipfscale/pipeline/ClassicValuesTest.java).
value tpp_h3_1e21 "Tokens per parameter D_opt/N_opt, Hoffmann et al. Approach 3, C = 1e21 FLOP":
    Dopt/Nopt
    where C = 1e21, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: A 406.4, B 410.7, alpha 0.34, beta 0.28"
    cite "C: a chosen budget"

value tpp_h3_1e23 "Tokens per parameter D_opt/N_opt, Hoffmann et al. Approach 3, C = 1e23 FLOP":
    Dopt/Nopt
    where C = 1e23, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: A 406.4, B 410.7, alpha 0.34, beta 0.28"
    cite "C: a chosen budget"

value tpp_h3_1e25 "Tokens per parameter D_opt/N_opt, Hoffmann et al. Approach 3, C = 1e25 FLOP":
    Dopt/Nopt
    where C = 1e25, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: A 406.4, B 410.7, alpha 0.34, beta 0.28"
    cite "C: a chosen budget"

value tpp_bes_1e21 "Tokens per parameter D_opt/N_opt, Besiroglu et al. replication, C = 1e21 FLOP":
    Dopt/Nopt
    where C = 1e21, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    cite "Besiroglu et al. (2024), replication of Approach 3: A 482.01, B 2085.43, alpha 0.3478, beta 0.3658"
    cite "C: a chosen budget"
    expect in [15, 25]

value tpp_bes_1e23 "Tokens per parameter D_opt/N_opt, Besiroglu et al. replication, C = 1e23 FLOP":
    Dopt/Nopt
    where C = 1e23, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    cite "Besiroglu et al. (2024), replication of Approach 3: A 482.01, B 2085.43, alpha 0.3478, beta 0.3658"
    cite "C: a chosen budget"
    expect in [15, 25]

value tpp_bes_1e25 "Tokens per parameter D_opt/N_opt, Besiroglu et al. replication, C = 1e25 FLOP":
    Dopt/Nopt
    where C = 1e25, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    cite "Besiroglu et al. (2024), replication of Approach 3: A 482.01, B 2085.43, alpha 0.3478, beta 0.3658"
    cite "C: a chosen budget"
    expect in [15, 25]

value loss_h3_1e21 "Frontier loss E + K (C/6)^(-alpha beta/(alpha + beta)), Approach 3, C = 1e21 FLOP":
    E + Kf*(C/6)^(-alpha*beta/(alpha + beta))
    where C = 1e21, E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28"

value loss_h3_1e23 "Frontier loss E + K (C/6)^(-alpha beta/(alpha + beta)), Approach 3, C = 1e23 FLOP":
    E + Kf*(C/6)^(-alpha*beta/(alpha + beta))
    where C = 1e23, E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28"

value loss_h3_1e25 "Frontier loss E + K (C/6)^(-alpha beta/(alpha + beta)), Approach 3, C = 1e25 FLOP":
    E + Kf*(C/6)^(-alpha*beta/(alpha + beta))
    where C = 1e25, E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    cite "Hoffmann et al. (2022), Approach 3: E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28"

plot chinchilla_tpp "Tokens per parameter D_opt/N_opt against the budget (replication constants)":
    Dopt/Nopt
    for C in [1e18, 1e26] loglog
    where A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658
    axis "C (FLOP)" "D_opt/N_opt"
    cite "Besiroglu et al. (2024)"

plot chinchilla_tpp_h3 "Tokens per parameter D_opt/N_opt against the budget (Approach 3 constants)":
    Dopt/Nopt
    for C in [1e18, 1e26] loglog
    where A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28
    axis "C (FLOP)" "D_opt/N_opt"
    cite "Hoffmann et al. (2022), Approach 3"
