# Mutations of the paper's lemmas, propositions and exponent relations not covered by paper-mutations.zs
# (issue 6: at least two wrong versions of every result, each REFUTED): Lemma 3.1, Prop. 4.1 (6),
# Lemma 5.1 (12)-(13), Prop. 5.1 (15), Theorem 9.1 (42), Remark 9.1 (44), Props. 10.1-10.2 (57)-(58) and
# the consistency relations (68)-(69). Each mutation is a plausible slip: a sign, a dropped factor, a
# swapped exponent, the wrong direction of an inequality or a widened range.
# expect l31_wrong_direction REFUTED
# expect l31_wrong_range REFUTED
# expect l31_wrong_rate REFUTED
# expect p41_lower_wrong_sign REFUTED
# expect p41_upper_wrong_direction REFUTED
# expect l51_upper_wrong_direction REFUTED
# expect l51_lower_wrong_range REFUTED
# expect l51_wrong_derivative REFUTED
# expect p51_wrong_constant REFUTED
# expect p51_threshold_wrong_D REFUTED
# expect t91_wrong_exponent REFUTED
# expect t91_wrong_inversion REFUTED
# expect r91_wrong_batch_relation REFUTED
# expect r91_wrong_kaplan_exponent REFUTED
# expect c68_wrong_alpha_recovery REFUTED
# expect c68_wrong_tau_exponent REFUTED
# expect c69_wrong_frontier_nd REFUTED
# expect c69_wrong_frontier_ntau REFUTED
derivation paper_mutations_lemmas "Mutated versions of the paper's lemmas, propositions and exponent relations"

assume n >= 1
assume eta > 0
assume lambda0 > 0
assume alpha > 1
assume beta > 0
assume gamma > 0
assume D >= 4
assume aN > 0
assume aT > 0
assume aB > 0

# Lemma 3.1: log(1 - x) <= -x reversed.
claim l31_wrong_direction:
    Log(1 - x) >= -x
    for x in [0, 9/10]

# Lemma 3.1: the quadratic lower bound -x - x^2 <= log(1 - x) stretched to [0, 9/10] (it fails near x = 0.7).
claim l31_wrong_range:
    -x - x^2 <= Log(1 - x)
    for x in [0, 9/10]

# Assumption 3.4 / (4): lambda_k = lambda_0 p^(beta - 1) gives c tau p^beta, not c tau p^(beta - 1).
claim l31_wrong_rate:
    eta*lambdak*tau*p == c*tau*p^(beta - 1)
    where lambdak = lambda0*p^(beta - 1), c = eta*lambda0
    for p in [1/100, 1/2]
    for tau in [1, 100]

# Prop. 4.1 (6): the lower factor (1 + eps)^(1 - alpha) is at most 1, not at least 1.
claim p41_lower_wrong_sign:
    (1 + eps)^(1 - alpha) >= 1
    for eps in [1/100, 1/2]

# Prop. 4.1 (6): the upper factor (1 - eps)^(1 - alpha) is at least 1, not at most 1.
claim p41_upper_wrong_direction:
    (1 - eps)^(1 - alpha) <= 1
    for eps in [1/100, 1/2]

# Lemma 5.1 (12) reversed.
claim l51_upper_wrong_direction:
    (1 - q)^D >= Exp(-D*q)
    for q in [1/100, 1]

# Lemma 5.1 (13) on [0, 1] instead of [0, 1/2] (it fails as q -> 1, where (1 - q)^D -> 0).
claim l51_lower_wrong_range:
    Exp(-D*(q + q^2)) <= (1 - q)^D
    for q in [0, 1]

# Lemma 5.1: h'(p) with the sign of the 2p term flipped.
claim l51_wrong_derivative:
    -1/(1 - q) + 1 + 2*q == q*(1 + 2*q)/(1 - q)
    for q in [1/100, 1/2]

# Prop. 5.1 (15): c1 = 1/e is not reached by the proof's constant e^-1 (1 + e^(-sqrt D))^-1.
claim p51_wrong_constant:
    Exp(-1)*(1 + Exp(-Sqrt(D)))^(-1) >= Exp(-1)
    cite "eq. (15)"

# Prop. 5.1: the threshold D^(-1/2) <= 1/2 needs D >= 4; D >= 1 is not enough.
claim p51_threshold_wrong_D:
    d^(-1/2) <= 1/2
    for d in [1, 4]

# Theorem 9.1 (42): the frontier exponent is aN aT/(aN + aT), not aN/(aN + aT).
claim t91_wrong_exponent:
    aN*(1/(1 + aN/aT)) == aN/(aN + aT)

# Theorem 9.1: inverting C ~ N^(1 + aN/aT) gives N ~ C^(aT/(aN + aT)), not C^(aN/(aN + aT)).
claim t91_wrong_inversion:
    1/(1 + aN/aT) == aN/(aN + aT)

# Remark 9.1 (44): the batch term lowers the exponent; claiming it raises it is wrong.
claim r91_wrong_batch_relation:
    1/(1/aN + 1/aT + 1/aB) > aN*aT/(aN + aT)

# Remark 9.1 (44): Kaplan's frontier with alpha_S = alpha_tau is the harmonic form, not the sum.
claim r91_wrong_kaplan_exponent:
    aN*aS/(aN + aS) == aN + aT
    where aS = aT

# (68): alpha = 1/(1 - alpha_D), not 1/alpha_D.
claim c68_wrong_alpha_recovery:
    1/((alpha - 1)/alpha) == alpha

# (68): alpha_tau = alpha_D/beta, not alpha_D*beta.
claim c68_wrong_tau_exponent:
    (alpha - 1)/(alpha*beta) == beta*(alpha - 1)/alpha

# (69) under C ~ ND: gamma(alpha - 1)/(1 + alpha gamma), not gamma(alpha - 1)/(1 + gamma).
claim c69_wrong_frontier_nd:
    gamma*(alpha - 1)*((alpha - 1)/alpha)/(gamma*(alpha - 1) + (alpha - 1)/alpha) == gamma*(alpha - 1)/(1 + gamma)

# (69) under C ~ N tau: the beta belongs in the denominator.
claim c69_wrong_frontier_ntau:
    gamma*(alpha - 1)*((alpha - 1)/(alpha*beta))/(gamma*(alpha - 1) + (alpha - 1)/(alpha*beta)) == beta*gamma*(alpha - 1)/(1 + alpha*gamma)
