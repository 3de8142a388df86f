# Section 10.3 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025):
# the exponent map (56) substituted into the compute-optimal allocations (50) and (55) gives (57) and (58).
derivation compute_optimal "Compute-optimal allocation in the Zipf-mode framework (Section 10.3)"
cite "Section 10.3, eqs. (56)-(58)"

notation aN "\alpha_N"
notation aD "\alpha_D"
notation aT "\alpha_\tau"

assume alpha > 1
assume beta > 0
assume gamma > 0

# (56): the single-variable exponents of the framework.
define alphaN := gamma*(alpha - 1)
define alphaD := (alpha - 1)/alpha
define alphaT := (alpha - 1)/(alpha*beta)

claim exponent_map_tau "alpha_tau = alpha_D / beta":
    alphaT == alphaD/beta
    cite "eq. (56)"

# Case A (budget C ~ N D): (50) with (56) gives (57).
claim n_opt_case_a "N_opt exponent under C ~ ND":
    aD/(aN + aD) == 1/(1 + alpha*gamma)
    where aN = gamma*(alpha - 1), aD = (alpha - 1)/alpha
    cite "eq. (57)"

claim d_opt_case_a "D_opt exponent under C ~ ND":
    aN/(aN + aD) == alpha*gamma/(1 + alpha*gamma)
    where aN = alphaN, aD = alphaD
    cite "eq. (57)"

claim loss_case_a "Loss exponent on the frontier under C ~ ND":
    aN*aD/(aN + aD) == gamma*(alpha - 1)/(1 + alpha*gamma)
    where aN = alphaN, aD = alphaD
    cite "eq. (57)"

claim budget_case_a "The N and D exponents add up to 1 (C = kappa N D)":
    1/(1 + alpha*gamma) + alpha*gamma/(1 + alpha*gamma) == 1
    cite "eqs. (48), (57)"

# Case B (budget C ~ N tau): (55) with (56) gives (58).
claim n_opt_case_b "N_opt exponent under C ~ N tau":
    aT/(aN + aT) == 1/(1 + alpha*beta*gamma)
    where aN = alphaN, aT = alphaT
    cite "eq. (58)"

claim tau_opt_case_b "tau_opt exponent under C ~ N tau":
    aN/(aN + aT) == alpha*beta*gamma/(1 + alpha*beta*gamma)
    where aN = alphaN, aT = alphaT
    cite "eq. (58)"

claim loss_case_b "Loss exponent on the frontier under C ~ N tau":
    aN*aT/(aN + aT) == gamma*(alpha - 1)/(1 + alpha*beta*gamma)
    where aN = alphaN, aT = alphaT
    cite "eq. (58)"

# The frontier exponents are positive and below the single-variable ones (the max structure (34)).
claim loss_case_a_below_n "The frontier exponent is smaller than alpha_N":
    gamma*(alpha - 1)/(1 + alpha*gamma) < alphaN
    cite "eq. (57)"

claim n_exponent_below_one "N_opt grows slower than C":
    1/(1 + alpha*beta*gamma) < 1
    cite "eq. (58)"

# Props. 10.1 and 10.2 as minimisation claims: ArgMin(f, N) is the N > 0 minimising f (N is bound).
# Bottleneck form of the loss with power-law terms; the budget C = kappa N D (case A) or C = kappa N tau
# (case B) eliminates D or tau. Proved by equalisation of the decreasing and the increasing term (with
# the monotonicity side conditions), and checked by minimising numerically (Brent) at C = 1e3 ... 1e15.
assume aN > 0
assume aD > 0
assume aT > 0
assume A > 0
assume B > 0
assume kappa > 0
# The constant of N_opt in case A: the two bottlenecks are equal at N_opt.
define kA := (A/(B*kappa^aD))^(1/(aN + aD))
notation kA "k_A"

claim n_opt_argmin_a "Prop. 10.1: N_opt under C = kappa N D":
    ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aD)), N) asymp C^(aD/(aN + aD)) as C -> Infinity
    cite "eq. (50)"

