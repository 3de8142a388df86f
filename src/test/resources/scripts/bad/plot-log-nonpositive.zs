# expect error: 5:5 a log axis needs a positive range
derivation d "t"
plot p:
    N^2
    for N in [0, 10] log
