# A sum the Zipf-sum engine cannot evaluate: the truth has no value, the verdict is UNDECIDED.
derivation undecided "A truth the engine cannot evaluate"
extrapolate oscillating "An oscillating series":
    truth 1 + Sum(k^(-2)*Sin(k*C), {k, 1, Infinity})
    for C in [1, 100]
    points 8 noise 0.01 seed 1
    predict 1000
