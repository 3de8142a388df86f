# Mutations of the claims of derivations/12-beyond-the-paper.zs (issue 6): for each, a wrong constant, a
# wrong exponent (or power of log) and, for the cancelling differences, a wrong sign. Every one must be
# REFUTED; several have sides that cancel to a lower order, so the ratio witness needs its Apfloat stages.
# expect so_wrong_constant REFUTED
# expect so_wrong_exponent REFUTED
# expect so_wrong_sign REFUTED
# expect tmi_wrong_constant REFUTED
# expect tmi_wrong_exponent REFUTED
# expect tmi_wrong_sign REFUTED
# expect t3_wrong_exponent REFUTED
# expect t3_wrong_constant REFUTED
# expect tnext_wrong_constant REFUTED
# expect tnext_wrong_exponent REFUTED
# expect log_wrong_constant REFUTED
# expect log_wrong_log_power REFUTED
# expect log_wrong_exponent REFUTED
# expect invlog_wrong_log_power REFUTED
# expect invlog_wrong_constant REFUTED
derivation beyond_mutations "Mutations of the claims beyond the paper"

assume alpha > 1
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z
define missing(D) := Sum(p(k)*(1 - p(k))^D, {k, 1, Infinity})
define expsum(D) := Sum(p(k)*Exp(-D*p(k)), {k, 1, Infinity})
define tail(M) := Sum(k^(-alpha), {k, M + 1, Infinity})
define emthree(M) := M^(1 - alpha)/(alpha - 1) - M^(-alpha)/2 + alpha*M^(-alpha - 1)/12
define embad(M) := M^(1 - alpha)/(alpha - 1) - M^(-alpha)/2 + alpha*M^(-alpha - 1)/24

# second-order missing mass: constant doubled, exponent of the first order, sign flipped
claim so_wrong_constant:
    missing(D) - expsum(D) ~ -(1/alpha)*Z^(-1/alpha)*Gamma(3 - 1/alpha)*D^(-(2 - 1/alpha)) as D -> Infinity
claim so_wrong_exponent:
    missing(D) - expsum(D) ~ -(1/(2*alpha))*Z^(-1/alpha)*Gamma(3 - 1/alpha)*D^(-(1 - 1/alpha)) as D -> Infinity
claim so_wrong_sign:
    missing(D) - expsum(D) ~ (1/(2*alpha))*Z^(-1/alpha)*Gamma(3 - 1/alpha)*D^(-(2 - 1/alpha)) as D -> Infinity

# tail minus its integral
claim tmi_wrong_constant:
    tail(M) - M^(1 - alpha)/(alpha - 1) ~ -M^(-alpha)/3 as M -> Infinity
claim tmi_wrong_exponent:
    tail(M) - M^(1 - alpha)/(alpha - 1) ~ -M^(-alpha - 1)/2 as M -> Infinity
claim tmi_wrong_sign:
    tail(M) - M^(1 - alpha)/(alpha - 1) ~ M^(-alpha)/2 as M -> Infinity

# three Euler-Maclaurin terms: a bound one order too sharp; a wrong Bernoulli constant (1/24 for 1/12)
claim t3_wrong_exponent:
    tail(M) - emthree(M) =O M^(-alpha - 4) as M -> Infinity
claim t3_wrong_constant:
    tail(M) - embad(M) =O M^(-alpha - 3) as M -> Infinity

# the next Euler-Maclaurin term
claim tnext_wrong_constant:
    tail(M) - emthree(M) ~ -alpha*(alpha + 1)*(alpha + 2)/360*M^(-alpha - 3) as M -> Infinity
claim tnext_wrong_exponent:
    tail(M) - emthree(M) ~ -alpha*(alpha + 1)*(alpha + 2)/720*M^(-alpha - 2) as M -> Infinity

# log factors
claim log_wrong_constant:
    Sum(k^(-alpha)*Log(k)^2, {k, M + 1, Infinity}) ~ M^(1 - alpha)*Log(M)^2/alpha as M -> Infinity
claim log_wrong_log_power:
    Sum(k^(-alpha)*Log(k)^2, {k, M + 1, Infinity}) ~ M^(1 - alpha)*Log(M)/(alpha - 1) as M -> Infinity
claim log_wrong_exponent:
    Sum(k^(-alpha)*Log(k), {k, M + 1, Infinity}) ~ M^(-alpha)*Log(M)/(alpha - 1) as M -> Infinity
claim invlog_wrong_log_power:
    Sum(k^(-alpha)/Log(k), {k, M + 1, Infinity}) ~ M^(1 - alpha)/(alpha - 1) as M -> Infinity
claim invlog_wrong_constant:
    Sum(k^(-alpha)/Log(k), {k, M + 1, Infinity}) ~ 2*M^(1 - alpha)/((alpha - 1)*Log(M)) as M -> Infinity
