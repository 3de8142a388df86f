# Sums the way researchers write them (issue 14): finite sums with a growing upper bound, checked by the
# Euler-Maclaurin rule (asymptotic.EulerMaclaurinSums, an AsymptoticExpansion with its proof steps) and the
# general-sum numeric witness (numerics.GeneralSums: head + Euler-Maclaurin, cost independent of n).
# Sources: Graham-Knuth-Patashnik, Concrete Mathematics, ch. 9 (9.5 "Summation 1", (9.78), (9.89));
# DLMF 2.10.1 (Euler-Maclaurin), 2.10.8 (harmonic numbers), 5.11.1 (Stirling), 25.2.3, 25.11.1 (zeta).
# Every t.. is true, every w.. a wrong variant of the t.. above it.
# t10 is PROVED since interval arithmetic knows zeta(s) < 0 for -2 < s < 1 (DLMF 25.6.1, 25.10): the
# cancellation of the leading terms leaves the nonzero constant Zeta(1/2) (it was CHECKED before).
# t17 has no wrong twin of its own (w02 covers the harmonic lead); t19 and t20 neither.
# expect t01 PROVED
# expect w01 REFUTED
# expect t02 PROVED
# expect w02 REFUTED
# expect t03 PROVED
# expect w03 REFUTED
# expect t04 PROVED
# expect w04 REFUTED
# expect t05 PROVED
# expect w05 REFUTED
# expect t06 PROVED
# expect w06 REFUTED
# expect t07 PROVED
# expect w07 REFUTED
# expect t08 PROVED
# expect w08 REFUTED
# expect t09 PROVED
# expect w09 REFUTED
# expect t10 PROVED
# expect w10 REFUTED
# expect t11 PROVED
# expect w11 REFUTED
# expect t12 PROVED
# expect w12 REFUTED
# expect t13 PROVED
# expect w13 REFUTED
# expect t14 PROVED
# expect w14 REFUTED
# expect t15 PROVED
# expect w15 REFUTED
# expect t16 PROVED
# expect w16 REFUTED
# expect t17 PROVED
# expect t18 PROVED
# expect w18 REFUTED
# expect t19 PROVED
# expect t20 PROVED
# expect w21 REFUTED
# expect t22 PROVED
# expect w22 REFUTED
# expect t23 PROVED
# expect w23 REFUTED
# expect t24 PROVED
# expect w24 REFUTED
derivation growing_sums "Sums with a growing upper bound (issue 14)"

assume n > 0
assume s >= 5/4
assume s <= 4
assume a >= 1/4
assume a <= 3/4
assume b >= 1/2
assume b <= 2
assume c > 0

claim t01 "GKP (9.5)/(9.78): sum of k^(-1/2)":
    Sum(k^(-1/2), {k, 1, n}) ~ 2*n^(1/2) as n -> Infinity
claim w01:
    Sum(k^(-1/2), {k, 1, n}) ~ n^(1/2) as n -> Infinity
claim t02 "DLMF 2.10.8: harmonic numbers":
    Sum(1/k, {k, 1, n}) ~ Log(n) as n -> Infinity
claim w02:
    Sum(1/k, {k, 1, n}) ~ 2*Log(n) as n -> Infinity
claim t03 "GKP 9.5: sum of k^-a, 0 < a < 1":
    Sum(k^(-a), {k, 1, n}) ~ n^(1 - a)/(1 - a) as n -> Infinity
claim w03:
    Sum(k^(-a), {k, 1, n}) ~ n^(1 - a) as n -> Infinity
claim t04 "bound under Floor":
    Sum(k^(-a), {k, 1, Floor(n)}) ~ n^(1 - a)/(1 - a) as n -> Infinity
claim w04:
    Sum(k^(-a), {k, 1, Floor(n)}) ~ n^(-a)/(1 - a) as n -> Infinity
claim t05 "DLMF 5.11.1 (Stirling): sum of log k":
    Sum(Log(k), {k, 1, n}) ~ n*Log(n) as n -> Infinity
claim w05:
    Sum(Log(k), {k, 1, n}) ~ n as n -> Infinity
claim t06 "GKP 9.5: sum of squares":
    Sum(k^2, {k, 1, n}) ~ n^3/3 as n -> Infinity
claim w06:
    Sum(k^2, {k, 1, n}) ~ n^3/2 as n -> Infinity
claim t07 "sum of k^b up to n":
    Sum(k^b, {k, 1, n}) ~ n^(b + 1)/(b + 1) as n -> Infinity
claim w07:
    Sum(k^b, {k, 1, n}) ~ n^(b + 1)/b as n -> Infinity
