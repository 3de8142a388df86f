# expect error: 6:12 expected 'in' (expect in [lo, hi])
derivation d "t"
value v:
    alpha/2
    where alpha = 2
    expect [0, 2]
