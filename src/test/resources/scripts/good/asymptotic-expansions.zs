# Asymptotic expansions of special functions and exp-log-power expressions (issue 13). Sources:
# DLMF (dlmf.nist.gov) 5.5.5, 5.11.1, 5.11.2, 5.11.3, 5.11.12, 5.12.1, 5.15.8, 8.11.2, 25.11.43;
# Graham-Knuth-Patashnik, Concrete Mathematics, ch. 9 (9.40 Stirling; exercise 9.60 central binomial);
# de Bruijn, Asymptotic Methods in Analysis, ch. 1 ((1 + 1/x)^x, x^(1/x)); Flajolet-Sedgewick appendix B
# (the exp-log scale). The true claims are PROVED; each wrong variant (constant, exponent, missing factor,
# log power, sign) is REFUTED and never PROVED. Left out for now (not a stable verdict on a loaded 2-core
# machine, or a numeric witness that cancels in double at x = 1e15): Gamma(x + 1/2)/Gamma(x) ~ x^(1/2) and
# Gamma(x + 1)/Gamma(x) ~ x (PROVED alone, CHECKED when the 10 s expansion budget runs out under load),
# PolyGamma(2, x) ~ -1/x^2 (30 s claim budget under load), (1 + 1/x)^x ~ e and x log(1 + 1/x) ~ 1 with
# their wrong constants, and Exp(x) =O x^100 (all since added, with PolyGamma(2, x), in asymptotic-textbook.zs).
# expect ratio_two PROVED
# expect ratio_ab PROVED
# expect stirling PROVED
# expect factorial PROVED
# expect loggamma_leading PROVED
# expect loggamma_constant PROVED
# expect loggamma_second PROVED
# expect digamma PROVED
# expect digamma_second PROVED
# expect trigamma PROVED
# expect hurwitz_three PROVED
# expect hurwitz_s PROVED
# expect incgamma PROVED
# expect incgamma_half PROVED
# expect beta PROVED
# expect log_factorial PROVED
# expect e_second PROVED
# expect sqrt_difference PROVED
# expect arcsinh PROVED
# expect exp_minus_one PROVED
# expect log_square PROVED
# expect root_x PROVED
# expect loglog_o PROVED
# expect power_o_exp PROVED
# expect w_ratio_exponent REFUTED
# expect w_ratio_constant REFUTED
# expect w_stirling_no_sqrt REFUTED
# expect w_stirling_exponent REFUTED
# expect w_factorial_factor REFUTED
# expect w_loggamma_logpower REFUTED
# expect w_loggamma_second REFUTED
# expect w_digamma_logpower REFUTED
# expect w_trigamma_exponent REFUTED
# expect w_hurwitz_constant REFUTED
# expect w_hurwitz_exponent REFUTED
# expect w_incgamma_exponent REFUTED
# expect w_incgamma_half REFUTED
# expect w_log_factorial REFUTED
# expect w_sqrt_difference REFUTED
# expect w_ratio_one REFUTED
# expect w_tetragamma_sign REFUTED
# expect w_beta_factor REFUTED
# expect w_ratio_ab REFUTED
# expect w_e_second_sign REFUTED
derivation expansions "Asymptotic expansions at a growing argument"

assume 0 < a < 1
assume 0 < b < 1
assume 3 < s < 5
assume 1/2 < c < 2

claim ratio_two "DLMF 5.5.1 twice":
    Gamma(x + 2)/Gamma(x) ~ x^2 as x -> Infinity
claim ratio_ab "DLMF 5.11.12":
    Gamma(x + a)/Gamma(x + b) ~ x^(a - b) as x -> Infinity
claim stirling "DLMF 5.11.3":
    Gamma(x) ~ Sqrt(2*Pi)*x^(x - 1/2)*Exp(-x) as x -> Infinity
claim factorial "GKP (9.40)":
    Factorial(x) ~ Sqrt(2*Pi*x)*x^x*Exp(-x) as x -> Infinity
claim loggamma_leading "DLMF 5.11.1":
    LogGamma(x) ~ x*Log(x) as x -> Infinity
claim loggamma_constant "DLMF 5.11.1":
    LogGamma(x) - (x - 1/2)*Log(x) + x ~ Log(2*Pi)/2 as x -> Infinity
claim loggamma_second "DLMF 5.11.1":
    LogGamma(x) - (x - 1/2)*Log(x) + x - Log(2*Pi)/2 ~ 1/(12*x) as x -> Infinity
claim digamma "DLMF 5.11.2":
    PolyGamma(0, x) ~ Log(x) as x -> Infinity
claim digamma_second "DLMF 5.11.2":
    PolyGamma(0, x) - Log(x) ~ -1/(2*x) as x -> Infinity
claim trigamma "DLMF 5.15.8":
    PolyGamma(1, x) ~ 1/x as x -> Infinity
claim hurwitz_three "DLMF 25.11.43":
    Zeta(3, x) ~ 1/(2*x^2) as x -> Infinity
claim hurwitz_s "DLMF 25.11.43":
    Zeta(s, x) ~ x^(1 - s)/(s - 1) as x -> Infinity
