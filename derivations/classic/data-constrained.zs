# Muennighoff et al. (2023), "Scaling Data-Constrained Language Models": with U unique tokens repeated
# for R further epochs, the effective data is D' = U + U R* (1 - exp(-R/R*)), R* = 15.39 (their fit).
# Seed 000 gives the qualitative picture (up to ~4 epochs almost as good as new data; beyond ~40 little
# gain). The claims: D' increases, is concave, is bounded by U (1 + R*), and starts like U (1 + R).
derivation data_constrained "Data-constrained scaling: effective data under repetition"
cite "Muennighoff et al. (2023), eq. (5); seed 000"

notation Rs "R^{*}"
notation Deff "D'"

assume U > 0
assume Rs > 0
assume R >= 0

define Deff := U + U*Rs*(1 - Exp(-R/Rs))

claim deff_increasing "dD'/dR > 0: D' increases with every repetition (the engine differentiates)":
    Diff(Deff, R) > 0
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_slope "dD'/dR = U exp(-R/R*)":
    Diff(Deff, R) == U*Exp(-R/Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_slope_integrates "The slope integrates back to D': D'(R) - D'(0) = Integral of U exp(-r/R*) over [0, R]":
    Deff - U == U*Rs - U*Rs*Exp(-R/Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_concave "d2D'/dR2 < 0: D' is concave, diminishing returns":
    Diff(Deff, R, 2) < 0
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_curvature "d2D'/dR2 = -(U/R*) exp(-R/R*)":
    Diff(Deff, R, 2) == -(U/Rs)*Exp(-R/Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_bounded "D' <= U (1 + R*): repetition is worth at most R* epochs of new data":
    Deff <= U*(1 + Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_gap "The gap to the bound is U R* exp(-R/R*)":
    Deff == U*(1 + Rs) - U*Rs*Exp(-R/Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_below_fresh "D' <= U (1 + R): repeated data is never worth more than fresh data":
    Deff <= U*(1 + R)
    cite "Muennighoff et al. (2023), eq. (5)"

# Small R: D' = U (1 + R) - U R^2/(2 R*) + O(R^3), i.e. D' ~ U (1 + R) to first order, with the explicit
# bound 0 <= U (1 + R) - D' <= U R^2/(2 R*) (from 1 - x <= exp(-x) <= 1 - x + x^2/2 for x = R/R* >= 0).
# Both bounds are tight at R = 0, where interval arithmetic alone cannot fix the sign; the lemma
# endpoint_monotonicity proves them from their value and derivatives at R = 0.
claim deff_small_r "D' = U (1 + R) up to U R^2/(2 R*): the first repetitions count as fresh data":
    U*(1 + R) - Deff <= U*R^2/(2*Rs)
    cite "Muennighoff et al. (2023), eq. (5)"

claim deff_at_zero "No repetition: D'(0) = U":
    U + U*Rs*(1 - Exp(-R/Rs)) == U
    where R = 0

# With the published R* = 15.39: the value of each repeated epoch relative to a fresh one.
claim four_epochs "R* = 15.39: four epochs (R = 3 repetitions) keep over 90% of the value of fresh data":
    (1 + Rs*(1 - Exp(-R/Rs)))/(1 + R) > 0.9
    where R = 3, Rs = 15.39
    cite "Muennighoff et al. (2023): R* = 15.39; seed 000: up to 4 epochs almost as good as new data"

claim forty_epochs "R* = 15.39: beyond R = 40 the effective data is within 8% of its bound U (1 + R*)":
    (1 + Rs*(1 - Exp(-R/Rs)))/(1 + Rs) > 0.92
    where R = 40, Rs = 15.39
    cite "Muennighoff et al. (2023): R* = 15.39; seed 000: beyond ~40 epochs little gain"

claim forty_epochs_little_gain "R* = 15.39: from R = 40 on, all further repetitions add at most U R* exp(-40/R*) < 1.2 U":
    Rs*Exp(-R/Rs) < 1.2
    where R = 40, Rs = 15.39
    cite "Muennighoff et al. (2023): R* = 15.39"

# ---- Computed values and plot (issue 8), with Muennighoff et al.'s fitted R* ----
value deff_r4 "D'/U after R = 4 repetitions (5 epochs)":
    Deff/U
    where R = 4, Rs = 15.39, U = 1
    cite "Muennighoff et al. (2023): R* = 15.39"
    cite "R: chosen"

value deff_r40 "D'/U after R = 40 repetitions: close to the ceiling 1 + R* = 16.39":
    Deff/U
    where R = 40, Rs = 15.39, U = 1
    cite "Muennighoff et al. (2023): R* = 15.39"
    cite "R: chosen"

plot deff_curve "Effective data D'/U against repetitions R, with the fresh-data line 1 + R":
    Deff/U
    for R in [0, 100]
    where Rs = 15.39, U = 1
    axis "R (repetitions)" "D'/U"
    cite "Muennighoff et al. (2023)"
