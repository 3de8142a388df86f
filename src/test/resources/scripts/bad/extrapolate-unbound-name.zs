# expect error: 4:15 'A' in the truth has no value
derivation d "d"
extrapolate e "e":
    truth 1 + A*C^(-1/10)
    for C in [1e15, 1e18]
    points 8 noise 0.01
    predict 1e20