claim n_opt_argmin_a_constant "Prop. 10.1 with its constant: the two bottlenecks are equal at N_opt":
    ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aD)), N) ~ kA*C^(aD/(aN + aD)) as C -> Infinity
    cite "eq. (50)"

claim n_opt_argmin_a_sum "Prop. 10.1 for the sum of the bottlenecks instead of their max":
    ArgMin(A*N^(-aN) + B*(C/(kappa*N))^(-aD), N) asymp C^(aD/(aN + aD)) as C -> Infinity
    cite "eq. (50)"

claim d_opt_argmin_a "Prop. 10.1: D_opt = C/(kappa N_opt)":
    C/(kappa*ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aD)), N)) asymp C^(aN/(aN + aD)) as C -> Infinity
    cite "eq. (50)"

claim loss_opt_argmin_a "Prop. 10.1: the loss at the optimum":
    A*ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aD)), N)^(-aN) asymp C^(-aN*aD/(aN + aD)) as C -> Infinity
    cite "eq. (50)"

claim n_opt_argmin_b "Prop. 10.2: N_opt under C = kappa N tau":
    ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aT)), N) asymp C^(aT/(aN + aT)) as C -> Infinity
    cite "eq. (55)"

claim tau_opt_argmin_b "Prop. 10.2: tau_opt = C/(kappa N_opt)":
    C/(kappa*ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aT)), N)) asymp C^(aN/(aN + aT)) as C -> Infinity
    cite "eq. (55)"

# (49) and (54), the equalisation conditions, stated with ~ (the paper has asymp): at the minimiser of the
# max the two bottlenecks are asymptotically equal.
assume G > 0
define NA := ArgMin(Max(A*N^(-aN), B*(C/(kappa*N))^(-aD)), N)
define NB := ArgMin(Max(A*N^(-aN), G*(C/(kappa*N))^(-aT)), N)
define kB := (A/(G*kappa^aT))^(1/(aN + aT))
notation NA "N_{\mathrm{opt}}^{A}"
notation NB "N_{\mathrm{opt}}^{B}"
notation kB "k_B"

claim equalisation_a "(49): A N_opt^(-aN) ~ B D_opt^(-aD) at the optimum of case A":
    A*NA^(-aN) ~ B*(C/(kappa*NA))^(-aD) as C -> Infinity
    cite "eq. (49)"

# (51)-(52): when the data bottleneck is at most the max of the other two, it drops out of the max, and
# along a ray the sum of the remaining two bottlenecks is asymp their max.
claim data_subdominant "(51): if eps_D <= max(eps_N, eps_tau) then max(eps_N, eps_D, eps_tau) = max(eps_N, eps_tau)":
    Max(u, v, w) == Max(u, w)
    for u in [0, 10]
    for w in [0, 10]
    for v in [0, Max(u, w)]
    cite "eq. (51)"

claim two_term_max "(52): A x^(-aN) + G x^(-aT) asymp max(A x^(-aN), G x^(-aT)) along a ray":
    A*x^(-aN) + G*x^(-aT) asymp Max(A*x^(-aN), G*x^(-aT)) as x -> Infinity
    cite "eq. (52)"

# (53) C = kappa' N tau is the budget used in the claims below (kappa' written kappa).
claim equalisation_b "(54): A N_opt^(-aN) ~ G tau_opt^(-aT) at the optimum of case B":
    A*NB^(-aN) ~ G*(C/(kappa*NB))^(-aT) as C -> Infinity
    cite "eqs. (53)-(54)"

claim n_opt_argmin_b_constant "Prop. 10.2 with its constant: N_opt ~ (A/(G kappa^aT))^(1/(aN + aT)) C^(aT/(aN + aT))":
    NB ~ kB*C^(aT/(aN + aT)) as C -> Infinity
    cite "eq. (55)"

claim loss_opt_argmin_b "Prop. 10.2: the loss at the optimum":
    A*NB^(-aN) asymp C^(-aN*aT/(aN + aT)) as C -> Infinity
    cite "eq. (55)"
