# Asymptotic claims whose two sides cancel to a lower order (issue 6, ratio witness). In double precision
# the difference sinks below the Zipf-sum engine's error bound; those points must be inconclusive, never
# read as a drift. The witness carries an error bound for each side and goes to Apfloat (up to 60 digits)
# where it must; a claim with too few conclusive points is UNDECIDED with that reason.
# expect tail_minus_integral PROVED
# expect tail_minus_two_terms PROVED
# expect second_order PROVED
# expect four_terms_too_deep UNDECIDED
# expect tail_minus_integral_o PROVED
# expect tail_minus_integral_wrong_o REFUTED
derivation cancelling_sides "Asymptotic claims with cancelling sides"

assume alpha > 1
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z
define missing(D) := Sum(p(k)*(1 - p(k))^D, {k, 1, Infinity})
define expsum(D) := Sum(p(k)*Exp(-D*p(k)), {k, 1, Infinity})
define tail(M) := Sum(k^(-alpha), {k, M + 1, Infinity})
define emthree(M) := M^(1 - alpha)/(alpha - 1) - M^(-alpha)/2 + alpha*M^(-alpha - 1)/12

claim tail_minus_integral:
    tail(M) - M^(1 - alpha)/(alpha - 1) ~ -M^(-alpha)/2 as M -> Infinity

# the tail from k = M: the half term changes sign
claim tail_minus_two_terms:
    Sum(k^(-alpha), {k, M, Infinity}) - M^(1 - alpha)/(alpha - 1) - M^(-alpha)/2 ~ alpha/12*M^(-alpha - 1) as M -> Infinity

claim second_order:
    missing(D) - expsum(D) ~ -(1/(2*alpha))*Z^(-1/alpha)*Gamma(3 - 1/alpha)*D^(-(2 - 1/alpha)) as D -> Infinity

# true (the next Euler-Maclaurin term), but the sides cancel to relative order M^(-6): at 60 digits the
# witness resolves them only up to M = 1e8, six points, one short of the seven it needs
claim four_terms_too_deep:
    tail(M) - emthree(M) + a3*M^(-alpha - 3) ~ a5*M^(-alpha - 5) as M -> Infinity
    where a3 = alpha*(alpha + 1)*(alpha + 2)/720, a5 = alpha*(alpha + 1)*(alpha + 2)*(alpha + 3)*(alpha + 4)/30240

claim tail_minus_integral_o:
    tail(M) - M^(1 - alpha)/(alpha - 1) =o M^(1 - alpha) as M -> Infinity

claim tail_minus_integral_wrong_o:
    tail(M) - M^(1 - alpha)/(alpha - 1) =o M^(-alpha) as M -> Infinity
