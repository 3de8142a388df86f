# expect error: 4:11 'alpha' has no value in plot 'p'
derivation d "t"
plot p:
    A*N^(-alpha)
    for N in [1, 10]
    where A = 2
