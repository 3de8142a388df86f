# expect error: 4:11 unknown name 'alhpa' (did you mean 'alpha'?
derivation d "t"
plot p:
    A*N^(-alhpa)
    for N in [1, 10]
    where A = 2, alpha = 1/2
