# expect error: 6:12 'series L = ...': plot 'p' does not depend on L
derivation d "t"
plot p:
    N^2
    for N in [1, 10]
    series L = 1, 2
