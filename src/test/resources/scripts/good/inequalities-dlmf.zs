# Elementary inequalities tight at an open end of their range (the sign witness's endpoint lemma from an
# open end, and its log_ratio lemma). Sources: DLMF 4.5.1 (x/(1+x) < ln(1+x) < x for x > -1, x != 0),
# DLMF 4.5.13 (1 + x < e^x for x != 0), DLMF 4.6.1 truncated (ln(1+x) > x - x^2/2 for x > 0, the alternating
# series with decreasing terms), and the seed paper's Lemma 5.1 (1 - p >= e^(-p - p^2) for 0 <= p <= 1/2,
# raised to the power D). Each wrong variant fails at the x the comment names.
# expect log_lower PROVED
# expect log_upper PROVED
# expect log_taylor PROVED
# expect exp_lower PROVED
# expect lemma_5_1_power PROVED
# expect w_log_reversed REFUTED
# expect w_exp_quadratic REFUTED
# expect w_lemma_5_1_range REFUTED
derivation dlmf_inequalities "Elementary inequalities tight at an open end"
cite "DLMF 4.5.1, 4.5.13, 4.6.1; Lemma 5.1 of the seed paper"
assume x > 0
assume D >= 1

claim log_lower "DLMF 4.5.1, left":
    x/(1 + x) < Log(1 + x)

claim log_upper "DLMF 4.5.1, right":
    Log(1 + x) < x

claim log_taylor "DLMF 4.6.1 truncated after two terms":
    Log(1 + x) > x - x^2/2

claim exp_lower "DLMF 4.5.13":
    1 + x < Exp(x)

claim lemma_5_1_power "Lemma 5.1 raised to the power D":
    Exp(-D*(p + p^2)) <= (1 - p)^D
    for p in [0, 1/2]

claim w_log_reversed "wrong: ln(1+x) < x/(1+x) fails everywhere on x > 0 (x = 1: 0.69 > 0.5)":
    Log(1 + x) < x/(1 + x)

claim w_exp_quadratic "wrong: e^x < 1 + x + x^2 fails for large x (x = 10: 22026 > 111)":
    Exp(x) < 1 + x + x^2

claim w_lemma_5_1_range "wrong range: p up to 9/10 (p = 0.9, D = 1: e^(-1.71) = 0.18 > 0.1)":
    Exp(-D*(p + p^2)) <= (1 - p)^D
    for p in [0, 9/10]
