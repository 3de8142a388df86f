# expect error: 5:5 'for' is not a clause of a value
derivation d "t"
value v:
    x^2
    for x in [0, 1]