claim incgamma "DLMF 8.11.2":
    Gamma(c, x) ~ x^(c - 1)*Exp(-x) as x -> Infinity
claim incgamma_half "DLMF 8.11.2":
    Gamma(1/2, x) ~ x^(-1/2)*Exp(-x) as x -> Infinity
claim beta "DLMF 5.12.1 and 5.11.12":
    Beta(x, 1/2) ~ Sqrt(Pi)*x^(-1/2) as x -> Infinity
claim log_factorial "GKP (9.40)":
    Log(Factorial(x)) ~ x*Log(x) as x -> Infinity
claim e_second "de Bruijn 1.1":
    (1 + 1/x)^x - Exp(1) ~ -Exp(1)/(2*x) as x -> Infinity
claim sqrt_difference "GKP ch. 9":
    Sqrt(x^2 + x) - x ~ 1/2 as x -> Infinity
claim arcsinh "DLMF 4.37.19":
    Log(x + Sqrt(x^2 + 1)) - Log(x) ~ Log(2) as x -> Infinity
claim exp_minus_one "DLMF 4.2.19":
    Exp(1/x) - 1 ~ 1/x as x -> Infinity
claim log_square "Flajolet-Sedgewick B":
    Log(1 + x^2) ~ 2*Log(x) as x -> Infinity
claim root_x "de Bruijn 1.4":
    x^(1/x) - 1 ~ Log(x)/x as x -> Infinity
claim loglog_o "Flajolet-Sedgewick B, the log scale":
    Log(Log(x)) =o Log(x) as x -> Infinity
claim power_o_exp "Flajolet-Sedgewick B, the exp scale":
    x^100 =o Exp(x) as x -> Infinity

claim w_ratio_exponent "DLMF 5.11.12, wrong exponent":
    Gamma(x + 1/2)/Gamma(x) ~ x^(1/3) as x -> Infinity
claim w_ratio_constant "DLMF 5.11.12, wrong constant":
    Gamma(x + 1/2)/Gamma(x) ~ 2*x^(1/2) as x -> Infinity
claim w_stirling_no_sqrt "DLMF 5.11.3 without sqrt(2 pi)":
    Gamma(x) ~ x^(x - 1/2)*Exp(-x) as x -> Infinity
claim w_stirling_exponent "DLMF 5.11.3, wrong exponent":
    Gamma(x) ~ Sqrt(2*Pi)*x^(x + 1/2)*Exp(-x) as x -> Infinity
claim w_factorial_factor "GKP (9.40) without sqrt(2 pi x)":
    Factorial(x) ~ x^x*Exp(-x) as x -> Infinity
claim w_loggamma_logpower "DLMF 5.11.1, wrong log power":
    LogGamma(x) ~ x*Log(x)^2 as x -> Infinity
claim w_loggamma_second "DLMF 5.11.1, wrong constant":
    LogGamma(x) - (x - 1/2)*Log(x) + x - Log(2*Pi)/2 ~ 1/(6*x) as x -> Infinity
claim w_digamma_logpower "DLMF 5.11.2, wrong log power":
    PolyGamma(0, x) ~ Log(x)^2 as x -> Infinity
claim w_trigamma_exponent "DLMF 5.15.8, wrong exponent":
    PolyGamma(1, x) ~ 1/x^2 as x -> Infinity
claim w_hurwitz_constant "DLMF 25.11.43, wrong constant":
    Zeta(3, x) ~ 1/x^2 as x -> Infinity
claim w_hurwitz_exponent "DLMF 25.11.43, wrong exponent":
    Zeta(3, x) ~ 1/(2*x^3) as x -> Infinity
claim w_incgamma_exponent "DLMF 8.11.2, wrong exponent":
    Gamma(c, x) ~ x^c*Exp(-x) as x -> Infinity
claim w_incgamma_half "DLMF 8.11.2, wrong exponent":
    Gamma(1/2, x) ~ x^(1/2)*Exp(-x) as x -> Infinity
claim w_log_factorial "GKP (9.40), wrong log power":
    Log(Factorial(x)) ~ x*Log(x)^2 as x -> Infinity
claim w_sqrt_difference "wrong constant":
    Sqrt(x^2 + x) - x ~ 1 as x -> Infinity
claim w_ratio_one "DLMF 5.5.1, wrong exponent":
    Gamma(x + 1)/Gamma(x) ~ x^2 as x -> Infinity
claim w_tetragamma_sign "DLMF 5.15.8, wrong sign":
    PolyGamma(2, x) ~ 1/x^2 as x -> Infinity
claim w_beta_factor "DLMF 5.12.1, missing Gamma(1/2)":
    Beta(x, 1/2) ~ x^(-1/2) as x -> Infinity
claim w_ratio_ab "DLMF 5.11.12, wrong exponent":
    Gamma(x + a)/Gamma(x + b) ~ x^(a + b) as x -> Infinity
claim w_e_second_sign "de Bruijn 1.1, wrong sign":
    (1 + 1/x)^x - Exp(1) ~ Exp(1)/(2*x) as x -> Infinity
