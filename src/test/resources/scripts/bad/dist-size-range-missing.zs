# expect error: 5:28 the size K of distributions(K) needs its range
derivation d "t"
claim c:
    Sum(p(k), {k, 1, K}) == 1
    for p in distributions(K)
