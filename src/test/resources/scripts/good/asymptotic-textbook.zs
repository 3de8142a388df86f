# More textbook asymptotics, written as a new user writes them (issue 13's corpus, continued). Sources:
# DLMF (dlmf.nist.gov) 4.6.1 (log(1 + z) = z - z^2/2 + ...), 5.5.1, 5.11.2, 5.11.3 (the Stirling series
# Gamma(z) ~ e^-z z^z (2 pi/z)^(1/2) (1 + 1/(12 z) + ...)), 5.11.13 (Gamma(z + a)/Gamma(z + b) ~ z^(a-b)
# (1 + (a-b)(a+b-1)/(2z) + ...)), 5.12.1 (Beta = Gamma Gamma / Gamma), 5.15.8 (polygamma), 8.11.2
# (Gamma(a, z) ~ z^(a-1) e^-z (1 + (a-1)/z + ...)), 25.11.43 (zeta(s, a) ~ a^(1-s)/(s-1) + a^-s/2 +
# s a^(-s-1)/12 + ...); Graham-Knuth-Patashnik, Concrete Mathematics, ch. 9 (exercise 9.60: the central
# binomial coefficient binom(2n, n) ~ 4^n/sqrt(pi n)); de Bruijn, Asymptotic Methods in Analysis, sec. 1.1
# ((1 + 1/x)^x); Flajolet-Sedgewick, Analytic Combinatorics, appendix B (the exp-log scale). Expected
# values derived from those formulas (the derivation is in each claim's title). Each wrong variant changes
# one constant, exponent, base, sign or factor and must be REFUTED, never PROVED. The wrong base
# Binomial(2x, x) ~ 2^x/sqrt(pi x) and Exp(x) =O x^100 have ratios that leave the double range (2^x, e^x/x^100):
# the ratio witness judges them on ln|f/g|.
# expect stirling_second PROVED
# expect e_limit PROVED
# expect log_series_second PROVED
# expect central_binomial PROVED
# expect tetragamma PROVED
# expect ratio_second PROVED
# expect incgamma_second PROVED
# expect hurwitz_third PROVED
# expect digamma_shifted PROVED
# expect log_central_binomial PROVED
# expect beta_diagonal PROVED
# expect factorial_over_power PROVED
# expect loglog_shift PROVED
# expect w_stirling_second REFUTED
# expect w_e_limit REFUTED
# expect w_central_binomial_sqrt REFUTED
# expect w_central_binomial_power REFUTED
# expect w_tetragamma_exponent REFUTED
# expect w_incgamma_second REFUTED
# expect w_hurwitz_third REFUTED
# expect w_beta_diagonal REFUTED
# expect w_log_central_binomial REFUTED
# expect w_log_series_sign REFUTED
# expect w_central_binomial_base REFUTED
# expect w_exp_big_o REFUTED
# expect exp_small_o PROVED
derivation textbook "Textbook asymptotics: Stirling, Gamma ratios, polygamma, incomplete Gamma, Hurwitz zeta"
cite "DLMF 4.6.1, 5.11.2, 5.11.3, 5.11.13, 5.12.1, 5.15.8, 8.11.2, 25.11.43; GKP ex. 9.60; de Bruijn 1.1"
assume x > 1
assume s > 1
assume c > 1
assume 0 < b < 1
assume 1 < a < 2

claim stirling_second "DLMF 5.11.3: Gamma(x) / (sqrt(2 pi) x^(x-1/2) e^-x) = 1 + 1/(12x) + ...":
    Gamma(x)/(Sqrt(2*Pi)*x^(x - 1/2)*Exp(-x)) - 1 ~ 1/(12*x) as x -> Infinity

claim e_limit "de Bruijn 1.1: (1 + 1/x)^x -> e":
    (1 + 1/x)^x ~ Exp(1) as x -> Infinity

claim log_series_second "DLMF 4.6.1: x log(1 + 1/x) = 1 - 1/(2x) + ...":
    x*Log(1 + 1/x) - 1 ~ -1/(2*x) as x -> Infinity

claim central_binomial "GKP ex. 9.60: binom(2x, x) ~ 4^x/sqrt(pi x)":
    Binomial(2*x, x) ~ 4^x/Sqrt(Pi*x) as x -> Infinity

claim tetragamma "DLMF 5.15.8: psi''(x) ~ -1/x^2":
    PolyGamma(2, x) ~ -1/x^2 as x -> Infinity

