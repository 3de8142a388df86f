# expect error: 5:12 the number of points must be between 4
derivation d "d"
extrapolate e "e":
    truth 1 + 2*C^(-1/10)
    points 3 noise 0.01
    for C in [1e15, 1e18]
    predict 1e20
