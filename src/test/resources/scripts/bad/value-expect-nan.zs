# expect error: 6:19 the upper end of expect in [lo, hi] must be a number, but it has the free name 'NaN'
derivation d "t"
value v:
    alpha/2
    where alpha = 2
    expect in [0, NaN]