claim t08 "DLMF 25.11: the remainder of zeta(s)":
    Zeta(s) - Sum(k^(-s), {k, 1, n}) ~ n^(1 - s)/(s - 1) as n -> Infinity
claim w08:
    Zeta(s) - Sum(k^(-s), {k, 1, n}) ~ n^(-s)/(s - 1) as n -> Infinity
claim t09 "DLMF 2.10.8: H_n - log n - gamma":
    Sum(1/k, {k, 1, n}) - Log(n) - EulerGamma ~ 1/(2*n) as n -> Infinity
claim w09:
    Sum(1/k, {k, 1, n}) - Log(n) - EulerGamma ~ 1/n as n -> Infinity
claim t10 "GKP (9.78): the constant zeta(1/2)":
    Sum(k^(-1/2), {k, 1, n}) - 2*n^(1/2) ~ Zeta(1/2) as n -> Infinity
claim w10:
    Sum(k^(-1/2), {k, 1, n}) - 2*n^(1/2) ~ -Zeta(1/2) as n -> Infinity
claim t11 "a growing bound n^b":
    Sum(k^(-1/2), {k, 1, n^b}) ~ 2*n^(b/2) as n -> Infinity
claim w11:
    Sum(k^(-1/2), {k, 1, n^b}) ~ 2*n^(1/2) as n -> Infinity
claim t12 "a constant factor and a lower bound 2":
    Sum(c*k^(-1/2), {k, 2, n}) ~ 2*c*n^(1/2) as n -> Infinity
claim w12:
    Sum(c*k^(-1/2), {k, 2, n}) ~ 2*n^(1/2) as n -> Infinity
claim t13 "convergent: the sum tends to zeta(s)":
    Sum(k^(-s), {k, 1, n}) ~ Zeta(s) as n -> Infinity
claim w13:
    Sum(k^(-s), {k, 1, n}) ~ Zeta(s) + 1 as n -> Infinity
claim t14 "sum of log k / k":
    Sum(Log(k)/k, {k, 1, n}) ~ Log(n)^2/2 as n -> Infinity
claim w14:
    Sum(Log(k)/k, {k, 1, n}) ~ Log(n)^2 as n -> Infinity
claim t15 "sum of k log k":
    Sum(k*Log(k), {k, 1, n}) ~ n^2*Log(n)/2 as n -> Infinity
claim w15:
    Sum(k*Log(k), {k, 1, n}) ~ n^2*Log(n) as n -> Infinity
claim t16 "the order of sum k^(-1/2) =O":
    Sum(k^(-1/2), {k, 1, n}) asymp n^(1/2) as n -> Infinity
claim w16:
    Sum(k^(-1/2), {k, 1, n}) asymp n as n -> Infinity
claim t17 "harmonic under a bound 2n":
    Sum(1/k, {k, 1, 2*n}) - Log(n) ~ EulerGamma + Log(2) as n -> Infinity
claim t18 "the remainder of zeta(2)":
    Pi^2/6 - Sum(k^(-2), {k, 1, n}) ~ 1/n as n -> Infinity
claim w18:
    Pi^2/6 - Sum(k^(-2), {k, 1, n}) ~ 1/(2*n) as n -> Infinity
claim t19 "sum of k^(-3/2) log k converges":
    Sum(Log(k)*k^(-3/2), {k, 1, n}) ~ Sum(Log(k)*k^(-3/2), {k, 1, Infinity}) as n -> Infinity
claim t20 "Faulhaber, exact":
    Sum(k, {k, 1, 100}) == 5050
claim w21:
    Sum(k^2*Exp(-k/1000), {k, 1, Infinity}) == 2*1000^3
claim t22 "bound under Ceiling":
    Sum(k^(-1/2), {k, 1, Ceiling(n)}) ~ 2*n^(1/2) as n -> Infinity
claim w22:
    Sum(k^(-1/2), {k, 1, Ceiling(n)}) ~ 2*n^(1/3) as n -> Infinity
claim t23 "DLMF 2.10.1: sum of (log k)^2/k":
    Sum(Log(k)^2/k, {k, 1, n}) ~ Log(n)^3/3 as n -> Infinity
claim w23:
    Sum(Log(k)^2/k, {k, 1, n}) ~ Log(n)^2/2 as n -> Infinity
claim t24 "GKP 9.5: sum of cubes":
    Sum(k^3, {k, 1, n}) ~ n^4/4 as n -> Infinity
claim w24:
    Sum(k^3, {k, 1, n}) ~ n^3/4 as n -> Infinity
