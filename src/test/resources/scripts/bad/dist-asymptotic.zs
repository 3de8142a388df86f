# expect error: 5:5 a claim over distributions or sequences states ==, <=, <, >= or >
derivation d "t"
claim c:
    Sum(p(k)*Exp(-x*p(k)), {k, 1, K}) ~ 1 as x -> Infinity
    for p in distributions(K)
    for K in [1, 4]
