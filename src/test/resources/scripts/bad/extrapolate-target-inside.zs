# expect error: 6:19 target 1.0E17 is not above the fitting window
derivation d "d"
extrapolate e "e":
    truth 1 + 2*C^(-1/10)
    for C in [1e15, 1e18]
    predict 1e20, 1e17
    points 8 noise 0.01
