# expect error: 5:5 unknown clause 'fit'
derivation d "d"
extrapolate e "e":
    truth 1 + 2*C^(-1/10)
    fit 3
    for C in [1e15, 1e18]
    points 8 noise 0.01
    predict 1e20
