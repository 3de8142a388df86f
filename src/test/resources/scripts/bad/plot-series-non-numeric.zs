# expect error: 6:19 a value of the series L must be a number, but it has the free name 'k'
derivation d "t"
plot p:
    N^L
    for N in [1, 10]
    series L = 1, k
