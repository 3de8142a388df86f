# expect error: 6:19 an empty value in the series
derivation d "t"
plot p:
    N^L
    for N in [1, 10]
    series L = 1, , 3
