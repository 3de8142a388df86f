# expect error: 6:16 a range is [lo, hi] with two numbers
derivation d "t"
value v:
    alpha/2
    where alpha = 2
    expect in [0]
