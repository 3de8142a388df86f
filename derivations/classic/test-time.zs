# Test-time scaling by parallel sampling (seed 003; Snell et al. 2024; s1, Muennighoff et al. 2025): with a
# per-sample success probability p and an ideal verifier, k independent samples solve a problem with
# pass@k = 1 - (1 - p)^k. Its growth in k (increasing, with geometrically shrinking returns per doubling,
# failure decaying faster than any power of k), the samples needed for a target pass rate q and how they
# grow as p -> 0 (as 1/p: hard problems defeat parallel sampling), and the compute trade-off the seed
# describes: k samples of Y tokens cost 2 N k Y FLOP against 6 N X for pretraining on X tokens, a vanishing
# share only while k Y << X (the seed's condition Y << X for trading test-time for pretraining compute).
derivation test_time "Test-time scaling: pass@k and the compute trade-off"
cite "seed 003; Snell et al. (2024), arXiv:2408.03314; Muennighoff et al. (2025), s1, arXiv:2501.19393"

notation kq "k_q"
notation lam "\lambda"

assume 0 < p < 1
assume lam > 0
assume 0 < q < 1
assume k >= 1
assume x > 1
assume N > 0
assume X > 0
assume Y > 0
param q

define P(k) := 1 - (1 - p)^k
define kq := Log(1 - q)/Log(1 - p)

claim pass_slope "d pass@k/dk = -(1 - p)^k log(1 - p) > 0":
    Diff(P(k), k) == -(1 - p)^k*Log(1 - p)
    cite "pass@k with independent samples (Chen et al. 2021's unbiased estimator has this expectation)"

claim pass_increasing "so pass@k increases with k":
    -(1 - p)^k*Log(1 - p) > 0
    for k in [1, 1000]

claim pass_doubling "doubling the samples removes the fraction 1 - (1 - p)^k of the remaining failure: returns shrink geometrically":
    (1 - p)^k - (1 - p)^(2*k) == (1 - p)^k*(1 - (1 - p)^k)

# In the hazard lambda = -log(1 - p) > 0 the failure is exp(-lambda k) (the engine's calculus reads
# exponentials of -lambda k, not powers of a base below 1).
claim hazard_form "(1 - p)^k = exp(-lambda k) with lambda = -log(1 - p)":
    (1 - p)^k == Exp(k*Log(1 - p))

claim failure_decay "failure decays faster than any power of k: exp(-lambda k) = o(k^(-2))":
    Exp(-lam*k) =o k^(-2) as k -> Infinity

claim pass_limit "pass@k = 1 - exp(-lambda k) tends to 1":
    1 - Exp(-lam*k) ~ 1 as k -> Infinity

claim samples_for_target "k_q = log(1 - q)/log(1 - p) samples reach pass@k = q":
    (1 - p)^kq == 1 - q

# k_q = log(1/(1 - q))/lambda, and p <= lambda <= p/(1 - p): so (1 - p) log(1/(1 - q))/p <= k_q <=
# log(1/(1 - q))/p, i.e. k_q grows like 1/p on hard problems. (The asymptotic form with p = 1/x needs
# log(1 - 1/x), for which the leading-term calculus has no rule yet: stated as the two bounds instead.)
claim hazard_lower "lambda = -log(1 - p) >= p, so k_q <= log(1/(1 - q))/p":
    -Log(1 - p) >= p
    for p in [10^(-6), 999/1000]

claim hazard_upper "lambda <= p/(1 - p), so k_q >= (1 - p) log(1/(1 - q))/p":
    -Log(1 - p) <= p/(1 - p)
    for p in [10^(-6), 999/1000]

claim test_time_share "k samples of Y tokens are a vanishing share of pretraining compute when k Y << X":
    2*N*k*Y/(6*N*X + 2*N*k*Y) ~ k*Y/(3*X) as X -> Infinity
    cite "seed 003 (Snell et al. 2024): test-time compute substitutes for pretraining only while Y << X"

# ---- computed values (p illustrative: the papers report pass rates per benchmark, not a single p) ----
value samples_p05_q90 "samples for pass@k = 0.9 at p = 0.05":
    kq
    where p = 0.05, q = 0.9
    cite "p = 0.05, q = 0.9: illustrative"

value samples_p005_q90 "samples for pass@k = 0.9 at p = 0.005 (ten times harder: about ten times the samples)":
    kq
    where p = 0.005, q = 0.9
    cite "p = 0.005, q = 0.9: illustrative"

plot pass_at_k "pass@k against k for per-sample success p":
    P(k)
    for k in [1, 1000] log
    series p = 0.001, 0.01, 0.1
    axis "k (samples)" "pass@k"
    cite "p: illustrative"
