# expect error: 5:20 expected ']' at the end of the range
derivation d "t"
plot p:
    N^2
    for N in [1, 10
