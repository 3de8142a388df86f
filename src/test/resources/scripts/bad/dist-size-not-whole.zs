# expect error: 6:9 the size K ranges over whole numbers
derivation d "t"
claim c:
    Sum(p(k), {k, 1, K}) == 1
    for p in distributions(K)
    for K in [1, 5/2]
