# Diff(f, x): the engine differentiates, so a derivative claim no longer trusts the script's arithmetic.
# expect h_derivative PROVED
# expect ode_solution PROVED
# expect second_derivative PROVED
# expect concave_effective_data PROVED
# expect increasing_effective_data PROVED
# expect where_binds_before_diff PROVED
# expect h_derivative_wrong REFUTED
# expect ode_wrong_rate REFUTED
# expect concave_wrong_direction REFUTED
derivation derivatives "Claims about derivatives"

assume c > 0
assume beta > 0
assume q0 > 0
assume U > 0
assume Rstar > 0
assume R >= 0

define h(p) := Log(1 - p) + p + p^2
define Dprime := U + U*Rstar*(1 - Exp(-R/Rstar))

claim h_derivative "h'(p) = p(1 - 2p)/(1 - p) (proof of Lemma 5.1)":
    Diff(h(p), p) == p*(1 - 2*p)/(1 - p)
    for p in [0, 1/2]

claim ode_solution "q(tau) = q0 exp(-c p^beta tau) solves dq/dtau = -c p^beta q (eq. (4))":
    Diff(q0*Exp(-c*p^beta*tau), tau) == -c*p^beta*(q0*Exp(-c*p^beta*tau))
    for p in [1/1000, 1]
    for tau in [0, 100]

claim second_derivative:
    Diff(x^5 + Exp(2*x), x, 2) == 20*x^3 + 4*Exp(2*x)
    for x in [-2, 2]

claim increasing_effective_data "D' increases with the repetitions R":
    Diff(Dprime, R) > 0

claim concave_effective_data "D' is concave in R":
    Diff(Dprime, R, 2) < 0

claim where_binds_before_diff "the where binding is substituted before differentiating":
    Diff(L, N) == -a*A*N^(-a - 1)
    where L = A*N^(-a)
    for N in [1, 1000]
    for a in [1/10, 2]
    for A in [1, 10]

claim h_derivative_wrong:
    Diff(h(p), p) == p*(1 + 2*p)/(1 - p)
    for p in [0, 1/2]

claim ode_wrong_rate:
    Diff(q0*Exp(-c*p^beta*tau), tau) == -c*p^(beta - 1)*(q0*Exp(-c*p^beta*tau))
    for p in [1/1000, 1/2]
    for tau in [0, 100]

claim concave_wrong_direction:
    Diff(Dprime, R, 2) > 0
