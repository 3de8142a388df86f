# expect error: 6:18 expected the y axis label
derivation d "t"
plot p:
    N^2
    for N in [1, 10]
    axis "N only"
