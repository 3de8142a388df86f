# expect error: 5:22 expected 'log' or 'loglog' after the range, found 'logx'
derivation d "t"
plot p:
    N^2
    for N in [1, 10] logx
