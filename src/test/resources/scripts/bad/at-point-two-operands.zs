# expect error: 5:25 the point of 'at N = ...' is one operand
derivation bad_at "Diff at a point without parentheses"
assume a > 0
claim c:
    Diff(N^2, N) at N = a + 1 == 2*(a + 1)
