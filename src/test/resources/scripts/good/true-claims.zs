# True identities must be PROVED; true inequalities PROVED or CHECKED.
# expect gamma_recursion PROVED
# expect exp_of_sum PROVED
# expect h_derivative PROVED
# expect exponent_map PROVED
# expect square_nonnegative PROVED
# expect below_one PROVED
# expect sandwich_lower PROVED
# expect sandwich_upper CHECKED
# expect log_below_linear PROVED
# expect switching_time PROVED
# expect step_partition CHECKED
derivation true_claims "True claims"

assume alpha > 1
assume gamma > 0
assume s > 0
assume D >= 4

claim gamma_recursion "Gamma(s + 1) = s Gamma(s)":
    Gamma(s + 1) == s*Gamma(s)

claim exp_of_sum "exp turns sums into products":
    Exp(a + b) == Exp(a)*Exp(b)

claim h_derivative "h'(p) in the proof of Lemma 5.1":
    -1/(1 - p) + 1 + 2*p == p*(1 - 2*p)/(1 - p)
    for p in [0, 1/2]
    cite "eq. (13)"

claim exponent_map "(57) from (50) and (56)":
    aD/(aN + aD) == 1/(1 + alpha*gamma)
    where aN = gamma*(alpha - 1), aD = (alpha - 1)/alpha

claim square_nonnegative "x^2 + 1 >= 2x":
    x^2 + 1 >= 2*x

claim below_one "the N_opt exponent is below 1":
    1/(1 + alpha*gamma) < 1

claim sandwich_lower "Lemma 5.1, lower side":
    Exp(-D*(q + q^2)) <= (1 - q)^D
    for q in [0, 1/2]
    cite "eq. (13)"

claim sandwich_upper "Lemma 5.1, upper side":
    (1 - q)^D <= Exp(-D*q)
    for q in [0, 1]
    cite "eq. (12)"

claim log_below_linear "log(1 - x) <= -x":
    Log(1 - x) <= -x
    for x in [0, 1/2]

claim switching_time "powers of positive bases combine":
    G*((G/eps)^(1/aT))^(-aT) == eps
    where G = 1 + g, eps = 1 + e, aT = 1 + t
    for g in [0, 5]
    for e in [0, 5]
    for t in [0, 5]

claim step_partition "the indicators 1{x < 1} and 1{x >= 1} add up to 1":
    Boole(x < 1) + Boole(x >= 1) == 1
    for x in [0, 2]
