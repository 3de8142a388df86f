# expect error: 5:26 expected 'in [lo, hi]' after sequences(K)
derivation d "t"
claim c:
    Sum(q(k), {k, 1, K}) <= K
    for q in sequences(K)
    for K in [1, 4]
