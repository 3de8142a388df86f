# expect error: 5:14 unknown set 'simplices'
derivation d "t"
claim c:
    Sum(p(k), {k, 1, K}) == 1
    for p in simplices(K)
    for K in [1, 4]
