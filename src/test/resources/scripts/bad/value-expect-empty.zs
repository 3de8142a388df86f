# expect error: 6:5 an empty range
derivation d "t"
value v:
    alpha/2
    where alpha = 2
    expect in [3, 1]
