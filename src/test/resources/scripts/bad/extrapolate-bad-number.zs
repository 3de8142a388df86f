# expect error: 6:12 the number of points must be a whole number
derivation d "d"
extrapolate e "e":
    truth 1 + 2*C^(-1/10)
    for C in [1e15, 1e18]
    points 8.5 noise 0.01
    predict 1e20
