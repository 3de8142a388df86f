# expect error: 5:5 ArgMin takes the form ArgMin(f, N) or ArgMin(f, {N, D}, g == C): a list of two names, then one equation
derivation d "t"
param C
claim c:
    ArgMin(N^(-1) + D^(-1), {N, D}, 6*N*D) asymp C^(1/2) as C -> Infinity
