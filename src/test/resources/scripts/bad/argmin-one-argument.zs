# expect error: 5:5 ArgMin takes the form ArgMin(f, N) or ArgMin(f, {N, D}, g == C), got 1 argument
derivation d "t"
param C
claim c:
    ArgMin(N^(-1)) asymp C^(1/2) as C -> Infinity
