# expect error: 4:5 'N' has no value in plot 'p': its only free names may be the variable 'M'
derivation d "t"
plot p:
    N^2
    for M in [1, 10]
