# expect error: 5:5 an empty range
derivation d "t"
plot p:
    N^2
    for N in [10, 10]
