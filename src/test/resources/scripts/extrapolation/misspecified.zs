# A truth that is not a C^b + c: two power laws. At 0.03% noise the fit resolves the curvature it cannot
# follow, and the truth leaves the prediction interval at the first target (REFUTED).
derivation misspecified "Two power laws extrapolated as one"
extrapolate two_power_laws "E0 + A C^(-1/10) + B C^(-3/10) as a C^b + c":
    truth E0 + A*C^(-1/10) + B*C^(-3/10)
    for C in [1e15, 1e18]
    points 24 noise 0.0003 seed 20261123
    predict 1e19, 1e20, 1e21, 1e22
    where E0 = 17/10, A = 30, B = 3000