claim ratio_second "DLMF 5.11.13: second term (a - b)(a + b - 1)/2 x^(a-b-1)":
    Gamma(x + a)/Gamma(x + b) - x^(a - b) ~ (a - b)*(a + b - 1)/2*x^(a - b - 1) as x -> Infinity

claim incgamma_second "DLMF 8.11.2: Gamma(c, x)/(x^(c-1) e^-x) = 1 + (c-1)/x + ...":
    Gamma(c, x)/(x^(c - 1)*Exp(-x)) - 1 ~ (c - 1)/x as x -> Infinity

claim hurwitz_third "DLMF 25.11.43: third term s x^(-s-1)/12 (B_2/2! (s)_1)":
    Zeta(s, x) - x^(1 - s)/(s - 1) - x^(-s)/2 ~ s*x^(-s - 1)/12 as x -> Infinity

claim digamma_shifted "DLMF 5.5.2 and 5.11.2: psi(x + 1) = psi(x) + 1/x = log x + 1/(2x) + ...":
    PolyGamma(0, x + 1) - Log(x) ~ 1/(2*x) as x -> Infinity

claim log_central_binomial "GKP ex. 9.60: log binom(2x, x) ~ 2 log(2) x":
    Log(Binomial(2*x, x)) ~ 2*Log(2)*x as x -> Infinity

claim beta_diagonal "DLMF 5.12.1 with 5.11.3: B(x, x) = Gamma(x)^2/Gamma(2x) ~ sqrt(pi) 2^(1-2x)/sqrt(x)":
    Beta(x, x) ~ Sqrt(Pi)*2^(1 - 2*x)/Sqrt(x) as x -> Infinity

claim factorial_over_power "GKP (9.40): x!/x^x ~ sqrt(2 pi x) e^-x":
    Factorial(x)/x^x ~ Sqrt(2*Pi*x)*Exp(-x) as x -> Infinity

claim loglog_shift "Flajolet-Sedgewick B: log log(x^2) - log log x = log 2":
    Log(Log(x^2)) - Log(Log(x)) ~ Log(2) as x -> Infinity

claim w_stirling_second "wrong constant: 1/(6x)":
    Gamma(x)/(Sqrt(2*Pi)*x^(x - 1/2)*Exp(-x)) - 1 ~ 1/(6*x) as x -> Infinity

claim w_e_limit "wrong constant: 2":
    (1 + 1/x)^x ~ 2 as x -> Infinity

claim w_central_binomial_sqrt "missing factor: no sqrt(pi)":
    Binomial(2*x, x) ~ 4^x/Sqrt(x) as x -> Infinity

claim w_central_binomial_power "wrong power of x: 4^x/(pi x)":
    Binomial(2*x, x) ~ 4^x/(Pi*x) as x -> Infinity

claim w_tetragamma_exponent "wrong exponent: -1/x^3":
    PolyGamma(2, x) ~ -1/x^3 as x -> Infinity

claim w_incgamma_second "wrong constant: c/x":
    Gamma(c, x)/(x^(c - 1)*Exp(-x)) - 1 ~ c/x as x -> Infinity

claim w_hurwitz_third "wrong constant: s x^(-s-1)/6":
    Zeta(s, x) - x^(1 - s)/(s - 1) - x^(-s)/2 ~ s*x^(-s - 1)/6 as x -> Infinity

claim w_beta_diagonal "missing factor 2: sqrt(pi) 4^-x/sqrt(x)":
    Beta(x, x) ~ Sqrt(Pi)*4^(-x)/Sqrt(x) as x -> Infinity

claim w_log_central_binomial "wrong constant: log(2) x":
    Log(Binomial(2*x, x)) ~ Log(2)*x as x -> Infinity

claim w_log_series_sign "wrong sign: +1/(2x)":
    x*Log(1 + 1/x) - 1 ~ 1/(2*x) as x -> Infinity

claim w_central_binomial_base "wrong base: 2^x (the ratio grows like 2^x, beyond the double range)":
    Binomial(2*x, x) ~ 2^x/Sqrt(Pi*x) as x -> Infinity

claim w_exp_big_o "wrong, Flajolet-Sedgewick B: e^x is not O(x^100)":
    Exp(x) =O x^100 as x -> Infinity

claim exp_small_o "Flajolet-Sedgewick B: e^-x = o(x^-100)":
    Exp(-x) =o x^(-100) as x -> Infinity
