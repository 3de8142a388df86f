# A second wrong variant of the GPT-4 law (issue 8): a truth with a slowly varying correction,
# E0 + A C^(-1/10) (1 + 5/log C), which a C^b + c cannot follow. At 0.003% noise the fit sees the bend it
# cannot model and the truth leaves the prediction interval (REFUTED).
derivation log_corrected "A power law with a logarithmic correction extrapolated as a C^b + c"
extrapolate log_correction "E0 + A C^(-1/10) (1 + 5/log C) as a C^b + c":
    truth E0 + A*C^(-1/10)*(1 + 5/Log(C))
    for C in [1e15, 1e18]
    points 24 noise 0.00003 seed 20261123
    predict 1e20, 1e21, 1e22
    where E0 = 17/10, A = 30
