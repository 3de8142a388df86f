# expect error: 6:11 'N' is the variable or series of plot 'p'
derivation d "t"
plot p:
    N^2
    for N in [1, 10]
    where N = 3
