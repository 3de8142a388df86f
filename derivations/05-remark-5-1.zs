# Remark 5.1 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025): the identification
# threshold m0 (a mode is learnt once seen m0 times) and the soft-cutoff rank k_*(D).
# The paper says only "the exponent is unchanged, the constant depends on m0". With the Poisson form of
# Pr[X_k < m0] the sum is the harmonic sum (29) with beta = 1, a = 1 and the kernel
# g(u) = sum_{j<m0} e^(-u) u^j/j!, whose Mellin transform at s = 1 - 1/alpha is sum_{j<m0} Gamma(s + j)/j!,
# so the constant is (1/alpha) Z^(-1/alpha) sum_{j<m0} Gamma(j + 1 - 1/alpha)/j!. The asymptotic claims
# use the lemma's closed form of that sum (Gamma(s + m0)/((m0 - 1)! s)); the claims *_constant_form
# identify it with the remark's sum (Symja does not simplify Gamma sums: CHECKED).
# m0 = 1 is Theorem 5.1 (exp_sum in 05-data-scaling.zs).
derivation remark_5_1 "Identification threshold m0 and the soft-cutoff rank (Remark 5.1)"
cite "Section 5, Remark 5.1"

notation kstar "k_*"

assume alpha > 1
assume D > 0
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z
define s := (alpha - 1)/alpha

claim threshold_two "Remark 5.1, m0 = 2: same exponent, constant (1/alpha) Z^(-1/alpha) Gamma(s + 2)/s":
    Sum(p(k)*Sum(Exp(-D*p(k))*(D*p(k))^j/Factorial(j), {j, 0, 1}), {k, 1, Infinity}) ~ 1/alpha*Z^(-1/alpha)*Gamma(s + 2)/s*D^(-s) as D -> Infinity
    cite "Remark 5.1"

claim threshold_three "Remark 5.1, m0 = 3: same exponent, constant (1/alpha) Z^(-1/alpha) Gamma(s + 3)/(2 s)":
    Sum(p(k)*Sum(Exp(-D*p(k))*(D*p(k))^j/Factorial(j), {j, 0, 2}), {k, 1, Infinity}) ~ 1/alpha*Z^(-1/alpha)*Gamma(s + 3)/(2*s)*D^(-s) as D -> Infinity
    cite "Remark 5.1"

claim threshold_three_order "Remark 5.1 as stated: Delta L_m0(D) asymp D^(-(alpha - 1)/alpha)":
    Sum(p(k)*Sum(Exp(-D*p(k))*(D*p(k))^j/Factorial(j), {j, 0, 2}), {k, 1, Infinity}) asymp D^(-(alpha - 1)/alpha) as D -> Infinity
    cite "Remark 5.1"

claim threshold_two_constant_form "m0 = 2: sum_{j<2} Gamma(j + 1 - 1/alpha)/j! = Gamma(s + 2)/s":
    Gamma(1 - 1/alpha) + Gamma(2 - 1/alpha) == Gamma(s + 2)/s
    cite "Remark 5.1"

claim threshold_three_constant_form "m0 = 3: sum_{j<3} Gamma(j + 1 - 1/alpha)/j! = Gamma(s + 3)/(2 s)":
    Gamma(1 - 1/alpha) + Gamma(2 - 1/alpha) + Gamma(3 - 1/alpha)/2 == Gamma(s + 3)/(2*s)
    cite "Remark 5.1"

# The soft cutoff D p_{k_*} = 1 is solved exactly by k_* = (D/Z)^(1/alpha).
claim soft_cutoff_rank "k_*(D) = (D/Z)^(1/alpha) solves D p_{k_*} = 1":
    D*p(kstar) == 1
    where kstar = (D/Z)^(1/alpha)
    cite "Remark 5.1"
