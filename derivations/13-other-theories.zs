# Learning-curve theories other than the seed paper's, each in its own notation (issue 14).
#
# Hutter, "Learning Curve Theory" (DeepMind, arXiv 2102.04074, 2021), Sections 3-4: features i = 1, 2, ...
# with Zipf probabilities theta_i proportional to i^-(alpha+1), alpha > 0; a learner that memorises the
# label of every feature it has seen errs on a new sample exactly when its feature was not among the n
# samples, so the expected error is E_n = sum_i theta_i (1 - theta_i)^n, which Hutter approximates by
# sum_i theta_i exp(-n theta_i) and shows to decay like n^-beta with beta = alpha/(1 + alpha)
# (abstract: "beta = alpha/(1+alpha) for alpha-Zipf-distributed data").
#
# Michaud, Liu, Girit, Tegmark, "The Quantization Model of Neural Scaling" (NeurIPS 2023, arXiv
# 2303.13506), Section 2: quanta k = 1, 2, ... used with frequencies p_k = k^-(alpha+1)/zeta(alpha+1);
# a network that has learned the n most frequent quanta has excess loss proportional to the unlearned
# mass sum_{k>n} p_k ~ n^-alpha/(alpha zeta(alpha+1)), so L(N) - L_inf ~ N^-alpha when n grows like the
# parameter count N; with D samples a quantum is learned once seen often enough, n ~ D^(1/(alpha+1)), so
# L(D) - L_inf ~ D^-(alpha/(alpha+1)).
#
# Both are the seed paper's Zipf theory after the change of variables alpha_seed = alpha + 1 (the seed
# paper's p_k is k^-alpha_seed/zeta(alpha_seed)): the claims *_agrees_with_seed say so.
derivation other_theories "Other learning-curve theories: Hutter (2021), Michaud et al. (2023)"
cite "Hutter 2021, Sections 3-4; Michaud et al. 2023, Section 2"

assume alpha > 0
assume D > 0
assume tau > 0
define theta(i) := i^(-(alpha + 1))/Zeta(alpha + 1)
define p(k) := k^(-(alpha + 1))/Zeta(alpha + 1)

claim hutter_expected_error "Hutter (2021): the memorising learner's expected error E_n":
    Sum(theta(i)*(1 - theta(i))^n, {i, 1, Infinity}) ~ Gamma(alpha/(1 + alpha))/((1 + alpha)*Zeta(1 + alpha)^(1/(1 + alpha)))*n^(-alpha/(1 + alpha)) as n -> Infinity
    cite "Hutter 2021, Section 4 (beta = alpha/(1+alpha))"

claim hutter_exponential_form "Hutter (2021): the approximation sum theta_i exp(-n theta_i)":
    Sum(theta(i)*Exp(-n*theta(i)), {i, 1, Infinity}) ~ Gamma(alpha/(1 + alpha))/((1 + alpha)*Zeta(1 + alpha)^(1/(1 + alpha)))*n^(-alpha/(1 + alpha)) as n -> Infinity
    cite "Hutter 2021, Section 4 and Appendix B"

claim hutter_power_law "Hutter (2021): E_n decays as n^-beta, beta = alpha/(1+alpha)":
    Sum(theta(i)*(1 - theta(i))^n, {i, 1, Infinity}) asymp n^(-alpha/(1 + alpha)) as n -> Infinity
    cite "Hutter 2021, abstract"

claim hutter_agrees_with_seed "Hutter's beta is the seed paper's data exponent (alpha_s - 1)/alpha_s with alpha_s = alpha + 1":
    alpha/(1 + alpha) == (alpha_s - 1)/alpha_s
    where alpha_s = alpha + 1
    cite "seed paper eq. (16)"

claim michaud_unlearned_mass "Michaud et al. (2023): the loss of the unlearned quanta beyond the n-th":
    Sum(p(k), {k, n + 1, Infinity}) ~ n^(-alpha)/(alpha*Zeta(alpha + 1)) as n -> Infinity
    cite "Michaud et al. 2023, Section 2"

claim michaud_parameter_exponent "Michaud et al. (2023): L(N) - L_inf asymp N^-alpha with n = N/c quanta":
    Sum(p(k), {k, n + 1, Infinity}) asymp n^(-alpha) as n -> Infinity
    cite "Michaud et al. 2023, Section 2 (alpha_N = alpha)"

claim michaud_data_exponent "Michaud et al. (2023): n ~ (D/tau)^(1/(alpha+1)) learned quanta give D^-(alpha/(alpha+1))":
    m^(-alpha) == (D/tau)^(-alpha/(alpha + 1))
    where m = (D/tau)^(1/(alpha + 1))
    cite "Michaud et al. 2023, Section 2 (alpha_D = alpha/(alpha+1))"

claim michaud_agrees_with_seed "Michaud's parameter and data exponents are the seed paper's gamma (alpha_s - 1) and (alpha_s - 1)/alpha_s at gamma = 1, alpha_s = alpha + 1":
    alpha + alpha/(alpha + 1) == gamma*(alpha_s - 1) + (alpha_s - 1)/alpha_s
    where alpha_s = alpha + 1, gamma = 1
    cite "seed paper eqs. (9), (16)"
