# Emergence as a product of per-step successes (seed 000; Wei et al. 2022, Schaeffer et al. 2023): a task
# of L steps succeeds with P = p^L, the per-step accuracy p = 1 - A N^-alpha improving smoothly with model
# size N. The half-way size N_half, its growth with L, and how sharp the rise of P is: in log N the slope
# at N_half tends to (alpha/2) log 2 (it does NOT grow with L: the curve shifts right, its width in log N
# stays ~1/alpha), while in the per-step accuracy p (or the per-step log-loss) the slope grows like L/2.
# The log-loss of the task, -log P = -L log p, stays a smooth power law in N (not claimed here: the
# leading-term calculus has no rule for Log(1 - small) yet).
derivation emergence "Emergence: task success p^L with a smooth per-step accuracy"
cite "seed 000 (emergence as p^L); Wei et al. (2022); Schaeffer et al. (2023)"

notation Nh "N_{1/2}"

assume A > 0
assume alpha > 0
assume L >= 1
assume N > 0
param x

define Nh := (A/(1 - 2^(-1/L)))^(1/alpha)

# The two identities are stated for L up to 10^6, where interval arithmetic shows the base
# A/(1 - 2^(-1/L)) positive (needed to combine the powers); they hold for every L >= 1.

claim half_per_step "At N_half the per-step accuracy is p = 2^(-1/L)":
    1 - A*Nh^(-alpha) == 2^(-1/L)
    for L in [1, 10^6]
    cite "seed 000"

claim half "so P(N_half) = p^L = (2^(-1/L))^L = 1/2":
    (2^(-1/L))^L == 1/2
    cite "seed 000: P(task) = p^L"

claim n_half_growth "N_half ~ (A L/Log(2))^(1/alpha) as L -> Infinity: longer tasks emerge at larger models":
    Nh ~ (A*L/Log(2))^(1/alpha) as L -> Infinity
    cite "seed 000"

claim n_half_order "N_half asymp L^(1/alpha)":
    Nh asymp L^(1/alpha) as L -> Infinity
    cite "seed 000"

# dP/dlog N = alpha L q (1 - q)^(L - 1) with q = A N^-alpha; at N_half, q = 1 - 2^(-1/L).
claim slope_log_n "dP/dlog N at N_half = alpha L (1 - 2^(-1/L)) 2^(-(L-1)/L) = (alpha/2) L (2^(1/L) - 1)":
    alpha*L*(1 - 2^(-1/L))*2^(-(L - 1)/L) == alpha/2*L*(2^(1/L) - 1)
    cite "seed 000"

claim slope_log_n_limit "The slope in log N tends to (alpha/2) Log(2): it does not grow with L":
    alpha/2*L*(2^(1/L) - 1) ~ alpha*Log(2)/2 as L -> Infinity
    cite "seed 000"

claim slope_log_n_bounded "The slope in log N never exceeds its value alpha/2 at L = 1":
    alpha/2*L*(2^(1/L) - 1) <= alpha/2
    for L in [1, 1000]

# dP/dp = L p^(L - 1); at p = 2^(-1/L) it is (L/2) 2^(1/L).
claim slope_p "dP/dp at the half-way point = L 2^(-(L-1)/L) = (L/2) 2^(1/L)":
    L*(2^(-1/L))^(L - 1) == L/2*2^(1/L)
    cite "seed 000"

claim slope_p_growth "The slope in the per-step accuracy grows like L/2: the sharpness of emergence":
    L/2*2^(1/L) ~ L/2 as L -> Infinity
    cite "seed 000; Schaeffer et al. (2023)"

# ---- Computed values and plots (issue 8). A = 10, alpha = 0.5 are illustrative, not a fit ----
value n_half_l1 "N_half for L = 1 step":
    Nh
    where A = 10, alpha = 0.5, L = 1
    cite "A, alpha, L: illustrative values, not a fit"

value n_half_l20 "N_half for L = 20 steps":
    Nh
    where A = 10, alpha = 0.5, L = 20
    cite "A, alpha, L: illustrative values, not a fit"

value n_half_l50 "N_half for L = 50 steps":
    Nh
    where A = 10, alpha = 0.5, L = 50
    cite "A, alpha, L: illustrative values, not a fit"

plot emergence_curves "Task success P = p^L against model size: the curve moves right as L grows":
    (1 - A*N^(-alpha))^L
    for N in [1e3, 1e9] log
    series L = 1, 5, 20, 50
    where A = 10, alpha = 0.5
    axis "N (parameters)" "P (task success)"
    cite "seed note 000; Schaeffer et al. (2023)"

plot emergence_log_loss "Task log-loss -log P = -L log(1 - A N^-alpha): a smooth power law in N":
    -L*Log(1 - A*N^(-alpha))
    for N in [1e3, 1e9] loglog
    series L = 1, 5, 20, 50
    where A = 10, alpha = 0.5
    axis "N (parameters)" "-log P"
    cite "Schaeffer et al. (2023)"
