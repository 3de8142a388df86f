# Wrong variants of the seed-003 laws (issue 19; derivations/classic/reward-overoptimisation.zs,
# rl-compute.zs, test-time.zs): a wrong peak, a wrong derivative, a wrong growth, a wrong comparison, a
# wrong midpoint, a wrong exponent, a wrong sign. Every one must be REFUTED.
# expect rm_bon_peak_at_a_over_b REFUTED
# expect rm_bon_slope_without_two REFUTED
# expect rm_rl_peak_without_minus_one REFUTED
# expect rm_kl_bon_half_log REFUTED
# expect rm_kl_bon_slope_one_over_n REFUTED
# expect rm_bon_slower_than_rl REFUTED
# expect rl_midpoint_half_asymptote REFUTED
# expect rl_fraction_exponent_b REFUTED
# expect rl_small_c_wrong_sign REFUTED
# expect rl_gap_wrong_exponent REFUTED
# expect tt_slope_wrong_sign REFUTED
# expect tt_samples_log_q REFUTED
# expect tt_failure_like_exp_pk REFUTED
# expect tt_share_without_three REFUTED
derivation seed003_mutations "Mutated versions of the seed-003 laws"

assume aB > 0
assume bB > 0
assume aR > 0
assume bR > 0
assume d > 0
assume n >= 1
assume R0 > 0
assume A > R0
assume B > 0
assume Cm > 0
assume C > 0
assume x > 0
assume 0 < f < 1
assume 0 < p < 1
assume 0 < q < 1
assume k >= 1
assume N > 0
assume X > 0
assume Y > 0
param f, q

define Rbon(d) := d*(aB - bB*d)
define Rrl(d) := d*(aR - bR*Log(d))
define KLbon(n) := Log(n) - (n - 1)/n
define Gain(C) := (A - R0)/(1 + (Cm/C)^B)
define R(C) := R0 + Gain(C)
define P(k) := 1 - (1 - p)^k

# ---- reward over-optimisation ----
claim rm_bon_peak_at_a_over_b "wrong: the BoN peak at d* = alpha/beta, where 2 beta d* = alpha would hold (that d is the zero; the peak is at alpha/(2 beta))":
    2*bB*(aB/bB) == aB

claim rm_bon_slope_without_two "wrong: R_bon'(d) = alpha - beta d (the factor 2 dropped)":
    Diff(Rbon(d), d) == aB - bB*d

claim rm_rl_peak_without_minus_one "wrong: the RL peak at d* = exp(alpha/beta), where beta log d* = alpha - beta would hold":
    bR*Log(Exp(aR/bR)) == aR - bR

claim rm_kl_bon_half_log "wrong: KL_bon ~ (log n)/2":
    KLbon(n) ~ Log(n)/2 as n -> Infinity

claim rm_kl_bon_slope_one_over_n "wrong: d KL_bon/dn = 1/n (the 1/n^2 of (n - 1)/n dropped)":
    Diff(KLbon(n), n) == 1/n

claim rm_bon_slower_than_rl "wrong direction: R_bon = o(R_RL) as d grows":
    Rbon(d) =o Rrl(d) as d -> Infinity

# ---- RL compute ----
claim rl_midpoint_half_asymptote "wrong: R(C_mid) = A/2 (R_0 forgotten)":
    R(Cm) == A/2

claim rl_fraction_exponent_b "wrong: C_f = C_mid (f/(1 - f))^B (exponent B instead of 1/B)":
    Gain(Cm*(f/(1 - f))^B) == f*(A - R0)

claim rl_small_c_wrong_sign "wrong: at small C the gain grows like (C_mid/C)^B":
    Gain(Cm/x) ~ (A - R0)*x^B as x -> Infinity

claim rl_gap_wrong_exponent "wrong: the gap to A closes like (C_mid/C)^(2 B)":
    (A - R0)/(1 + (C/Cm)^B) ~ (A - R0)*(Cm/C)^(2*B) as C -> Infinity

# ---- test-time ----
claim tt_slope_wrong_sign "wrong: d pass@k/dk = (1 - p)^k log(1 - p) (negative)":
    Diff(P(k), k) == (1 - p)^k*Log(1 - p)

claim tt_samples_log_q "wrong: k_q = log(q)/log(1 - p)":
    (1 - p)^(Log(q)/Log(1 - p)) == 1 - q

claim tt_failure_like_exp_pk "wrong: the failure (1 - p)^k ~ exp(-p k) (true only to first order in p)":
    Exp(k*Log(1 - p)) ~ Exp(-p*k) as k -> Infinity

claim tt_share_without_three "wrong: the test-time share ~ k Y/X (the 6 N X vs 2 N k Y ratio lost)":
    2*N*k*Y/(6*N*X + 2*N*k*Y) ~ k*Y/X as X -> Infinity
