# Quantified claims over distributions and sequences (issue 15): classical inequalities (true: PROVED or
# CHECKED) and false variants (REFUTED). Sources: C&T = Cover & Thomas, Elements of Information Theory,
# 2nd ed. (2006); HLP = Hardy, Littlewood & Polya, Inequalities, 2nd ed. (1952); MO = Marshall, Olkin &
# Arnold, Inequalities: Theory of Majorization, 2nd ed. (2011). Names: true_* hold, false_* do not,
# rare_* do not, but only on a thin set (one K, a two- or three-atom vector, a window of a parameter).
derivation corpus "Quantified claims: classical inequalities and false variants"

claim true_entropy_max "C&T Thm 2.6.4: H(p) <= log K":
    -Sum(p(k)*Log(p(k)), {k, 1, K}) <= Log(K)
    for p in distributions(K)
    for K in [1, 12]

claim true_entropy_nonneg "C&T Lemma 2.1.1: H(p) >= 0":
    -Sum(p(k)*Log(p(k)), {k, 1, K}) >= 0
    for p in distributions(K)
    for K in [1, 12]

claim true_gibbs "C&T Thm 2.6.3 (Gibbs): D(p||q) >= 0":
    Sum(p(k)*Log(p(k)/q(k)), {k, 1, K}) >= 0
    for p in distributions(K)
    for q in distributions(K)
    for K in [1, 8]

claim true_jensen_square "Jensen (HLP Thm 90), t^2 convex: (sum p x)^2 <= sum p x^2":
    Sum(p(k)*x(k), {k, 1, K})^2 <= Sum(p(k)*x(k)^2, {k, 1, K})
    for p in distributions(K)
    for x in sequences(K) in [-1, 1]
    for K in [1, 8]

claim true_jensen_exp "Jensen (HLP Thm 90), exp convex":
    Exp(Sum(p(k)*x(k), {k, 1, K})) <= Sum(p(k)*Exp(x(k)), {k, 1, K})
    for p in distributions(K)
    for x in sequences(K) in [-2, 2]
    for K in [1, 8]

claim true_power_mean_2 "HLP Thm 16: M_1 <= M_2":
    Sum(p(k)*x(k), {k, 1, K}) <= Sqrt(Sum(p(k)*x(k)^2, {k, 1, K}))
    for p in distributions(K)
    for x in sequences(K) in [0, 2]
    for K in [1, 8]

claim true_power_mean_3 "HLP Thm 16: M_1 <= M_3":
    Sum(p(k)*x(k), {k, 1, K}) <= Sum(p(k)*x(k)^3, {k, 1, K})^(1/3)
    for p in distributions(K)
    for x in sequences(K) in [0, 2]
    for K in [1, 8]

claim true_chebyshev_weighted "HLP Thm 43 (Chebyshev): p non-increasing, q non-decreasing: K sum p q <= sum q":
    K*Sum(p(k)*q(k), {k, 1, K}) <= Sum(q(k), {k, 1, K})
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1] nondecreasing
    for K in [1, 10]

claim true_chebyshev_sum "HLP Thm 43 (Chebyshev's sum inequality), both non-decreasing":
    K*Sum(a(k)*b(k), {k, 1, K}) >= Sum(a(k), {k, 1, K})*Sum(b(k), {k, 1, K})
    for a in sequences(K) in [0, 1] nondecreasing
    for b in sequences(K) in [0, 1] nondecreasing
    for K in [1, 10]

claim true_collision "Cauchy-Schwarz: sum p^2 >= 1/K":
    Sum(p(k)^2, {k, 1, K}) >= 1/K
    for p in distributions(K)
    for K in [1, 12]

claim true_squares_below_mass "termwise: sum p^2 <= sum p":
    Sum(p(k)^2, {k, 1, K}) <= Sum(p(k), {k, 1, K})
    for p in distributions(K)
    for K in [1, 12]

claim true_powers_below_one "termwise: sum p^a <= sum p for a >= 1":
    Sum(p(k)^a, {k, 1, K}) <= Sum(p(k), {k, 1, K})
    for p in distributions(K)
    for K in [1, 12]
    for a in [1, 4]

claim true_majorises_uniform "MO 1.A: a non-increasing p majorises the uniform: sum_{k <= m} p_k >= m/K":
    Sum(p(k), {k, 1, m}) >= m/K
    for p in distributions(K) nonincreasing
    for m in [1, K]
    for K in [1, 12]

claim true_partial_sums "MO 1.A: partial sums at most 1":
    Sum(p(k), {k, 1, m}) <= 1
    for p in distributions(K)
    for m in [1, K]
    for K in [1, 12]

