# The minimum of A/N + B N/C over N in [1, 10] lies at N = 10 for every C of the window (the free
# minimiser sqrt(A C/B) is far above 10): the truth is then E0 + A/10 + 10 B/C, still a power law plus a
# constant, and the reason says that the range pinned the minimum.
derivation pinned "A minimum pinned at the end of its range"
extrapolate pinned_minimum "min over N in [1, 10] of A/N + B N/C":
    truth E0 + A/N + B*N/C
    minimize N in [1, 10]
    for C in [1e6, 1e9]
    points 12 noise 0.001 seed 3
    predict 1e10
    where E0 = 1, A = 4, B = 9
