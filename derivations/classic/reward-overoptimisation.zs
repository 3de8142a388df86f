# Reward-model over-optimisation (seed 003; Gao, Schulman and Hilton 2023): the gold reward as a function of
# d = sqrt(KL(pi || pi_init)), for best-of-n sampling R_bon(d) = d (a_bon - b_bon d) and for reinforcement
# learning R_RL(d) = d (a_RL - b_RL log d) (both with R(0) = 0). The peak d* and R* of each form derived
# with Diff; the KL of best-of-n, log n - (n - 1)/n, and its growth; how the two forms compare as d grows.
# Gao et al. give the coefficients only in figures (their Fig. 3-5, the seed's Fig. 7), not as numbers:
# the values below use illustrative coefficients, said so in each source line.
derivation reward_overoptimisation "Reward-model over-optimisation: best-of-n and RL"
cite "seed 003; Gao, Schulman and Hilton (2023), Scaling Laws for Reward Model Overoptimization, ICML, eqs. for R_bon and R_RL"

notation aB "\alpha_{\mathrm{bon}}"
notation bB "\beta_{\mathrm{bon}}"
notation aR "\alpha_{\mathrm{RL}}"
notation bR "\beta_{\mathrm{RL}}"
notation KLbon "\mathrm{KL}_{\mathrm{bon}}"

assume aB > 0
assume bB > 0
assume aR > 0
assume bR > 0
assume d > 0
assume n >= 1

define Rbon(d) := d*(aB - bB*d)
define Rrl(d) := d*(aR - bR*Log(d))
define KLbon(n) := Log(n) - (n - 1)/n

# ---- best-of-n: a parabola in d ----
claim bon_slope "R_bon'(d) = alpha_bon - 2 beta_bon d":
    Diff(Rbon(d), d) == aB - 2*bB*d
    cite "Gao et al. (2023)"

claim bon_concave "R_bon''(d) = -2 beta_bon < 0: one interior maximum":
    Diff(Rbon(d), d, 2) == -2*bB

claim bon_peak_location "the slope alpha_bon - 2 beta_bon d vanishes at d* = alpha_bon/(2 beta_bon): 2 beta_bon d* = alpha_bon":
    2*bB*(aB/(2*bB)) == aB

claim bon_peak_value "the peak gold reward R* = alpha_bon^2/(4 beta_bon)":
    Rbon(aB/(2*bB)) == aB^2/(4*bB)

claim bon_zero "R_bon(d) = beta_bon d (alpha_bon/beta_bon - d): back to 0 at d = alpha_bon/beta_bon = 2 d*":
    Rbon(d) == bB*d*(aB/bB - d)

# ---- RL: d (a - b log d) ----
claim rl_slope "R_RL'(d) = alpha_RL - beta_RL - beta_RL log d":
    Diff(Rrl(d), d) == aR - bR - bR*Log(d)
    cite "Gao et al. (2023)"

claim rl_concave "R_RL''(d) = -beta_RL/d < 0: one interior maximum":
    Diff(Rrl(d), d, 2) == -bR/d

claim rl_peak_location "the slope vanishes at d* = exp(alpha_RL/beta_RL - 1): beta_RL log d* = alpha_RL - beta_RL":
    bR*Log(Exp(aR/bR - 1)) == aR - bR

claim rl_peak_value "the peak gold reward R* = beta_RL d* = beta_RL exp(alpha_RL/beta_RL - 1)":
    Rrl(Exp(aR/bR - 1)) == bR*Exp(aR/bR - 1)

claim rl_zero "R_RL(d) = beta_RL d (alpha_RL/beta_RL - log d): back to 0 at d = exp(alpha_RL/beta_RL) = e d*":
    Rrl(d) == bR*d*(aR/bR - Log(d))

# ---- the KL of best-of-n ----
claim kl_bon_slope "d KL_bon/dn = (n - 1)/n^2 >= 0: more samples, more KL":
    Diff(KLbon(n), n) == (n - 1)/n^2
    cite "Gao et al. (2023), the analytic KL of best-of-n (after Stiennon et al. 2020)"

claim kl_bon_increasing "so KL_bon is increasing on n >= 1 (checked up to n = 10^6)":
    (n - 1)/n^2 >= 0
    for n in [1, 10^6]

claim kl_bon_growth "KL_bon ~ log n: best-of-n buys KL only logarithmically in n":
    KLbon(n) ~ Log(n) as n -> Infinity

claim kl_bon_gap "log n - KL_bon = (n - 1)/n tends to 1 nat":
    Log(n) - KLbon(n) ~ 1 as n -> Infinity

# So d_bon = sqrt(KL_bon) grows like sqrt(log n). Not claimed: the leading-term calculus has no rule for a
# non-integer power of a log factor (the claim was CHECKED only, numerically).

# ---- the two forms as d grows ----
claim bon_decline "past its peak R_bon falls like -beta_bon d^2":
    Rbon(d) ~ -bB*d^2 as d -> Infinity

claim rl_decline "R_RL falls only like -beta_RL d log d":
    Rrl(d) ~ -bR*d*Log(d) as d -> Infinity

claim rl_slower "so RL over-optimises more slowly in d than best-of-n: R_RL = o(R_bon)":
    Rrl(d) =o Rbon(d) as d -> Infinity
    cite "Gao et al. (2023): RL is slower than best-of-n at both optimisation and over-optimisation, in KL"

# ---- computed values ----
value kl_bon_16 "KL of best-of-16 (nats)":
    KLbon(n)
    where n = 16
    cite "Gao et al. (2023): KL_bon = log n - (n - 1)/n"

value kl_bon_1000 "KL of best-of-1000 (nats)":
    KLbon(n)
    where n = 1000
    cite "Gao et al. (2023): KL_bon = log n - (n - 1)/n"

value bon_peak_illustrative "d* of best-of-n for alpha_bon = 1, beta_bon = 0.15":
    aB/(2*bB)
    where aB = 1, bB = 0.15
    cite "alpha_bon, beta_bon: illustrative values, not from the paper (it gives them only in figures)"

value rl_peak_illustrative "d* of RL for alpha_RL = 1, beta_RL = 0.3":
    Exp(aR/bR - 1)
    where aR = 1, bR = 0.3
    cite "alpha_RL, beta_RL: illustrative values, not from the paper (it gives them only in figures)"

plot reward_curves "Gold reward against d = sqrt(KL): best-of-n and RL (illustrative coefficients)":
    Rbon(d)
    for d in [0.01, 10]
    where aB = 1, bB = 0.15
    axis "d = sqrt(KL)" "gold reward R_bon"
    cite "alpha_bon, beta_bon: illustrative values"