claim true_renyi_2 "Renyi (1961): H_2(p) = -log sum p^2 <= H(p)":
    -Log(Sum(p(k)^2, {k, 1, K})) <= -Sum(p(k)*Log(p(k)), {k, 1, K})
    for p in distributions(K)
    for K in [1, 10]

claim true_mean_rank "non-increasing p has mean rank at most (K + 1)/2 (Chebyshev, HLP Thm 43)":
    Sum(k*p(k), {k, 1, K}) <= (K + 1)/2
    for p in distributions(K) nonincreasing
    for K in [1, 12]

claim true_lemma_5_1_summed "paper, Lemma 5.1 summed: sum p (1 - p)^D <= sum p e^(-D p)":
    Sum(p(k)*(1 - p(k))^D, {k, 1, K}) <= Sum(p(k)*Exp(-D*p(k)), {k, 1, K})
    for p in distributions(K)
    for K in [1, 10]
    for D in [1, 100]

claim true_max_below_one "sum of p^2 at most the largest atom (p non-increasing): sum p^2 <= p(1)":
    Sum(p(k)^2, {k, 1, K}) <= p(1)
    for p in distributions(K) nonincreasing
    for K in [1, 12]

claim false_entropy_gap "false: H(p) <= log K - 1/100 (fails near the uniform)":
    -Sum(p(k)*Log(p(k)), {k, 1, K}) <= Log(K) - 1/100
    for p in distributions(K)
    for K in [1, 12]

claim false_collision_gap "false: sum p^2 >= 1/K + 1/1000 (fails at the uniform)":
    Sum(p(k)^2, {k, 1, K}) >= 1/K + 1/1000
    for p in distributions(K)
    for K in [1, 12]

claim false_chebyshev_reversed "false: Chebyshev reversed":
    K*Sum(p(k)*q(k), {k, 1, K}) >= Sum(q(k), {k, 1, K})
    for p in distributions(K) nonincreasing
    for q in sequences(K) in [0, 1] nondecreasing
    for K in [1, 10]

claim false_power_mean_reversed "false: M_2 <= M_1":
    Sqrt(Sum(p(k)*x(k)^2, {k, 1, K})) <= Sum(p(k)*x(k), {k, 1, K})
    for p in distributions(K)
    for x in sequences(K) in [0, 2]
    for K in [1, 8]

claim false_entropy_half "false: H(p) >= log(K)/2 (fails at point masses)":
    -Sum(p(k)*Log(p(k)), {k, 1, K}) >= Log(K)/2
    for p in distributions(K)
    for K in [1, 12]

claim false_gibbs_reversed "false: D(p||q) <= 0":
    Sum(p(k)*Log(p(k)/q(k)), {k, 1, K}) <= 0
    for p in distributions(K)
    for q in distributions(K)
    for K in [1, 8]

claim rare_collision_only_k6 "false only at K = 6, near the uniform: sum p^2 - 1/K >= -(K - 5)(K - 7)/1000":
    Sum(p(k)^2, {k, 1, K}) - 1/K >= -(K - 5)*(K - 7)/1000
    for p in distributions(K)
    for K in [1, 12]

claim rare_mean_rank_only_k10 "false only at K = 10, near the uniform: mean rank <= (K + 1)/2 + (K - 9)(K - 11)/100":
    Sum(k*p(k), {k, 1, K}) <= (K + 1)/2 + (K - 9)*(K - 11)/100
    for p in distributions(K) nonincreasing
    for K in [1, 16]

claim rare_two_atom_window "false only near sum p^2 = 0.82 (e.g. the two-atom (0.9, 0.1)) and x near 3/4":
    (Sum(p(k)^2, {k, 1, K}) - 41/50)^2 + (x - 3/4)^2 >= 1/1000000
    for p in distributions(K)
    for K in [1, 8]
    for x in [0, 1]

claim rare_three_atom "false only near the three-atom (1/2, 3/10, 1/5, 0, ...)":
    (p(1) - 1/2)^2 + (p(2) - 3/10)^2 + (p(3) - 1/5)^2 + Sum(p(k)^2, {k, 4, K}) >= 1/1000000
    for p in distributions(K) nonincreasing
    for K in [3, 10]

claim rare_near_point_mass "false only within 0.004 of a point mass: sum p^2 <= 1 - 1/125":
    Sum(p(k)^2, {k, 1, K}) <= 1 - 1/125
    for p in distributions(K)
    for K in [2, 12]
