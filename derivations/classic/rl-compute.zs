# The sigmoidal compute curve of RL training (seed 003; ScaleRL, Khatri et al. 2025): the expected reward
# (or pass rate) after RL compute C is R_C = R_0 + (A - R_0)/(1 + (C_mid/C)^B), with R_0 the initial
# model, A the asymptote, B the compute efficiency, C_mid the compute of half the gain. Its limits, its
# midpoint, its power-law behaviour at small C (gain ~ (A - R_0) (C/C_mid)^B) and at large C (the gap to
# A ~ (A - R_0) (C_mid/C)^B), the compute C_f that reaches a fraction f of the gain, and how C_f grows as f
# tends to 1. Small C is written C = C_mid/x with x -> Infinity (the engine's limits are x -> Infinity).
derivation rl_compute "RL compute: the sigmoidal reward curve"
cite "seed 003; Khatri et al. (2025), The Art of Scaling Reinforcement Learning Compute for LLMs (ScaleRL), arXiv:2510.13786"

notation Cm "C_{\mathrm{mid}}"
notation Cf "C_f"
notation R0 "R_0"

assume R0 > 0
assume A > R0
assume B > 0
assume Cm > 0
assume C > 0
assume x > 0
assume 0 < f < 1
param f

define Gain(C) := (A - R0)/(1 + (Cm/C)^B)
define R(C) := R0 + Gain(C)
define Cf := Cm*(f/(1 - f))^(1/B)

claim limit_large "the gain R_C - R_0 tends to the asymptotic gain A - R_0 as C grows (so R_C -> A)":
    Gain(C) ~ A - R0 as C -> Infinity
    cite "Khatri et al. (2025): A is the asymptotic reward"

claim gap_identity "the gap to the asymptote is (A - R_0)/(1 + (C/C_mid)^B): R_C plus it is A":
    R(C) + (A - R0)/(1 + (C/Cm)^B) == A

claim gap_power_law "at large C the gap closes as a power law: A - R_C ~ (A - R_0)(C_mid/C)^B":
    (A - R0)/(1 + (C/Cm)^B) ~ (A - R0)*(Cm/C)^B as C -> Infinity

claim small_c_power_law "at small C (C = C_mid/x, x -> Infinity) the gain is a power law: R_C - R_0 ~ (A - R_0)(C/C_mid)^B":
    Gain(Cm/x) ~ (A - R0)*x^(-B) as x -> Infinity

claim limit_small "so R_C tends to R_0 as C -> 0":
    R(Cm/x) ~ R0 as x -> Infinity

claim midpoint "C_mid gives half the gain: R(C_mid) = (A + R_0)/2":
    R(Cm) == (A + R0)/2
    cite "Khatri et al. (2025): C_mid, the compute of half the gain"

claim slope_log_c "the slope in log C: C R'(C) = B (A - R_0) (C_mid/C)^B/(1 + (C_mid/C)^B)^2 (B (A - R_0)/4 at C_mid)":
    C*Diff(R(C), C) == B*(A - R0)*(Cm/C)^B/(1 + (Cm/C)^B)^2

claim fraction_compute "C_f = C_mid (f/(1 - f))^(1/B) reaches the fraction f of the gain":
    Gain(Cf) == f*(A - R0)

claim fraction_growth "the last few percent are costly: for f = 1 - 1/x, C_f ~ C_mid x^(1/B) as x -> Infinity":
    Cm*((1 - 1/x)/(1/x))^(1/B) ~ Cm*x^(1/B) as x -> Infinity

# ---- computed values: B from the paper, in units of C_mid (the paper's C_mid are in GPU-hours per run) ----
value c90_scalerl "C_0.9/C_mid for ScaleRL (B = 2.01): compute for 90% of the gain":
    (f/(1 - f))^(1/B)
    where f = 0.9, B = 2.01
    cite "B = 2.01: ScaleRL's fitted efficiency (Khatri et al. 2025, leave-one-out ablation), as verified against the arXiv PDF in the RL+LLM Wiki's source note on arXiv:2510.13786"
    expect in [2.9, 3.0]

value c90_dapo "C_0.9/C_mid with the DAPO loss (B = 1.77)":
    (f/(1 - f))^(1/B)
    where f = 0.9, B = 1.77
    cite "B = 1.77: the DAPO-loss ablation of Khatri et al. (2025), same source"

value c99_scalerl "C_0.99/C_mid for ScaleRL (B = 2.01): compute for 99% of the gain":
    (f/(1 - f))^(1/B)
    where f = 0.99, B = 2.01
    cite "B = 2.01: Khatri et al. (2025)"

value slope_mid_scalerl "slope dR/dlog C at C_mid for ScaleRL (A = 0.61, B = 2.01, R_0 = 0.3 illustrative)":
    B*(A - R0)/4
    where A = 0.61, B = 2.01, R0 = 0.3
    cite "A = 0.61 (asymptote with the FP32 head), B = 2.01: Khatri et al. (2025); R_0 = 0.3: illustrative, not from the paper"

plot sigmoid_curves "R_C against C/C_mid for the ScaleRL (B = 2.01) and DAPO-loss (B = 1.77) efficiencies":
    R(C)
    for C in [0.01, 100] log
    series B = 1.77, 2.01
    where A = 0.61, R0 = 0.3, Cm = 1
    axis "C / C_mid" "R_C"
    cite "A, B: Khatri et al. (2025); R_0 = 0.3 illustrative"
