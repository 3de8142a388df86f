# The paper's results that quantify over distributions, residuals or modes, stated in their general form
# (issue 15). The other scripts check these after specialising to Zipf weights p_k = k^-alpha/zeta(alpha);
# here p ranges over every (non-increasing) distribution on K atoms and q over every residual sequence,
# finite K standing for the paper's countable mode set (each statement restricted to K atoms is a
# special case of the paper's: a distribution on K atoms is one with p_k = 0 for k > K).
#
# What the engine found (the paper's forms, as written, are REFUTED in the test corpus,
# src/test/resources/scripts/good/paper-general-forms-false.zs, so that this folder states what holds;
# the corrected statements are here):
#  * Proposition 5.1, lower constant (eq. (15)): "for every non-increasing p with sum 1 and every D >= 4,
#    (1/(2e)) S(D) <= Delta L(D)" is FALSE. A point mass (K = 1, p = (1)) has Delta L(D) = 0 < e^-D/(2e)
#    for every D, so no constant c1 > 0 exists in general. The proof's last step bounds
#    S(D) <= (1 + e^-sqrt(D)) * sum_{k > K(D)} p_k e^{-D p_k}, which needs the tail sum to be at least 1.
#    What the proof does show, for every distribution: Delta L(D) >= e^-1 (S(D) - e^-sqrt(D))
#    (general_prop_5_1_corrected). For Zipf weights S(D) ~ D^-(alpha-1)/alpha dominates e^-sqrt(D), so
#    Theorem 5.1 and the asymptotic equivalence (15) stand (05-data-scaling.zs).
#  * Lemma 3.1's hypothesis "eta lambda_k small" with lambda_k = lambda_0 p_k^(beta - 1) (Assumption 3.4,
#    beta > 0) fails on the tail when beta < 1: c p_k^(beta - 1) grows without bound as p_k -> 0, so the
#    contraction factor 1 - eta lambda_k of Assumption 3.3 leaves [0, 1] for rare modes, exactly the modes
#    Section 6 sums over. It holds for beta >= 1 and c = eta lambda_0 <= 1 (general_step_size_beta_ge_1).
derivation general_forms "The paper's general statements over distributions and residuals"
cite "Sections 2-5"

claim general_normalisation "(1): a non-increasing distribution sums to 1":
    Sum(p(k), {k, 1, K}) == 1
    for p in distributions(K) nonincreasing
    for K in [1, 32]
    cite "eq. (1)"

claim general_decomposition_upper "(2): Delta L = sum p_k q_k <= sum p_k for any residuals q_k in [0, 1]":
    Sum(p(k)*q(k), {k, 1, K}) <= Sum(p(k), {k, 1, K})
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1]
    for K in [1, 32]
    cite "eq. (2)"

claim general_decomposition_bounds "(2): 0 <= Delta L <= 1 for any residuals q_k in [0, 1]":
    Sum(p(k)*q(k), {k, 1, K}) <= 1
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1]
    for K in [1, 32]
    cite "eq. (2)"

claim general_prop_4_1_lower "Prop. 4.1, lower side of (6), exact form: monotone residuals (Assumption 3.1) give Delta L >= q_{m+1} * sum_{k > m} p_k":
    Sum(p(k)*q(k), {k, 1, K}) >= q(m + 1)*Sum(p(k), {k, m + 1, K})
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1] nondecreasing
    for m in [0, K - 1]
    for K in [1, 32]
    cite "eq. (6)"

claim general_prop_4_1_upper "Prop. 4.1, upper side of (6), exact form: Delta L <= q_m * sum_{k <= m} p_k + sum_{k > m} p_k":
    Sum(p(k)*q(k), {k, 1, K}) <= q(m)*Sum(p(k), {k, 1, m}) + Sum(p(k), {k, m + 1, K})
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1] nondecreasing
    for m in [1, K]
    for K in [1, 32]
    cite "eq. (6)"

claim general_lemma_5_1_upper "Lemma 5.1 summed (c2 = 1 in (15)): Delta L(D) <= S(D) for every distribution":
    Sum(p(k)*(1 - p(k))^D, {k, 1, K}) <= Sum(p(k)*Exp(-D*p(k)), {k, 1, K})
    for p in distributions(K)
    for K in [1, 32]
    for D in [1, 1000]
    cite "eq. (12)"
    cite "eq. (15)"

claim general_lemma_5_1_lower "Lemma 5.1 (13) summed over modes with p_k <= 1/2":
    Sum(p(k)*Exp(-D*(p(k) + p(k)^2)), {k, 1, K}) <= Sum(p(k)*(1 - p(k))^D, {k, 1, K})
    for p in sequences(K) in [0, 1/2]
    for K in [1, 32]
    for D in [1, 1000]
    cite "eq. (13)"

claim general_prop_5_1_corrected "Prop. 5.1 corrected: Delta L(D) >= e^-1 (S(D) - e^-sqrt(D)) for every distribution":
    Exp(-1)*(Sum(p(k)*Exp(-D*p(k)), {k, 1, K}) - Exp(-Sqrt(D))) <= Sum(p(k)*(1 - p(k))^D, {k, 1, K})
    for p in distributions(K) nonincreasing
    for K in [1, 32]
    for D in [4, 1000]
    cite "proof of Proposition 5.1"

claim general_step_size_beta_ge_1 "Lemma 3.1's hypothesis holds for beta >= 1 and c <= 1":
    c*p(j)^(beta - 1) <= 1
    for p in distributions(K) nonincreasing
    for j in [1, K]
    for K in [1, 32]
    for beta in [1, 3]
    for c in [1/1000, 1]
    cite "Lemma 3.1"
