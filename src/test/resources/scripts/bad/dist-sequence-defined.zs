# expect error: 6:9 'p' is defined in this derivation
derivation d "t"
define p(k) := k^(-2)
claim c:
    Sum(p(k), {k, 1, K}) <= 2
    for p in distributions(K)
    for K in [1, 4]
