# expect error: 6:5 a plot has one 'for' clause
derivation d "t"
plot p:
    N^2
    for N in [1, 10]
    for N in [1, 100]
