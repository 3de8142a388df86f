# expect error: 4:9 the sequence 'p' takes one index
derivation d "t"
claim c:
    Sum(p(k, 2), {k, 1, K}) == 1
    for p in distributions(K)
    for K in [1, 4]
