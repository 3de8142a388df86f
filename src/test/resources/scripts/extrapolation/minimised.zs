# min over N of A/N + B N/C is 2 sqrt(A B / C) (at N = sqrt(A C / B)): a power law the fit must hold.
derivation minimised "A minimum over N with a closed form"
extrapolate closed_form_minimum "min_N A/N + B N / C = 2 sqrt(A B/C)":
    truth E0 + A/N + B*N/C
    minimize N in [1, 1e12]
    for C in [1e6, 1e9]
    points 12 noise 0.001 seed 3
    predict 1e10, 1e11
    where E0 = 1, A = 4, B = 9
