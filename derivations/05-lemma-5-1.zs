# Section 5.1 of the paper: Lemma 5.1 (eqs. (12)-(13)) and the constants of Proposition 5.1 (eq. (15)).
derivation lemma_5_1 "Exponential sandwich for the unobserved probability (Lemma 5.1, Proposition 5.1)"
cite "Section 5.1"

assume D >= 4

claim upper_12 "(1 - p)^D <= exp(-D p) for p in [0, 1]":
    (1 - p)^D <= Exp(-D*p)
    for p in [0, 1]
    cite "eq. (12)"

claim lower_13 "exp(-D (p + p^2)) <= (1 - p)^D for p in [0, 1/2]":
    Exp(-D*(p + p^2)) <= (1 - p)^D
    for p in [0, 1/2]
    cite "eq. (13)"

claim h_derivative "h'(p) = p (1 - 2p)/(1 - p) for h(p) = log(1 - p) + p + p^2 (the engine differentiates h)":
    Diff(Log(1 - p) + p + p^2, p) == p*(1 - 2*p)/(1 - p)
    for p in [0, 1/2]
    cite "proof of Lemma 5.1"

claim h_nonnegative "h(p) >= 0 on [0, 1/2]":
    Log(1 - p) + p + p^2 >= 0
    for p in [0, 1/2]
    cite "proof of Lemma 5.1"

claim threshold_below_half "theta = D^(-1/2) <= 1/2 when D >= 4":
    D^(-1/2) <= 1/2
    cite "proof of Proposition 5.1"

claim tail_factor "D p^2 <= 1 below the threshold, so exp(-D p^2) >= 1/e":
    Exp(-D*p^2) >= Exp(-1)
    for p in [0, D^(-1/2)]
    cite "proof of Proposition 5.1"

claim head_bound "for p >= D^(-1/2): exp(-D p) <= exp(-D^(1/2))":
    Exp(-D*p) <= Exp(-Sqrt(D))
    for p in [D^(-1/2), 1]
    cite "proof of Proposition 5.1"

claim c1_constant "e^-1 (1 + e^(-sqrt D))^-1 >= 1/(2e) for D >= 4, so c1 = 1/(2e) in (15)":
    Exp(-1)*(1 + Exp(-Sqrt(D)))^(-1) >= 1/(2*Exp(1))
    cite "eq. (15)"

claim c1_is_not_sharp "the proof's constant is at least e^-1/(1 + e^-2), better than 1/(2e)":
    Exp(-1)*(1 + Exp(-Sqrt(D)))^(-1) >= Exp(-1)/(1 + Exp(-2))
    cite "eq. (15)"
