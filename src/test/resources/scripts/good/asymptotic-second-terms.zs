# Second terms of textbook expansions, written as a new user writes them (issue 13's corpus, continued).
# Sources: DLMF 5.11.13 (Gamma(z + a)/Gamma(z + b) ~ z^(a-b) (1 + (a-b)(a+b-1)/(2z) + ...), here a = 1/2,
# b = 0: G_1 = -1/8); Graham-Knuth-Patashnik, Concrete Mathematics (9.89): H_n = ln n + gamma + 1/(2n) -
# 1/(12 n^2) + ...; DLMF 25.11.43: zeta(s, a) ~ a^(1-s)/(s-1) + a^(-s)/2 + ... as a -> Infinity. Each wrong
# variant changes one constant or one power. hurwitz_second needs the cancellation of x^(1-s)/(s-1)
# against itself written two ways ((s-1)^(-1) - 1/(s-1)), which the expander resolves by the sign oracle.
# expect gamma_half_leading PROVED
# expect gamma_half_second PROVED
# expect gamma_half_second_wrong REFUTED
# expect harmonic_second PROVED
# expect harmonic_second_wrong REFUTED
# expect hurwitz_leading PROVED
# expect hurwitz_second PROVED
# expect hurwitz_second_wrong REFUTED
derivation second_terms "Second terms of Gamma ratios, harmonic numbers and the Hurwitz zeta"
cite "DLMF 5.11.13, 25.11.43; Graham-Knuth-Patashnik (9.89)"
assume x > 1
assume n >= 1
assume s > 1

claim gamma_half_leading "DLMF 5.11.13, a = 1/2, b = 0: leading term":
    Gamma(x + 1/2)/Gamma(x) ~ Sqrt(x) as x -> Infinity

claim gamma_half_second "DLMF 5.11.13: second term, G_1 = (a - b)(a + b - 1)/2 = -1/8":
    Gamma(x + 1/2)/Gamma(x) - Sqrt(x) ~ -x^(-1/2)/8 as x -> Infinity

claim gamma_half_second_wrong "wrong constant: +1/8":
    Gamma(x + 1/2)/Gamma(x) - Sqrt(x) ~ x^(-1/2)/8 as x -> Infinity

claim harmonic_second "GKP (9.89): H_n - ln n - gamma ~ 1/(2n)":
    Sum(1/k, {k, 1, n}) - Log(n) - EulerGamma ~ 1/(2*n) as n -> Infinity

claim harmonic_second_wrong "wrong constant: 1/n":
    Sum(1/k, {k, 1, n}) - Log(n) - EulerGamma ~ 1/n as n -> Infinity

claim hurwitz_leading "DLMF 25.11.43: zeta(s, x) ~ x^(1-s)/(s-1)":
    Zeta(s, x) ~ x^(1 - s)/(s - 1) as x -> Infinity

claim hurwitz_second "DLMF 25.11.43: second term x^(-s)/2":
    Zeta(s, x) - x^(1 - s)/(s - 1) ~ x^(-s)/2 as x -> Infinity

claim hurwitz_second_wrong "wrong power: x^(1-s)/2 (the first term's order again)":
    Zeta(s, x) - x^(1 - s)/(s - 1) ~ x^(1 - s)/2 as x -> Infinity
