# The two-term law for routed (mixture-of-experts) models, seed 000 ("Unified Scaling Laws for Routed
# Language Models", Clark et al. 2022): L(N_a, N_t) = A/N_a^alpha + B/N_t^beta with N_a the active and
# N_t the total parameters. Inference (and training) FLOPs per token are fixed by N_a ("fixed active
# compute"); N_t >= N_a is bought with memory, not FLOPs. Assumptions, stated: (i) at fixed N_a the only
# free variable is N_t (equivalently the expansion factor G = N_t/N_a >= 1, e.g. the number of experts);
# (ii) memory is priced at lambda > 0 per parameter when an interior optimum is asked for.
derivation moe "Mixture of experts: L = A/N_a^alpha + B/N_t^beta at fixed active compute"
cite "seed 000 (MoE scaling); Clark et al. (2022)"

notation Na "N_a"
notation Nt "N_t"
notation lam "\lambda"

assume alpha > 0
assume beta > 0
assume A > 0
assume B > 0
assume Na > 0
assume Nt > 0
assume G >= 1
assume lam > 0
param x

define Lmoe := A/Na^alpha + B/Nt^beta

claim monotone_in_total "dL/dN_t = -beta B N_t^(-beta-1) (written out) < 0: more experts always help at fixed N_a":
    -beta*B*Nt^(-beta - 1) < 0
    cite "seed 000: at equal inference compute MoE is better"

claim floor "The frontier at fixed N_a: L falls to the floor A/N_a^alpha as N_t -> Infinity":
    Lmoe ~ A/Na^alpha as Nt -> Infinity
    cite "seed 000"

claim floor_gap "the gap to the floor is exactly the total-parameter term B N_t^-beta":
    Lmoe == A/Na^alpha + B*Nt^(-beta)
    cite "seed 000"

claim gain_over_dense "Gain over the dense model with the same active parameters (N_t = G N_a; the A terms cancel)":
    B/Na^beta - B/(G*Na)^beta == B*Na^(-beta)*(1 - G^(-beta))
    cite "seed 000: MoE beats dense on the Pareto frontier at equal inference compute"

claim gain_nonnegative "The gain B N_a^-beta (1 - G^-beta) is >= 0 for G >= 1 (0 only for the dense model; G up to 1000, beta in [0.01, 5])":
    B*Na^(-beta)*(1 - G^(-beta)) >= 0
    for G in [1, 1000]
    for beta in [1/100, 5]
    cite "seed 000"

claim gain_bounded "and below B N_a^-beta: sparsity cannot remove more than the total-parameter term":
    B*Na^(-beta)*(1 - G^(-beta)) <= B*Na^(-beta)

# With a memory price lambda per total parameter, the frontier at fixed N_a minimises
# L + lambda N_t over N_t: the stationary point beta B N_t^(-beta) = lambda N_t gives
# N_t* = (beta B/lambda)^(1/(1 + beta)); as the price falls (x = 1/lambda -> Infinity) N_t* ~ (beta B x)^(1/(1+beta)).
claim total_opt_stationary "Stationarity: beta B N_t*^(-beta-1) = lambda at N_t* = (beta B/lambda)^(1/(1+beta))":
    beta*B*Ntopt^(-beta - 1) == lam
    where Ntopt = (beta*B/lam)^(1/(1 + beta))
    cite "assumption (ii)"

claim total_opt_argmin "N_t* ~ (beta B x)^(1/(1+beta)) as x = 1/lambda -> Infinity":
    ArgMin(B*Nt^(-beta) + Nt/x, Nt) ~ (beta*B*x)^(1/(1 + beta)) as x -> Infinity
    cite "assumption (ii)"

# ---- Computed values and plot (issue 8). A = B = 1, alpha 0.3, beta 0.2 are illustrative ----
value moe_g8 "MoE loss at N_a = 1e9 with G = N_t/N_a = 8":
    A/Na^alpha + B/(G*Na)^beta
    where A = 1, B = 1, alpha = 0.3, beta = 0.2, Na = 1e9, G = 8
    cite "illustrative constants, not a fit"

value moe_nt_opt "Optimal total parameters under a memory price lambda = 1e-12 per parameter":
    (beta*B/lam)^(1/(1 + beta))
    where B = 1, beta = 0.2, lam = 1e-12
    cite "illustrative constants, not a fit"

plot moe_frontier "MoE loss against the expansion factor G = N_t/N_a at fixed N_a = 1e9":
    A/Na^alpha + B/(G*Na)^beta
    for G in [1, 1000] loglog
    where A = 1, B = 1, alpha = 0.3, beta = 0.2, Na = 1e9
    axis "G = N_t/N_a" "L"
    cite "illustrative constants, not a fit"
