# expect error: 6:5 Diff in claim 'jump': Floor is not differentiable everywhere
derivation bad_diff "Diff of a step function"
assume x > 0

claim jump:
    Diff(Floor(x), x) == 0
