# expect error: 5:31 unknown order 'increasing'
derivation d "t"
claim c:
    Sum(p(k), {k, 1, K}) == 1
    for p in distributions(K) increasing
    for K in [1, 4]
