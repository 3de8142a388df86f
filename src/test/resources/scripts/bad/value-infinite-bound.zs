# expect error: 5:5 the upper end of expect in [lo, hi] must be a finite number
derivation d "t"
value v:
    Exp(1)
    expect in [0, 1e400]
