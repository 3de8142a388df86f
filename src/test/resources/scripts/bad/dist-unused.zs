# expect error: 5:9 claim 'c' never uses q(k)
derivation d "t"
claim c:
    Sum(p(k), {k, 1, K}) == 1
    for q in distributions(K)
    for p in distributions(K)
    for K in [1, 4]
