# expect error: 8:21 the noise is a standard deviation
derivation d "d"
extrapolate e "e":
    truth E0 + A*C^(-b)
    for C in [1e15, 1e18]
    predict 1e20
    where E0 = 1, A = 2, b = 1/10
    points 24 noise -0.1 seed 1
