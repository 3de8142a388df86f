# expect error: 3:1 plot 'p' needs 'for VAR in [lo, hi]'
derivation d "t"
plot p:
    N^2
