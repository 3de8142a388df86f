# A truth of the fitted form: the prediction interval must hold it (CHECKED).
derivation well_specified "A power law plus a constant extrapolated as one"
extrapolate exact_form "E0 + A C^(-0.15)":
    truth E0 + A*C^(-b)
    for C in [1e15, 1e18]
    points 24 noise 0.003 seed 7
    predict 1e19, 1e21
    where E0 = 17/10, A = 100, b = 3/20
