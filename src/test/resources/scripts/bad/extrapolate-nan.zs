# expect error: 5:21 division by zero
derivation d "d"
extrapolate e "e":
    truth 1 + 2*C^(-1/10)
    points 8 noise 0/0
    for C in [1e15, 1e18]
    predict 1e20
